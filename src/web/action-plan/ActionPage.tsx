import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ReactNode } from 'react';
import { proposedTitle } from '../../domain/action-plan.js';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { queryKeys } from '../api/query-keys.js';
import type { EvaluationDetail } from '../api/types.js';
import { ContentLanguageContext, useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { LiveNotice } from '../ui/LiveNotice.js';
import { Markdown } from '../ui/Markdown.js';
import { NotFoundContent } from '../ui/NotFoundContent.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { actionDraftOf, emptyActionDraft, type ActionDraft } from './action-draft.js';
import type { Action, ActionPlan } from './action-plan-api.js';
import { ActionEvidenceList } from './ActionEvidenceList.js';
import { ActionFacts } from './ActionFacts.js';
import { ActionForm } from './ActionForm.js';
import { ActionNotes } from './ActionNotes.js';
import { noticeOf } from './ActionPlanPage.js';
import { useAreaLabel } from './ActionViews.js';
import { DeleteAction } from './DeleteAction.js';
import { planCrumbs } from './plan-crumbs.js';
import { usePlanPage, type PlanPageData } from './use-plan-page.js';
import './action-plan.css';

/** The improvement opportunity an action answers, quoted with its area. */
function Answers({ evaluation, improvement }: { evaluation: EvaluationDetail; improvement: { areaCode: string; text: string } }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const areaLabel = useAreaLabel(evaluation);
  return (
    <section className="action-answers" aria-labelledby="action-answers-heading">
      <Heading level={2} data-size="xs" id="action-answers-heading">
        {t('actionPlan.answers', { area: areaLabel(improvement.areaCode) ?? improvement.areaCode })}
      </Heading>
      <blockquote>
        <Markdown source={improvement.text} lang={contentLanguage} />
      </blockquote>
    </section>
  );
}

function ActionView({ evaluation, plan, action }: { evaluation: EvaluationDetail; plan: ActionPlan; action: Action }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const client = useQueryClient();
  const notice = noticeOf(useLocation().state);
  usePageTitle(action.title);
  const changed = (next: Action) =>
    client.setQueryData<ActionPlan>(queryKeys.evaluation(plan.evaluationId).actionPlan(), (current) =>
      current ? { ...current, actions: current.actions.map((entry) => (entry.id === next.id ? next : entry)) } : current,
    );
  return (
    <div className="page action-page">
      <Breadcrumbs items={planCrumbs(evaluation, t, action.title)} />
      <PageHeading sub={t('actionPlan.actionSub', { name: evaluation.municipality.name })}>
        <span lang={contentLanguage}>{action.title}</span>
      </PageHeading>
      <LiveNotice notice={notice ? { color: 'success', text: notice } : null} size="md" />
      {action.improvement ? <Answers evaluation={evaluation} improvement={action.improvement} /> : null}
      {plan.canEdit ? (
        <>
          <ActionForm key={action.id} evaluation={evaluation} action={action} onSaved={changed} />
          <DeleteAction evaluationId={plan.evaluationId} action={action} />
        </>
      ) : (
        <section aria-labelledby="action-facts-heading">
          <Heading level={2} data-size="sm" id="action-facts-heading">
            {t('actionPlan.factsHeading')}
          </Heading>
          <ActionFacts draft={actionDraftOf(action)} evaluation={evaluation} overdue={action.overdue} />
        </section>
      )}
      <ActionNotes evaluationId={plan.evaluationId} action={action} canEdit={plan.canEdit} today={plan.today} onChanged={changed} />
      <ActionEvidenceList evaluationId={plan.evaluationId} action={action} canEdit={plan.canEdit} onChanged={changed} />
      <Paragraph>
        <AppLink to={paths.actionPlan(plan.evaluationId)}>{t('actionPlan.backToPlan')}</AppLink>
      </Paragraph>
    </div>
  );
}

function WithPlan({ data, children }: { data: PlanPageData; children: (plan: ActionPlan) => ReactNode }) {
  return (
    <ContentLanguageContext.Provider value={WRITTEN_LANGUAGE[data.evaluation.municipality.country]}>
      {data.plan ? children(data.plan) : <NotFoundContent resource />}
    </ContentLanguageContext.Provider>
  );
}

/**
 * One action of the plan (`/utvarderingar/:id/handlingsplan/atgarder/:actionId`): for editors every
 * field in a form (versioned save, conflict view), its removal, progress notes and evidence; for
 * other readers the same read-only.
 */
export function ActionPage() {
  const { id = '', actionId = '' } = useParams();
  const { state, retry } = usePlanPage(id);
  return (
    <PageState state={state} retry={retry}>
      {(data) => (
        <WithPlan data={data}>
          {(plan) => {
            const action = plan.actions.find((entry) => entry.id === actionId);
            return action ? <ActionView evaluation={data.evaluation} plan={plan} action={action} /> : <NotFoundContent resource />;
          }}
        </WithPlan>
      )}
    </PageState>
  );
}

/** The query parameters of a new action that answers an improvement opportunity. */
export const NEW_ACTION_AREA = 'omrade';
export const NEW_ACTION_IMPROVEMENT = 'forbattring';

function NewActionView({ evaluation, plan }: { evaluation: EvaluationDetail; plan: ActionPlan }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const areaCode = search.get(NEW_ACTION_AREA);
  const index = Number(search.get(NEW_ACTION_IMPROVEMENT));
  const improvement = plan.improvements.find((item) => item.areaCode === areaCode && item.index === index) ?? null;
  const title = t('actionPlan.form.addHeading');
  usePageTitle(title);
  if (!plan.canEdit) return <NotFoundContent resource />;
  const initial = improvement ? emptyActionDraft({ areaCode: improvement.areaCode, index: improvement.index }, proposedTitle(improvement.text)) : emptyActionDraft();
  return (
    <div className="page action-page">
      <Breadcrumbs items={planCrumbs(evaluation, t, title)} />
      <PageHeading sub={t('actionPlan.actionSub', { name: evaluation.municipality.name })}>{title}</PageHeading>
      {improvement ? <Answers evaluation={evaluation} improvement={improvement} /> : null}
      <NewActionForm evaluation={evaluation} initial={initial} />
    </div>
  );
}

function NewActionForm({ evaluation, initial }: { evaluation: EvaluationDetail; initial: ActionDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ActionForm
      evaluation={evaluation}
      initial={initial}
      onSaved={(saved) => void navigate(paths.action(evaluation.id, saved.id), { state: { notice: t('actionPlan.form.added') } })}
      onCancel={() => void navigate(paths.actionPlan(evaluation.id))}
    />
  );
}

/** A new action (`/utvarderingar/:id/handlingsplan/ny-atgard`), perhaps answering an improvement opportunity (`?omrade=3&forbattring=0`). */
export function NewActionPage() {
  const { id = '' } = useParams();
  const { state, retry } = usePlanPage(id);
  return (
    <PageState state={state} retry={retry}>
      {(data) => <WithPlan data={data}>{(plan) => <NewActionView evaluation={data.evaluation} plan={plan} />}</WithPlan>}
    </PageState>
  );
}
