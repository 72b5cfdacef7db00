import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo } from 'react';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { LOCKED_STATUSES } from '../writing/text-forms.js';
import { useWorkspace } from '../workspace-context.js';
import { Progress } from '../scoring/ScoringParts.js';
import { BaselineIntro } from './BaselineIntro.js';
import { useBaseline } from './use-baseline.js';
import type { Baseline, ImprovementReview } from './follow-up-api.js';
import { judgedCount } from './review-form.js';
import { previousAreasOnce } from './review-groups.js';
import { ReviewItem } from './ReviewItem.js';
import './follow-up.css';


/** Every previous improvement opportunity with its judgement, grouped by the previous area. */
function Reviews({ baseline, editable }: { baseline: Baseline; editable: boolean }) {
  const { t } = useTranslation();
  const { evaluationId } = useWorkspace();
  const client = useQueryClient();
  const areas = useMemo(() => previousAreasOnce(baseline), [baseline]);
  const count = judgedCount(areas.flatMap((area) => area.improvements.map((improvement) => improvement.review)));
  // What the server kept goes into the cached baseline (every language's), so the count follows at once.
  const onSaved = useCallback(
    (areaCode: string, index: number, review: ImprovementReview) => {
      client.setQueriesData<Baseline>({ queryKey: queryKeys.evaluation(evaluationId).baseline() }, (cached) =>
        cached
          ? {
              ...cached,
              areas: cached.areas.map((area) => ({
                ...area,
                previous: area.previous.map((previous) =>
                  previous.areaCode !== areaCode
                    ? previous
                    : {
                        ...previous,
                        improvements: previous.improvements.map((improvement) =>
                          improvement.index === index && (improvement.review?.version ?? 0) < review.version ? { ...improvement, review: { judgement: review.judgement, comment: review.comment, version: review.version } } : improvement,
                        ),
                      },
                ),
              })),
            }
          : cached,
      );
    },
    [client, evaluationId],
  );
  if (count.total === 0) return <Paragraph>{t('followUp.review.none')}</Paragraph>;
  return (
    <>
      <Progress done={count.done} total={count.total} text={t('followUp.review.progress', count)} />
      {!baseline.planShared ? <Paragraph>{t('followUp.plan.notShared')}</Paragraph> : null}
      {areas
        .filter((area) => area.improvements.length > 0)
        .map((area) => (
          <section key={area.areaCode} className="review-area" aria-labelledby={`forra-omrade-${area.areaCode}`}>
            <Heading level={3} data-size="xs" id={`forra-omrade-${area.areaCode}`}>
              {t('scoring.areaHeading', { code: area.areaCode, title: area.title })}
            </Heading>
            <ol className="review-area__items">
              {area.improvements.map((improvement) => (
                <ReviewItem
                  key={improvement.index}
                  evaluationId={evaluationId}
                  areaCode={area.areaCode}
                  improvement={improvement}
                  planShared={baseline.planShared}
                  editable={editable}
                  onSaved={onSaved}
                />
              ))}
            </ol>
          </section>
        ))}
    </>
  );
}

/**
 * A follow-up's judgement of the previous evaluation's improvement opportunities
 * (`arbetsyta/uppfoljning`): for each, the municipality's actions answering it and whether the
 * evaluators find it addressed, partly or not, with a comment; autosaved one by one.
 */
export function FollowUpPanel() {
  const { t } = useTranslation();
  const { evaluation, isTeam, setSection } = useWorkspace();
  const headingId = useId();
  useEffect(() => setSection('follow-up'), [setSection]);
  const { followUp, query } = useBaseline();
  const editable = isTeam && !LOCKED_STATUSES.has(evaluation.status);
  // The judgements start from what the server holds now: shown only from a read made after opening.
  const baseline = !query.isError && query.isFetchedAfterMount ? query.data : undefined;
  return (
    <section aria-labelledby={headingId} className="follow-up-review">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.review.heading')}
      </Heading>
      {!followUp ? (
        <Paragraph>{t('followUp.review.noBaseline')}</Paragraph>
      ) : (
        <>
          {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
          {!baseline && !query.isError ? <LoadingStatus /> : null}
          {baseline ? <BaselineIntro baseline={baseline} text={t('followUp.review.intro')} /> : null}
          {!editable ? (
            <Alert data-color="info">
              <Paragraph>{t('followUp.review.locked', { status: t(`status.${evaluation.status}`) })}</Paragraph>
            </Alert>
          ) : null}
          {baseline ? <Reviews baseline={baseline} editable={editable} /> : null}
        </>
      )}
    </section>
  );
}
