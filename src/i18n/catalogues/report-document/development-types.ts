import type { ActionStatus, ImprovementJudgement } from '../../../domain/action-plan-values.js';

/**
 * The texts of a follow-up report's chapter on the development since the previous evaluation
 * (its baseline). Every figure passed in is already formatted; the functions only compose.
 */
export interface DevelopmentTexts {
  heading: string;
  /** The chapter's opening: which evaluation this one follows up. */
  intro(municipality: string, previousYear: string, previousFramework: string): string;
  /** The two evaluations follow different model versions: how the areas are compared. */
  mapped: string;
  totalSentence(previous: string, now: string, change: string): string;
  areaSentence(previous: string, now: string, change: string): string;
  /** The earlier areas (e.g. "område 5 Medborgarkontakt") that an area is compared with. */
  mappedFrom(areas: string): string;
  previousArea(code: string, title: string): string;
  noPrevious: string;
  notScoredNow: string;
  areaCaption: string;
  subareaCaption(area: string): string;
  columns: {
    area: string;
    subarea: string;
    previousArea: string;
    previous(year: string): string;
    now(year: string): string;
    change: string;
  };
  areaTotal: string;
  total: string;
  /** Under a table with rounded points; `section` holds this evaluation's exact points, when it has rounded ones. */
  rounded(section: string | null): string;
  /** The shown areas of the earlier evaluation do not add up to its total (an area without a counterpart). */
  totalIsNotSum: string;
  improvementsIntro: string;
  judgementCaption: string;
  judgementColumn: string;
  countColumn: string;
  improvementHeading(position: string): string;
  /** An improvement opportunity of an earlier area with another code (model versions differ). */
  improvementHeadingMapped(position: string, previousArea: string): string;
  noImprovements: string;
  judgements: Record<ImprovementJudgement, string>;
  notJudgedLabel: string;
  judgementSentence(judgement: string): string;
  notJudged: string;
  planPublic: string;
  actionsIntro: string;
  noActions: string;
  statuses: Record<ActionStatus, string>;
  action(title: string, status: string, progress: string): string;
  droppedAction(title: string, status: string, reason: string): string;
}
