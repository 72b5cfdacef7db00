import { useApiData } from '../api/use-api-data.js';
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
  // Read again whenever the evaluation changed (a new version after scores or a status move).
  const overview = useApiData((signal) => workspaceApi.overview(evaluationId, language, signal), [evaluationId, language, evaluation.version, evaluation.status, evaluation.updatedAt]);
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
