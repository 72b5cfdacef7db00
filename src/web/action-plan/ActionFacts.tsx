import { formatPartialDate } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { FactList, type Fact } from '../ui/FactList.js';
import { Markdown } from '../ui/Markdown.js';
import { actionInputOf, type ActionDraft } from './action-draft.js';
import { OverdueFlag, priorityKey, ProgressMeter, StatusTag } from './ActionMarks.js';
import { useAreaLabel } from './ActionViews.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every field of an action (as stored, or as a form holds it) as a list: the read-only view of the
 * action and each side of a conflict.
 */
export function ActionFacts({ draft, evaluation, overdue = false, withTitle = false }: { draft: ActionDraft; evaluation: EvaluationDetail; overdue?: boolean; withTitle?: boolean }) {
  const { t, language } = useTranslation();
  const contentLanguage = useContentLanguage();
  const areaLabel = useAreaLabel(evaluation);
  const input = actionInputOf(draft);
  const date = (value: string) => (value === '' ? t('actionPlan.notGiven') : DATE.test(value) ? formatPartialDate(value, language) : value);
  const written = (value: string) => (value.trim() ? <span lang={contentLanguage}>{value}</span> : t('actionPlan.notGiven'));
  const facts: Fact[] = [
    ...(withTitle ? [{ label: t('actionPlan.field.title'), value: written(draft.title) }] : []),
    { label: t('actionPlan.field.area'), value: areaLabel(input.areaCode ?? null, input.unitCode ?? null) ?? t('actionPlan.noArea') },
    { label: t('actionPlan.field.responsible'), value: written(draft.responsible) },
    { label: t('actionPlan.field.priority'), value: t(priorityKey(draft.priority)) },
    { label: t('actionPlan.field.startDate'), value: date(draft.startDate) },
    {
      label: t('actionPlan.field.dueDate'),
      value: (
        <>
          {date(draft.dueDate)}
          {overdue ? (
            <>
              {' '}
              <OverdueFlag />
            </>
          ) : null}
        </>
      ),
    },
    { label: t('actionPlan.field.status'), value: <StatusTag status={draft.status} /> },
    ...(draft.status === 'dropped' ? [{ label: t('actionPlan.field.statusReason'), value: written(draft.statusReason) }] : []),
    {
      label: t('actionPlan.field.progress'),
      value: /^\d{1,3}$/.test(draft.progress) ? <ProgressMeter progress={Number(draft.progress)} label={t('actionPlan.field.progress')} /> : draft.progress,
    },
    { label: t('actionPlan.field.description'), value: draft.description.trim() ? <Markdown source={draft.description} lang={contentLanguage} /> : t('actionPlan.notGiven') },
  ];
  return <FactList facts={facts} />;
}
