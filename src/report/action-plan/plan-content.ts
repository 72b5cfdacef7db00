/**
 * An action plan as its exports and the report's annex show it: actions grouped by area in the
 * model's order, improvement opportunities with how far their actions have come, dated notes and
 * the summary in sentences, all in the asked language. Pure: the plan as the API answers it, its
 * framework and a language in; words and formatted figures out. The Excel file takes the raw
 * values (dates, progress) from `rows`, the Word file and the annex the formatted ones.
 */
import type { Action, ActionNote, ActionPlan } from '../../contract/action-plans.js';
import { groupByArea } from '../../domain/action-plan.js';
import { localise, type Framework } from '../../domain/framework.js';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { actionPlanExportTexts, type ActionPlanExportTexts } from '../../i18n/action-plan-export-texts.js';
import { formatNumber, formatPercent, LOCALES } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { asciiSlug } from '../file-name.js';
import { formatDate } from '../format.js';
import type { ReportFact } from '../model.js';


/** One action with the words around it. */
export interface PlanActionRow {
  action: Action;
  /** "1 Offentlighet och demokrati", or '' for an action tied to no area. */
  area: string;
  subarea: string;
  /** The text of the improvement opportunity it answers, or ''. */
  improvement: string;
  status: string;
  /** The status as a table cell shows it: flagged when overdue, with the reason when dropped. */
  statusWithFlags: string;
  priority: string;
  /** The newest note (by its date, then by when it was written), or null. */
  lastNote: ActionNote | null;
}

export interface PlanAreaGroup {
  /** Stable anchor in the report: 'action-plan-area-3', 'action-plan-other'. */
  id: string;
  heading: string;
  rows: PlanActionRow[];
}

export type ImprovementCoverage = keyof ActionPlanExportTexts['coverage'];

export interface PlanImprovementRow {
  area: string;
  /** Its number within its area, as the report lists them (1-based). */
  number: number;
  text: string;
  actions: PlanActionRow[];
  coverage: ImprovementCoverage;
}

export interface PlanContent {
  language: Language;
  locale: string;
  /** The language the municipality wrote its plan in (its texts are marked when the document's differs). */
  writtenLanguage: Language;
  texts: ActionPlanExportTexts;
  municipality: string;
  title: string;
  fileSlug: string;
  facts: ReportFact[];
  summary: string[];
  groups: PlanAreaGroup[];
  /** Every action, in the order of the groups. */
  rows: PlanActionRow[];
  improvements: PlanImprovementRow[];
  /** Every note, grouped by action in the rows' order, oldest first. */
  notes: Array<{ row: PlanActionRow; note: ActionNote }>;
  /** "3 mars 2026" / "3 March 2026". */
  date(iso: string): string;
  /** "40 %" / "40%". */
  percent(value: number): string;
}

export interface PlanContentInput {
  plan: ActionPlan;
  framework: Framework;
  language: Language;
}

/**
 * How far the actions answering one improvement opportunity have come: none, planned (nothing
 * begun), under way, or done (every action done or dropped, at least one done).
 */
export function improvementCoverage(actions: readonly Pick<Action, 'status'>[]): ImprovementCoverage {
  if (actions.length === 0) return 'none';
  if (actions.every((action) => action.status === 'done' || action.status === 'dropped') && actions.some((action) => action.status === 'done')) return 'done';
  if (actions.some((action) => action.status === 'in_progress' || action.status === 'done')) return 'underway';
  return 'planned';
}

const newestFirst = (a: ActionNote, b: ActionNote) => b.notedOn.localeCompare(a.notedOn) || b.createdAt.localeCompare(a.createdAt);

