import { findUserById } from '../../auth/users-repository.js';
import type { Database } from '../../db/client.js';
import { appendAudit } from '../../db/audit.js';
import { invalid } from '../../kernel/errors.js';
import { insertAssignment } from './assignment-repository.js';

/**
 * Assigns a user with the evaluator role to an evaluation. Idempotent (assigning twice changes
 * nothing), so concurrent administrators cannot lose each other's change; audited as
 * `evaluation.assign` when it adds the evaluator.
 */
export async function assignEvaluator(db: Database, evaluationId: string, userId: string, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.role !== 'evaluator') throw invalid('body.userId', 'must be the id of a user with the evaluator role');
    if (await insertAssignment(tx, evaluationId, user.id)) {
      await appendAudit(tx, { actor, action: 'evaluation.assign', entityType: 'evaluation', entityId: evaluationId, newValue: { userId: user.id, email: user.email } });
    }
  });
}
