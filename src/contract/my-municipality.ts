import { z } from 'zod';
import { ACTION_STATUSES, PLAN_VISIBILITIES } from '../domain/action-plan-values.js';
import { EVALUATION_STATUSES } from '../domain/evaluation-status.js';
import { planSummarySchema } from './action-plans.js';
import { evaluationSummarySchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { municipalityIdSchema, municipalityRefSchema } from './municipalities.js';
import { defineOperation } from './operation.js';

export const myMunicipalityQuerySchema = languageQuerySchema.extend({
  /** Required of administrators (whose page to show); a municipality user may leave it out or name their own. */
  municipality: municipalityIdSchema.optional(),
});

/** An action as the start page lists it (overdue, or falling due soon). */
export const dueActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** ISO date. */
  dueDate: z.string().nullable(),
  responsible: z.string(),
  status: z.enum(ACTION_STATUSES),
  progress: z.number().int(),
});

export const myMunicipalitySchema = z.object({
  municipality: municipalityRefSchema,
  /** Every evaluation of the municipality the asker may read, newest first. */
  evaluations: z.array(evaluationSummarySchema),
  /** The action plan of the latest published evaluation that has one; null when none has. */
  plan: z
    .object({
      evaluationId: z.string(),
      /** The evaluation the plan answers. */
      evaluation: z.object({ frameworkTitle: z.string(), year: z.number().int().nullable(), reportDate: z.string().nullable() }),
      visibility: z.enum(PLAN_VISIBILITIES),
      /** The server's date (ISO) that overdue and due soon are counted from. */
      today: z.string(),
      summary: planSummarySchema,
      /** Open actions whose due date has passed, the earliest first. */
      overdue: z.array(dueActionSchema),
      /** Open actions due from today through `dueSoonDays` days ahead, the earliest first. */
      dueSoon: z.array(dueActionSchema),
      dueSoonDays: z.number().int(),
    })
    .nullable(),
  nextFollowUp: z.object({
    /** When the municipality plans its follow-up evaluation (the plan's date or month), if it said. */
    planned: z.string().nullable(),
    /** A follow-up evaluation under way (one of the municipality's evaluations as its baseline, not yet published) that the asker may read. */
    evaluation: z.object({ id: z.string(), status: z.enum(EVALUATION_STATUSES), frameworkTitle: z.string() }).nullable(),
  }),
});

export type MyMunicipality = z.output<typeof myMunicipalitySchema>;
export type DueAction = z.output<typeof dueActionSchema>;

/** The municipality start page's operations. */
export const myMunicipalityOperations = {
  getMyMunicipality: defineOperation({
    method: 'GET',
    path: '/my-municipality',
    tags: ['my-municipality'],
    summary: "A municipality's start page: its evaluations, its open action plan with what is overdue, and its next follow-up",
    description:
      'For a municipality user, their own municipality (another one is refused with 403); administrators name one with `municipality`; evaluators are refused with 403.',
    query: myMunicipalityQuerySchema,
    response: { 200: myMunicipalitySchema },
  }),
};
