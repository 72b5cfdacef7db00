import { z } from 'zod';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation } from './operation.js';

/** What one part of a change did: a text's removed and inserted characters, or a value before and after. */
export const auditChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Where in the value (JSON Pointer, e.g. "/analysis"). */
    path: z.string(),
    kind: z.literal('text'),
    /** Position in the text before (UTF-16 code units). */
    at: z.number().int(),
    removed: z.string(),
    inserted: z.string(),
  }),
  z.object({ path: z.string(), kind: z.literal('value'), before: z.unknown(), after: z.unknown() }),
]);

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The value before (for a burst: before its first save). */
  oldValue: z.unknown(),
  /** The value after (for a burst: after its last save). */
  newValue: z.unknown(),
  /** How many saves the entry stands for: more than 1 for a burst of autosaves of one text by one person. */
  saves: z.number().int().min(1),
  /** When the last save was made (`at` for an entry of one save). */
  lastAt: z.string(),
  /** What changed from oldValue to newValue, part by part; null when one of them is missing. */
  changes: z.array(auditChangeSchema).nullable(),
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
  /** Lists the saves of the burst that begins with this entry, one by one, instead of the log. */
  burst: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const evaluationAuditQuerySchema = z.object({
  ...page,
  /** Lists the saves of the burst that begins with this entry, one by one, instead of the log. */
  burst: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

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
export type AuditChange = z.output<typeof auditChangeSchema>;
export type AuditList = z.output<typeof auditListSchema>;
