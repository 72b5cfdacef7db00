import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Language } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { FactList } from '../ui/FactList.js';
import { DueActionList } from './DueActionList.js';
import type { HomePlan, MyMunicipality } from './my-municipality-api.js';

function PlanSummaryFacts({ plan }: { plan: HomePlan }) {
  const { language, t } = useTranslation();
  const { summary } = plan;
  return (
    <section aria-label={t('myMunicipality.summary.label')}>
      <FactList
        facts={[
          {
            label: t('myMunicipality.summary.improvements'),
            value: t('myMunicipality.summary.improvementsValue', { withAction: summary.improvementsWithAction, total: summary.improvements }),
          },
          {
            label: t('myMunicipality.summary.improvementsDone'),
            value: t('myMunicipality.summary.improvementsValue', { withAction: summary.improvementsDone, total: summary.improvements }),
          },
          {
            label: t('myMunicipality.summary.actions'),
            value: t('myMunicipality.summary.actionsValue', {
              count: summary.actions,
              planned: summary.byStatus.planned,
              inProgress: summary.byStatus.in_progress,
              done: summary.byStatus.done,
              dropped: summary.byStatus.dropped,
            }),
          },
          { label: t('myMunicipality.summary.progress'), value: formatPercent(summary.meanProgress, language) },
          { label: t('myMunicipality.summary.overdue'), value: String(summary.overdue) },
        ]}
      />
    </section>
  );
}

function OpenPlan({ plan, written }: { plan: HomePlan; written: Language }) {
  const { t } = useTranslation();
  const { evaluation } = plan;
  return (
    <>
      <Paragraph>
        {evaluation.year === null
          ? t('myMunicipality.plan.forUndated', { framework: evaluation.frameworkTitle })
          : t('myMunicipality.plan.for', { year: evaluation.year, framework: evaluation.frameworkTitle })}{' '}
        {t(`myMunicipality.plan.visibility.${plan.visibility}`)}
      </Paragraph>
      <Paragraph>
        <AppLink to={paths.actionPlan(plan.evaluationId)}>{t('myMunicipality.plan.open')}</AppLink>
      </Paragraph>
      <PlanSummaryFacts plan={plan} />
      <section aria-labelledby="min-kommun-forsenat" className="my-municipality__due">
        <Heading level={3} data-size="xs" id="min-kommun-forsenat">
          {t('myMunicipality.overdue.heading')}
        </Heading>
        {plan.overdue.length === 0 ? <Paragraph>{t('myMunicipality.overdue.none')}</Paragraph> : <DueActionList actions={plan.overdue} kind="overdue" written={written} />}
      </section>
      <section aria-labelledby="min-kommun-snart" className="my-municipality__due">
        <Heading level={3} data-size="xs" id="min-kommun-snart">
          {t('myMunicipality.dueSoon.heading', { days: plan.dueSoonDays })}
        </Heading>
        {plan.dueSoon.length === 0 ? (
          <Paragraph>{t('myMunicipality.dueSoon.none', { days: plan.dueSoonDays })}</Paragraph>
        ) : (
          <DueActionList actions={plan.dueSoon} kind="dueSoon" written={written} />
        )}
      </section>
    </>
  );
}

/** The open action plan: what it answers, where it stands, what is overdue and what falls due soon; or how to start one. */
export function PlanSection({ home, written }: { home: MyMunicipality; written: Language }) {
  const { t } = useTranslation();
  const latestPublished = home.evaluations.find((evaluation) => evaluation.status === 'published');
  return (
    <section aria-labelledby="min-kommun-plan" className="my-municipality__section">
      <Heading level={2} data-size="sm" id="min-kommun-plan">
        {t('myMunicipality.plan.heading')}
      </Heading>
      {home.plan ? (
        <OpenPlan plan={home.plan} written={written} />
      ) : (
        <>
          <Paragraph>{t('myMunicipality.plan.none')}</Paragraph>
          <Paragraph>
            {latestPublished ? (
              <AppLink to={paths.actionPlan(latestPublished.id)}>
                {t('myMunicipality.plan.start', { year: latestPublished.year ?? latestPublished.framework.title })}
              </AppLink>
            ) : (
              t('myMunicipality.plan.noPublished')
            )}
          </Paragraph>
        </>
      )}
    </section>
  );
}
