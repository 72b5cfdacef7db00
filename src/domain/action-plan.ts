/**
 * The rules of a municipality's action plan: when an action is overdue, the plan's summary, the
 * proposed actions made from a report's improvement opportunities, and the groupings (by area, by
 * status, by due month) that the web views and the exports share. Pure: no words, no clock (today
 * comes in as an ISO date).
 */
import { ACTION_STATUSES, type ActionStatus } from './action-plan-values.js';

/** Limits of an action's fields (characters). */
export const ACTION_TITLE_MAX = 300;
export const ACTION_DESCRIPTION_MAX = 100_000;
export const ACTION_RESPONSIBLE_MAX = 300;
export const ACTION_STATUS_REASON_MAX = 2_000;
export const ACTION_NOTE_MAX = 10_000;
/** At most this many actions in one plan. */
export const PLAN_ACTIONS_MAX = 500;
/** A proposed title is cut to at most this many characters (a word boundary when there is one). */
export const PROPOSED_TITLE_MAX = 120;

/** What the rules need of an action. */
export interface ActionFacts {
  status: ActionStatus;
  progress: number;
  /** ISO date or null. */
  dueDate: string | null;
}

/** An action is overdue when its due date has passed and it is neither done nor dropped. */
export function isOverdue(action: ActionFacts, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'done' && action.status !== 'dropped';
}

/** A done action has come all the way: its progress is 100 whatever was sent. */
export function settledProgress(status: ActionStatus, progress: number): number {
  return status === 'done' ? 100 : progress;
}

/** An improvement opportunity of the report: its area, its place in that area's list and its text. */
export interface ImprovementItem {
  areaCode: string;
  index: number;
  text: string;
}

/** An action as far as the summary is concerned: which improvement it answers, if any. */
export interface SummarisedAction extends ActionFacts {
  improvement: { areaCode: string; index: number } | null;
}

export interface PlanSummary {
  improvements: number;
  improvementsWithAction: number;
  /** Improvement opportunities whose every action is done or dropped, with at least one done. */
  improvementsDone: number;
  actions: number;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  /** The mean progress of the actions not dropped, a whole percent; 0 when there are none. */
  meanProgress: number;
}

const improvementKey = (areaCode: string, index: number): string => `${areaCode}\u0000${index}`;

/** The plan's summary on `today`. */
export function summarisePlan(improvements: readonly ImprovementItem[], actions: readonly SummarisedAction[], today: string): PlanSummary {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<ActionStatus, number>;
  const byImprovement = new Map<string, SummarisedAction[]>();
  for (const action of actions) {
    byStatus[action.status] += 1;
    if (action.improvement === null) continue;
    const key = improvementKey(action.improvement.areaCode, action.improvement.index);
    byImprovement.set(key, [...(byImprovement.get(key) ?? []), action]);
  }
  let improvementsWithAction = 0;
  let improvementsDone = 0;
  for (const item of improvements) {
    const answering = byImprovement.get(improvementKey(item.areaCode, item.index)) ?? [];
    if (answering.length === 0) continue;
    improvementsWithAction += 1;
    const settled = answering.every((action) => action.status === 'done' || action.status === 'dropped');
    if (settled && answering.some((action) => action.status === 'done')) improvementsDone += 1;
  }
  const counted = actions.filter((action) => action.status !== 'dropped');
  const meanProgress = counted.length === 0 ? 0 : Math.round(counted.reduce((sum, action) => sum + action.progress, 0) / counted.length);
  return {
    improvements: improvements.length,
    improvementsWithAction,
    improvementsDone,
    actions: actions.length,
    byStatus,
    overdue: actions.filter((action) => isOverdue(action, today)).length,
    meanProgress,
  };
}

/**
 * A short title from an improvement opportunity's text (Markdown): its first sentence without
 * Markdown marks, cut at a word boundary to at most `max` characters with an ellipsis when cut.
 */
export function proposedTitle(text: string, max = PROPOSED_TITLE_MAX): string {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentenceEnd = plain.search(/[.!?](\s|$)/);
  const sentence = sentenceEnd > 0 ? plain.slice(0, sentenceEnd) : plain;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A sub-area an improvement text may be tied to: its code and its title (in the report's language). */
export interface UnitChoice {
  unitCode: string;
  title: string;
}

/**
 * The sub-area an improvement text speaks of: one whose code ("2.3") stands in the text as a word,
 * else one whose title the text contains; null when none or more than one fits.
 */
export function unitOfImprovement(text: string, units: readonly UnitChoice[]): string | null {
  const byCode = units.filter((unit) => new RegExp(`(^|[^\\d.])${unit.unitCode.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`).test(text));
  if (byCode.length === 1) return byCode[0]!.unitCode;
  if (byCode.length > 1) return null;
  const lower = text.toLocaleLowerCase('sv');
  const byTitle = units.filter((unit) => unit.title.trim().length > 0 && lower.includes(unit.title.trim().toLocaleLowerCase('sv')));
  return byTitle.length === 1 ? byTitle[0]!.unitCode : null;
}

/** A proposed action made from an improvement opportunity. */
export interface ProposedAction {
  areaCode: string;
  unitCode: string | null;
  improvementIndex: number;
  improvementText: string;
  title: string;
  status: 'planned';
}

/**
 * One proposed action for every improvement opportunity, in the report's order (area by area, each
 * area's list in order). `unitsByArea` gives each area's sub-areas; empty texts are skipped.
 */
export function proposeActions(improvements: readonly ImprovementItem[], unitsByArea: ReadonlyMap<string, readonly UnitChoice[]>): ProposedAction[] {
  return improvements
    .filter((item) => item.text.trim().length > 0)
    .map((item) => ({
      areaCode: item.areaCode,
      unitCode: unitOfImprovement(item.text, unitsByArea.get(item.areaCode) ?? []),
      improvementIndex: item.index,
      improvementText: item.text,
      title: proposedTitle(item.text) || item.text.slice(0, PROPOSED_TITLE_MAX),
      status: 'planned' as const,
    }));
}

/** A group of items under one key, in the order the keys are given. */
export interface Group<K, T> {
  key: K;
  items: T[];
}

/**
 * Actions by area, in the order of `areaCodes`; actions without an area last under the key null.
 * Empty groups are left out.
 */
export function groupByArea<T extends { areaCode: string | null }>(actions: readonly T[], areaCodes: readonly string[]): Group<string | null, T>[] {
  const keys: (string | null)[] = [...areaCodes, ...actions.map((action) => action.areaCode).filter((code) => code !== null && !areaCodes.includes(code)), null];
  return groupBy(actions, [...new Set(keys)], (action) => action.areaCode);
}

/** Actions by status, in the statuses' order (planned, in progress, done, dropped); empty groups left out. */
export function groupByStatus<T extends { status: ActionStatus }>(actions: readonly T[]): Group<ActionStatus, T>[] {
  return groupBy(actions, ACTION_STATUSES, (action) => action.status);
}

/**
 * Actions by the month they are due ("2027-03"), earliest first, each month's actions by due date;
 * actions without a due date last under the key null.
 */
export function groupByDueMonth<T extends { dueDate: string | null }>(actions: readonly T[]): Group<string | null, T>[] {
  const sorted = [...actions].sort((a, b) => (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff'));
  const months = [...new Set(sorted.map((action) => (action.dueDate === null ? null : action.dueDate.slice(0, 7))))];
  return groupBy(sorted, months, (action) => (action.dueDate === null ? null : action.dueDate.slice(0, 7)));
}

function groupBy<K, T>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): Group<K, T>[] {
  return keys.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((group) => group.items.length > 0);
}
