import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { evaluationAssignments, users } from '../../db/schema.js';

export interface AssignedEvaluator {
  id: string;
  name: string;
  email: string;
  organisation: string;
  assignedAt: Date;
}

export async function listAssignedEvaluators(executor: Executor, evaluationId: string): Promise<AssignedEvaluator[]> {
  return executor
    .select({ id: users.id, name: users.name, email: users.email, organisation: users.organisation, assignedAt: evaluationAssignments.assignedAt })
    .from(evaluationAssignments)
    .innerJoin(users, eq(users.id, evaluationAssignments.userId))
    .where(eq(evaluationAssignments.evaluationId, evaluationId))
    .orderBy(asc(users.name));
}

/** Adds an assignment; false when it already existed. */
export async function insertAssignment(executor: Executor, evaluationId: string, userId: string): Promise<boolean> {
  const rows = await executor.insert(evaluationAssignments).values({ evaluationId, userId }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Removes an assignment; false when there was none. */
export async function deleteAssignment(executor: Executor, evaluationId: string, userId: string): Promise<boolean> {
  const rows = await executor
    .delete(evaluationAssignments)
    .where(and(eq(evaluationAssignments.evaluationId, evaluationId), eq(evaluationAssignments.userId, userId)))
    .returning();
  return rows.length > 0;
}
