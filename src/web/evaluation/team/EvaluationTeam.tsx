import { api } from '../../api/client.js';
import type { User } from '../../api/types.js';
import { queryKeys } from '../../api/query-keys.js';
import { useApiQuery } from '../../api/query-state.js';
import { useSession } from '../../session/session-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { AssignedEvaluators } from './AssignedEvaluators.js';
import { AuditLog } from './AuditLog.js';

function Team({ evaluationId, user, isAdmin }: { evaluationId: string; user: User; isAdmin: boolean }) {
  const { state, retry } = useApiQuery({ queryKey: queryKeys.evaluation(evaluationId).evaluators(), queryFn: ({ signal }) => api.listEvaluators(evaluationId, signal) });
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  const evaluators = state.data.items;
  // The same rule as the server's: administrators and the evaluation's own evaluators.
  const readsAudit = isAdmin || (user.role === 'evaluator' && evaluators.some((evaluator) => evaluator.id === user.id));
  return (
    <>
      <AssignedEvaluators evaluationId={evaluationId} evaluators={evaluators} canAssign={isAdmin} />
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
