import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, useLocation, useParams } from 'react-router';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import type { EvaluationDetail } from '../api/types.js';
import { ContentLanguageContext } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { LiveNotice } from '../ui/LiveNotice.js';
import { NotFoundContent } from '../ui/NotFoundContent.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import type { ActionPlan } from './action-plan-api.js';
import { visibilityKey } from './ActionMarks.js';
import { ActionViews, useAreaLabel } from './ActionViews.js';
import { ExportLinks } from './ExportLinks.js';
import { planCrumbs, yearOf } from './plan-crumbs.js';
import { PlanSettingsForm } from './PlanSettingsForm.js';
import { PlanSummary } from './PlanSummary.js';
import { StartPlan } from './StartPlan.js';
import { UnansweredImprovements } from './UnansweredImprovements.js';
import { mayStartPlan, usePlanPage } from './use-plan-page.js';
import './action-plan.css';

/** What a page of the plan tells after navigating to it (a plan started, an action removed). */
export const noticeOf = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as { notice?: unknown }).notice === 'string' ? (state as { notice: string }).notice : null;

function PlanView({ plan, evaluation }: { plan: ActionPlan; evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const title = t('actionPlan.title', { name: evaluation.municipality.name, year: yearOf(evaluation, t) });
  usePageTitle(title);
  const areaLabel = useAreaLabel(evaluation);
  return (
    <div className="page action-plan-page">
      <Breadcrumbs items={planCrumbs(evaluation, t)} />
      <PageHeading sub={t('evaluation.headingSub', { framework: evaluation.framework.title })}>{title}</PageHeading>
      <LiveNotice notice={notice ? { color: 'success', text: notice } : null} size="md" />
      <Paragraph>{t('actionPlan.intro')}</Paragraph>
      {plan.canEdit ? (
        <Paragraph data-size="sm" className="muted">
          {t('actionPlan.visibleTo', { who: t(visibilityKey(plan.visibility)) })}
        </Paragraph>
      ) : (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{t('actionPlan.readOnly', { name: evaluation.municipality.name })}</Paragraph>
        </Alert>
      )}

      <PlanSummary plan={plan} />

      <div className="plan-tools">
        {plan.canEdit ? (
          <Link to={paths.newAction(plan.evaluationId)} className="ds-button" data-variant="primary">
            {t('actionPlan.addAction')}
          </Link>
        ) : null}
        <ExportLinks evaluationId={plan.evaluationId} />
      </div>

      <ActionViews plan={plan} evaluation={evaluation} />
      <UnansweredImprovements plan={plan} areaLabel={(code) => areaLabel(code)} />
      {plan.canEdit ? <PlanSettingsForm plan={plan} /> : null}
    </div>
  );
}

/** No plan (or one not shared with the reader): those who may start one are offered to. */
function NoPlan({ evaluation }: { evaluation: EvaluationDetail }) {
  const { user } = useSession();
  return mayStartPlan(user, evaluation) ? <StartPlanView evaluation={evaluation} /> : <NotFoundContent resource />;
}

function StartPlanView({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const title = t('actionPlan.title', { name: evaluation.municipality.name, year: yearOf(evaluation, t) });
  usePageTitle(title);
  const improvements = evaluation.areas.reduce((sum, area) => sum + area.improvements.length, 0);
  return (
    <div className="page action-plan-page">
      <Breadcrumbs items={planCrumbs(evaluation, t)} />
      <PageHeading sub={t('evaluation.headingSub', { framework: evaluation.framework.title })}>{title}</PageHeading>
      <section aria-labelledby="start-plan-heading" className="panel">
        <Heading level={2} data-size="sm" id="start-plan-heading">
          {t('actionPlan.start.heading')}
        </Heading>
        <StartPlan evaluationId={evaluation.id} improvements={improvements} />
      </section>
    </div>
  );
}

/**
 * The municipality's action plan of a published evaluation (`/utvarderingar/:id/handlingsplan`):
 * its summary, the actions by area, status, due date or on a timeline, the improvement
 * opportunities without an action, exports, and for its editors the settings. Read-only for
 * readers who may not change it (the public view when the plan is public).
 */
export function ActionPlanPage() {
  const { id = '' } = useParams();
  const { state, retry } = usePlanPage(id);
  return (
    <PageState state={state} retry={retry}>
      {({ evaluation, plan }) => (
        <ContentLanguageContext.Provider value={WRITTEN_LANGUAGE[evaluation.municipality.country]}>
          {plan ? <PlanView plan={plan} evaluation={evaluation} /> : <NoPlan evaluation={evaluation} />}
        </ContentLanguageContext.Provider>
      )}
    </PageState>
  );
}
