import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useTranslation } from '../language/language-context.js';
import { CompletenessSection } from './CompletenessSection.js';
import { LiveScores } from './LiveScores.js';
import { PreviousSection } from './PreviousSection.js';
import { StatusSection } from './StatusSection.js';
import { workspaceApi } from './workspace-api.js';
import { useWorkspace } from './workspace-context.js';

/**
 * The workspace's start (its index route): status and the moves open to the user, the scores as
 * they stand, completeness (for the team) and the comparison with the previous evaluation.
 */
export function OverviewPanel() {
  const { language } = useTranslation();
  const { evaluationId, evaluation, framework } = useWorkspace();
  // Read on every visit (scores may have changed in another panel) and again when the workspace
  // reloads the evaluation after a change (a status move, an agreed score).
  const overview = useApiQuery({
    queryKey: queryKeys.evaluation(evaluationId).overview(language),
    queryFn: ({ signal }) => workspaceApi.overview(evaluationId, language, signal),
    staleTime: 0,
  });
  const data = overview.state.status === 'ok' ? overview.state.data : overview.state.status === 'loading' ? overview.state.previous : undefined;
  return (
    <div className="workspace-overview">
      <StatusSection />
      {overview.state.status === 'error' ? <ErrorAlert error={overview.state.error} onRetry={overview.retry} /> : null}
      {!data && overview.state.status === 'loading' ? <LoadingStatus /> : null}
      {data?.completeness ? <CompletenessSection completeness={data.completeness} framework={framework} evaluationId={evaluationId} /> : null}
      <LiveScores evaluation={evaluation} />
      {data ? <PreviousSection previous={data.previous} /> : null}
    </div>
  );
}
