import { useState } from 'react';
import { api } from '../../api/client.js';
import type { AssignedEvaluator, User } from '../../api/types.js';
import { useApiData } from '../../api/use-api-data.js';
import { useSession } from '../../session/session-context.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { LoadingStatus } from '../LoadingStatus.js';
import { AssignedEvaluators } from './AssignedEvaluators.js';
import { AuditLog } from './AuditLog.js';

function Team({ evaluationId, user, isAdmin }: { evaluationId: string; user: User; isAdmin: boolean }) {
  const { state, retry } = useApiData((signal) => api.listEvaluators(evaluationId, signal), [evaluationId]);
  const [changed, setChanged] = useState<AssignedEvaluator[] | null>(null);
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  const evaluators = changed ?? state.data.items;
  // The same rule as the server's: administrators and the evaluation's own evaluators.
  const readsAudit = isAdmin || (user.role === 'evaluator' && evaluators.some((evaluator) => evaluator.id === user.id));
  return (
    <>
      <AssignedEvaluators evaluationId={evaluationId} evaluators={evaluators} onChange={setChanged} canAssign={isAdmin} />
      {readsAudit ? <AuditLog evaluationId={evaluationId} /> : null}
    </>
  );
}

/**
 * The work around an evaluation, for signed-in users: who evaluates it (administrators change
 * that) and, for administrators and its evaluators, its change log. Nothing for the public.
 */
export function EvaluationTeam({ evaluationId }: { evaluationId: string }) {
  const { pageUser } = useSession();
  if (!pageUser) return null;
  return <Team evaluationId={evaluationId} user={pageUser} isAdmin={pageUser.role === 'admin'} />;
}
