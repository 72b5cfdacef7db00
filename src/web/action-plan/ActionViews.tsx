import { Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { groupByArea, groupByDueMonth, groupByStatus } from '../../domain/action-plan.js';
import { formatPartialDate, type MessageKey } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import type { Action, ActionPlan } from './action-plan-api.js';
import { ActionCard } from './ActionCard.js';
import { statusKey } from './ActionMarks.js';
import { PlanTimeline } from './PlanTimeline.js';
import { PLAN_VIEWS, planViewOf, VIEW_PARAM, type PlanView } from './plan-views.js';

const VIEW_KEYS: Record<PlanView, MessageKey> = {
  omrade: 'actionPlan.view.area',
  status: 'actionPlan.view.status',
  datum: 'actionPlan.view.due',
  tidslinje: 'actionPlan.view.timeline',
};

export const ACTIONS_HEADING_ID = 'plan-actions-heading';

/** "3 Styrning och kontroll" for an area code; null for none. */
export function useAreaLabel(evaluation: EvaluationDetail): (code: string | null, unitCode?: string | null) => string | null {
  const { t } = useTranslation();
  return (code, unitCode = null) => {
    if (code === null) return null;
    const area = evaluation.areas.find((entry) => entry.code === code);
    const areaText = area ? t('actionPlan.areaOption', { code, title: area.title }) : code;
    if (unitCode === null) return areaText;
    const unit = area?.subareas.find((entry) => entry.code === unitCode);
    return `${areaText}, ${unit ? t('actionPlan.areaOption', { code: unitCode, title: unit.title }) : unitCode}`;
  };
}

function Group({ heading, count, children }: { heading: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="action-group">
      <Heading level={3} data-size="xs" id={id}>
        {heading} <span className="action-group__count">{t('actionPlan.groupCount', { count })}</span>
      </Heading>
      {children}
    </section>
  );
}

/**
 * The plan's actions in the view chosen (kept in the address): grouped by area, by status or by
 * the month they are due (overdue ones flagged), or on a timeline with the same data as a table.
 */
export function ActionViews({ plan, evaluation }: { plan: ActionPlan; evaluation: EvaluationDetail }) {
  const { t, language } = useTranslation();
  const [search, setSearch] = useSearchParams();
  // The choice shows at once; the address follows (a navigation React may render later).
  const [view, setView] = useState<PlanView>(() => planViewOf(search.get(VIEW_PARAM)));
  const name = useId();
  const areaLabel = useAreaLabel(evaluation);
  const choose = (next: PlanView) => {
    setView(next);
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === 'omrade') params.delete(VIEW_PARAM);
        else params.set(VIEW_PARAM, next);
        return params;
      },
      { replace: true },
    );
  };

  const list = (actions: readonly Action[], withArea: boolean) => (
    <ul className="action-list">
      {actions.map((action) => (
        <li key={action.id}>
          <ActionCard action={action} evaluationId={plan.evaluationId} headingLevel={4} areaLabel={withArea ? areaLabel(action.areaCode, action.unitCode) : null} />
        </li>
      ))}
    </ul>
  );

  let content: ReactNode;
  if (plan.actions.length === 0) content = <Paragraph>{t('actionPlan.noActions')}</Paragraph>;
  else if (view === 'omrade') {
    content = groupByArea(plan.actions, evaluation.areas.map((area) => area.code)).map((group) => (
      <Group key={group.key ?? ''} heading={group.key === null ? t('actionPlan.noArea') : (areaLabel(group.key) ?? group.key)} count={group.items.length}>
        {list(group.items, false)}
      </Group>
    ));
  } else if (view === 'status') {
    content = groupByStatus(plan.actions).map((group) => (
      <Group key={group.key} heading={t(statusKey(group.key))} count={group.items.length}>
        {list(group.items, true)}
      </Group>
    ));
  } else if (view === 'datum') {
    const overdue = plan.actions.filter((action) => action.overdue).length;
    content = (
      <>
        <Paragraph data-size="sm">{overdue > 0 ? t('actionPlan.dueView.overdue', { count: overdue }) : t('actionPlan.dueView.noneOverdue')}</Paragraph>
        {groupByDueMonth(plan.actions).map((group) => (
          <Group key={group.key ?? ''} heading={group.key === null ? t('actionPlan.noDueDate') : formatPartialDate(group.key, language)} count={group.items.length}>
            {list(group.items, true)}
          </Group>
        ))}
      </>
    );
  } else content = <PlanTimeline plan={plan} />;

  return (
    <section aria-labelledby={ACTIONS_HEADING_ID} className="plan-actions">
      <Heading level={2} data-size="sm" id={ACTIONS_HEADING_ID}>
        {t('actionPlan.actionsHeading')}
      </Heading>
      <Fieldset className="plan-view-choice">
        <Fieldset.Legend>{t('actionPlan.view.legend')}</Fieldset.Legend>
        <div className="plan-view-choice__options">
          {PLAN_VIEWS.map((option) => (
            <Radio key={option} name={name} value={option} label={t(VIEW_KEYS[option])} checked={view === option} onChange={() => choose(option)} />
          ))}
        </div>
      </Fieldset>
      <div className="plan-view">
        {content}
      </div>
    </section>
  );
}
