import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { useTranslation } from '../language/language-context.js';
import { CompletenessSection } from './CompletenessSection.js';
import { FollowsUpSection } from './follow-up/FollowsUpSection.js';
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
  // Read again whenever the evaluation changed (the workspace's reload invalidates it after scores or a status move).
  const overview = useQuery({
    queryKey: queryKeys.evaluation(evaluationId).overview(language),
    queryFn: ({ signal }) => workspaceApi.overview(evaluationId, language, signal),
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
  });
  const data = overview.isError ? undefined : overview.data;
  return (
    <div className="workspace-overview">
      <StatusSection />
      <FollowsUpSection />
      {overview.isError ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {!data && overview.isPending ? <LoadingStatus /> : null}
      {data?.completeness ? <CompletenessSection completeness={data.completeness} framework={framework} evaluationId={evaluationId} /> : null}
      <LiveScores evaluation={evaluation} />
      {data ? <PreviousSection previous={data.previous} /> : null}
    </div>
  );
}
