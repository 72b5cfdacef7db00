/**
 * The texts of the report's criteria annex: per sub-area with criteria, the agreed assessment of
 * each criterion grouped by how far it is met, the sub-area's score and the score its criteria
 * propose. Every figure passed in is already formatted; the functions only compose.
 */
export interface CriteriaAnnexTexts {
  heading: string;
  /** The annex's opening: what it lists and how the proposal follows from the criteria. */
  intro(framework: string): string;
  /** The criteria are an example written by the Kompass team, not the programme's own. */
  example: string;
  /** The groups, in reading order. */
  groups: { met: string; partly: string; notMet: string; notApplicable: string; notAssessed: string };
  /** A group's heading with its count, e.g. "Uppfyllda (3)". */
  groupHeading(group: string, count: string): string;
  score: string;
  scoreValue(score: string, max: string): string;
  notScored: string;
  proposal: string;
  proposalValue(score: string): string;
  proposalIncomplete(assessed: string, total: string): string;
  proposalNotApplicable: string;
  deviationReason: string;
  /** A level scale's value beside the criterion, e.g. "nivå: Etablerad". */
  level(label: string): string;
  /** A criterion's weight, shown when the sub-area's criteria weigh differently. */
  weight(weight: string): string;
}
