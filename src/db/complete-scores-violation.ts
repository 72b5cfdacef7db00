/**
 * Recognises the database's refusal of a write that would leave an evaluation at the fact check
 * or later without an agreed score for every scoring unit (the deferred constraint trigger of
 * drizzle/0005_complete_scores.sql). The trigger raises a check violation named
 * COMPLETE_SCORES_CONSTRAINT whose detail is JSON; both drivers report it as an error with
 * `code`, `constraint` and `detail`, which Drizzle may wrap (as `cause`).
 */
import { z } from 'zod';
import { EVALUATION_STATUSES } from '../domain/evaluation-status.js';

/** The name the trigger raises its violation under. */
const COMPLETE_SCORES_CONSTRAINT = 'evaluations_complete_scores';

const CHECK_VIOLATION = '23514';

const detailSchema = z.object({
  evaluationId: z.string(),
  frameworkId: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  unitCount: z.number().int(),
  missingUnits: z.array(z.string()).min(1),
});

/** What the database reported: the evaluation, its status, and the units without an agreed score (framework order). */
export type CompleteScoresViolation = z.infer<typeof detailSchema>;

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
  cause?: unknown;
}

/** The violation carried by `error` (or by one of its causes), or null when it is another error. */
export function findCompleteScoresViolation(error: unknown): CompleteScoresViolation | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const fields = current as DatabaseErrorFields;
    if (fields.code === CHECK_VIOLATION && fields.constraint === COMPLETE_SCORES_CONSTRAINT && typeof fields.detail === 'string') {
      try {
        const parsed = detailSchema.safeParse(JSON.parse(fields.detail));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    }
    current = fields.cause;
  }
  return null;
}
