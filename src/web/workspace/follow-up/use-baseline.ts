import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { followUpApi } from './follow-up-api.js';

/**
 * The baseline of the workspace's evaluation, titled in the reader's language; not read (and
 * `data` stays undefined) when the evaluation is no follow-up or the user is not in its team. Read again whenever a panel that
 * shows it opens, since judgements and the municipality's actions change meanwhile.
 */
export function useBaseline() {
  const { language } = useTranslation();
  const { evaluationId, evaluation, isTeam } = useWorkspace();
  const followUp = evaluation.baselineEvaluationId !== null;
  const query = useQuery({
    queryKey: queryKeys.evaluation(evaluationId).baseline(language),
    queryFn: ({ signal }) => followUpApi.baseline(evaluationId, language, signal),
    // The baseline is working material: the team's (the municipality sees the link to it only).
    enabled: followUp && isTeam,
    refetchOnMount: 'always',
  });
  return { followUp, query };
}
