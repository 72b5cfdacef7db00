import type { Crumb } from '../ui/Breadcrumbs.js';
import type { EvaluationDetail } from '../api/types.js';
import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { paths } from '../paths.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The evaluation's year as its pages show it. */
export const yearOf = (evaluation: EvaluationDetail, t: Translate): string => (evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year));

/** Start › Kommuner › the municipality › the evaluation › the plan (› `last`, the current page). */
export function planCrumbs(evaluation: EvaluationDetail, t: Translate, last?: string): Crumb[] {
  const crumbs: Crumb[] = [
    { label: t('nav.start'), to: paths.start() },
    { label: t('nav.municipalities'), to: paths.municipalities() },
    { label: evaluation.municipality.name, to: paths.municipality(evaluation.municipality.id) },
    { label: yearOf(evaluation, t), to: paths.evaluation(evaluation.id) },
  ];
  return last === undefined ? [...crumbs, { label: t('actionPlan.breadcrumb') }] : [...crumbs, { label: t('actionPlan.breadcrumb'), to: paths.actionPlan(evaluation.id) }, { label: last }];
}
