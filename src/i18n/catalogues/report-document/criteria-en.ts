import type { CriteriaAnnexTexts } from './criteria-types.js';

export const criteriaEn: CriteriaAnnexTexts = {
  heading: 'Annex: Criteria per sub-area',
  intro: (framework) =>
    `The model ${framework} sets out criteria for some sub-areas. For each such sub-area, this annex shows how the evaluators finally assessed the criteria, grouped as met, partly met, not met or not applicable. The proposal is the score the criteria give: the maximum times the weighted share of the applicable criteria's points. Where the sub-area's score departs from the proposal, the reason is given.`,
  example: 'The criteria of this model version are examples written by the Kompass team. They are not the programme’s own criteria.',
  groups: { met: 'Met', partly: 'Partly met', notMet: 'Not met', notApplicable: 'Not applicable', notAssessed: 'Not assessed' },
  groupHeading: (group, count) => `${group} (${count})`,
  score: 'Score',
  scoreValue: (score, max) => `${score} of ${max} points`,
  notScored: 'not scored',
  proposal: 'Proposed by the criteria',
  proposalValue: (score) => `${score} points`,
  proposalIncomplete: (assessed, total) => `no proposal, ${assessed} of ${total} criteria assessed`,
  proposalNotApplicable: 'no proposal, no criterion applies',
  deviationReason: 'Why the score departs from the proposal',
  level: (label) => `level: ${label}`,
  weight: (weight) => `weight ${weight}`,
};
