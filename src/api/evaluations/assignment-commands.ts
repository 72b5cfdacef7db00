import { findUserById } from '../../auth/users-repository.js';
import type { Database } from '../../db/client.js';
import { invalid } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { deleteAssignment, insertAssignment } from './assignment-repository.js';

/**
 * Assigns a user with the evaluator role to an evaluation. Idempotent (assigning twice changes
 * nothing), so concurrent administrators cannot lose each other's change; audited as
 * `evaluation.assign` when it adds the evaluator.
 */
export async function assignEvaluator(db: Database, evaluationId: string, userId: string, actor: string): Promise<void> {
  await versionedWrite(db, {
    write: async ({ tx }) => {
      const user = await findUserById(tx, userId);
      if (!user || user.role !== 'evaluator') throw invalid('body.userId', 'must be the id of a user with the evaluator role');
      const added = await insertAssignment(tx, evaluationId, user.id);
      return { result: undefined, audit: added ? { actor, action: 'evaluation.assign', entityType: 'evaluation', entityId: evaluationId, newValue: { userId: user.id, email: user.email } } : null };
    },
  });
}

/** Removes an evaluator from an evaluation; idempotent, audited as `evaluation.unassign` when it removes one. */
export async function unassignEvaluator(db: Database, evaluationId: string, userId: string, actor: string): Promise<void> {
  await versionedWrite(db, {
    write: async ({ tx }) => {
      const removed = await deleteAssignment(tx, evaluationId, userId);
      return { result: undefined, audit: removed ? { actor, action: 'evaluation.unassign', entityType: 'evaluation', entityId: evaluationId, oldValue: { userId } } : null };
    },
  });
}