function summarySentences(plan: ActionPlan, t: ActionPlanExportTexts, language: Language): string[] {
  const { summary } = plan;
  const n = (value: number) => formatNumber(value, language, 0);
  const sentences = [t.summary.improvements(n(summary.improvementsWithAction), n(summary.improvements), n(summary.improvementsDone))];
  if (summary.actions === 0) return [...sentences, t.summary.noActions];
  const { planned, in_progress: inProgress, done, dropped } = summary.byStatus;
  sentences.push(t.summary.actions(summary.actions, n(summary.actions), n(planned), n(inProgress), n(done), n(dropped)));
  sentences.push(t.summary.overdue(summary.overdue, n(summary.overdue)));
  sentences.push(t.summary.meanProgress(formatPercent(summary.meanProgress, language)));
  return sentences;
}

/** The plan's content in one language. */
export function buildPlanContent(input: PlanContentInput): PlanContent {
  const { plan, framework, language } = input;
  const t = actionPlanExportTexts(language);
  const municipality = plan.municipality.name;
  const areaTitles = new Map(framework.areas.map((area) => [area.code, localise(area.title, language)]));
  const subareaTitles = new Map(framework.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, localise(subarea.title, language)] as const)));
  const areaName = (code: string | null) => (code === null ? '' : `${code} ${areaTitles.get(code) ?? ''}`.trim());
  const subareaName = (code: string | null) => (code === null ? '' : `${code} ${subareaTitles.get(code) ?? ''}`.trim());

  const toRow = (action: Action): PlanActionRow => {
    const status = t.status[action.status];
    const statusWithFlags =
      action.status === 'dropped' && action.statusReason.trim() !== '' ? t.droppedStatus(status, action.statusReason) : action.overdue ? t.overdueStatus(status) : status;
    return {
      action,
      area: areaName(action.areaCode),
      subarea: subareaName(action.unitCode),
      improvement: action.improvement?.text ?? '',
      status,
      statusWithFlags,
      priority: t.priority[action.priority],
      lastNote: [...action.notes].sort(newestFirst)[0] ?? null,
    };
  };

  const byPosition = [...plan.actions].sort((a, b) => a.position - b.position);
  const groups: PlanAreaGroup[] = groupByArea(
    byPosition,
    framework.areas.map((area) => area.code),
  ).map(({ key, items }) => ({
    id: key === null ? 'action-plan-other' : `action-plan-area-${key}`,
    heading: key === null ? t.otherActions : t.areaHeading(key, areaTitles.get(key) ?? key),
    rows: items.map(toRow),
  }));
  const rows = groups.flatMap((group) => group.rows);
  const rowById = new Map(rows.map((row) => [row.action.id, row]));

  const improvements = plan.improvements.map((improvement) => {
    const actions = improvement.actionIds.map((id) => rowById.get(id)).filter((row): row is PlanActionRow => row !== undefined);
    return {
      area: areaName(improvement.areaCode),
      number: improvement.index + 1,
      text: improvement.text,
      actions,
      coverage: improvementCoverage(actions.map((row) => row.action)),
    };
  });

  const date = (iso: string) => formatDate(iso, language);
  const facts: ReportFact[] = [
    { label: t.facts.municipality, value: municipality },
    { label: t.facts.framework, value: localise(framework.title, language) },
  ];
  if (plan.reportDate) facts.push({ label: t.facts.reportDate, value: date(plan.reportDate) });
  if (plan.nextFollowUp) facts.push({ label: t.facts.nextFollowUp, value: date(plan.nextFollowUp) });
  facts.push({ label: t.facts.asOf, value: date(plan.today) });

  return {
    language,
    locale: LOCALES[language],
    writtenLanguage: WRITTEN_LANGUAGE[plan.municipality.country],
    texts: t,
    municipality,
    title: t.title(municipality),
    fileSlug: [t.fileSlug, asciiSlug(municipality), plan.today].filter(Boolean).join('-'),
    facts,
    summary: summarySentences(plan, t, language),
    groups,
    rows,
    improvements,
    notes: rows.flatMap((row) => [...row.action.notes].sort((a, b) => -newestFirst(a, b)).map((note) => ({ row, note }))),
    date,
    percent: (value) => formatPercent(value, language),
  };
}
