import { useParams } from 'react-router';
import { AdminOnly } from '../account/AdminOnly.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { PageState } from '../ui/PageState.js';
import { questionSetsApi } from './question-sets-api.js';
import { SetEditor } from './SetEditor.js';
import './question-sets.css';

/** One question set version (`/frageunderlag/:setId`): administrators edit it unless it is frozen; evaluators read it. */
export function QuestionSetPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('questionSets.title')} anonymous="questionSets.access.anonymous" notAdmin="questionSets.access.notAllowed" allow={['admin', 'evaluator']}>
      <LoadedSet />
    </AdminOnly>
  );
}

function LoadedSet() {
  const { setId = '' } = useParams();
  const set = useApiQuery({ queryKey: queryKeys.questionSets.detail(setId), queryFn: ({ signal }) => questionSetsApi.get(setId, signal), staleTime: Infinity });
  return <PageState state={set.state} retry={set.retry}>{(data) => <SetEditor key={data.id} set={data} />}</PageState>;
}
