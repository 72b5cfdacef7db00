import { z } from 'zod';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation } from './operation.js';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});

export const auditListSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });

const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const auditQuerySchema = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.string().max(300).optional(),
  ...page,
});

export const evaluationAuditQuerySchema = z.object(page);

/** The audit API's operations. */
export const auditOperations = {
  listAudit: defineOperation({
    method: 'GET',
    path: '/audit',
    tags: ['audit'], summary: 'The whole audit log, newest first (administrators)', query: auditQuerySchema, response: { 200: auditListSchema },
  }),
  listEvaluationAudit: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/audit',
    tags: ['audit'],
    summary: "One evaluation's changes, newest first (administrators and its evaluators)",
    params: evaluationIdParamsSchema,
    query: evaluationAuditQuerySchema,
    response: { 200: auditListSchema },
  }),
};

/** One entry of the audit log; the values are whatever JSON the change recorded. */
export type AuditEntry = z.output<typeof auditEntrySchema>;
export type AuditList = z.output<typeof auditListSchema>;
