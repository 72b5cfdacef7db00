/** What leaves the server of the municipality start page. */
import { municipalityIdParts } from '../../domain/municipality.js';
import { frameworkOf, localise, type Catalogue, type Language } from '../../domain/framework.js';
import { DUE_SOON_DAYS, isDueSoon } from '../../domain/municipality-home.js';
import { isOverdue, summarisePlan, type ImprovementItem } from '../../domain/action-plan.js';
import type { MunicipalityRow } from '../municipalities/repository.js';
import type { EvaluationListRow } from '../evaluations/repository.js';
import { presentEvaluationSummary } from '../evaluations/presenter.js';
import type { FollowUpRow, HomeActionRow, HomePlanRow } from './repository.js';
import type { DueAction, MyMunicipality } from '../../contract/my-municipality.js';

export interface MyMunicipalityRead {
  municipality: MunicipalityRow;
  evaluations: EvaluationListRow[];
  plan: HomePlanRow | null;
  actions: HomeActionRow[];
  improvements: ImprovementItem[];
  followUp: FollowUpRow | null;
}

const byDueDate = (a: HomeActionRow, b: HomeActionRow) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '');

const presentAction = (action: HomeActionRow): DueAction => ({
  id: action.id,
  title: action.title,
  dueDate: action.dueDate,
  responsible: action.responsible,
  status: action.status,
  progress: action.progress,
});

function presentPlan(catalogue: Catalogue, language: Language, today: string, read: MyMunicipalityRead): MyMunicipality['plan'] {
  const { plan, actions } = read;
  if (!plan) return null;
  const date = plan.fieldworkStart ?? plan.reportDate;
  return {
    evaluationId: plan.evaluationId,
    evaluation: { frameworkTitle: localise(frameworkOf(catalogue, plan.frameworkId).title, language), year: date ? Number(date.slice(0, 4)) : null, reportDate: plan.reportDate },
    visibility: plan.visibility,
    today,
    summary: summarisePlan(
      read.improvements,
      actions.map((action) => ({ ...action, improvement: action.areaCode !== null && action.improvementIndex !== null ? { areaCode: action.areaCode, index: action.improvementIndex } : null })),
      today,
    ),
    overdue: actions.filter((action) => isOverdue(action, today)).sort(byDueDate).map(presentAction),
    dueSoon: actions.filter((action) => isDueSoon(action, today)).sort(byDueDate).map(presentAction),
    dueSoonDays: DUE_SOON_DAYS,
  };
}

export function presentMyMunicipality(catalogue: Catalogue, language: Language, today: string, read: MyMunicipalityRead): MyMunicipality {
  const { municipality, followUp } = read;
  return {
    municipality: { ...municipalityIdParts(municipality.id), name: municipality.name },
    evaluations: read.evaluations.map((row) => presentEvaluationSummary(row, frameworkOf(catalogue, row.frameworkId), language)),
    plan: presentPlan(catalogue, language, today, read),
    nextFollowUp: {
      planned: read.plan?.nextFollowUp ?? null,
      evaluation: followUp ? { id: followUp.id, status: followUp.status, frameworkTitle: localise(frameworkOf(catalogue, followUp.frameworkId).title, language) } : null,
    },
  };
}
