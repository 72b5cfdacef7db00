import type { DevelopmentTexts } from './development-types.js';

/** English texts of the follow-up report's development chapter. */
export const developmentEn: DevelopmentTexts = {
  heading: 'Development since the previous evaluation',
  intro: (municipality, year, framework) =>
    `This evaluation follows up the evaluation of ${municipality} in ${year} under ${framework}. This chapter shows how the points have changed per area and sub-area, and what has become of the improvement opportunities the previous evaluation identified.`,
  mapped:
    'The two evaluations follow different versions of the model. The areas are compared through the models’ area map; the sub-areas changed between the versions and are therefore not compared one by one.',
  totalSentence: (previous, now, change) => `The total has gone from ${previous} to ${now} points (${change}).`,
  areaSentence: (previous, now, change) => `The area’s points have gone from ${previous} to ${now} (${change}).`,
  mappedFrom: (areas) => `The area is compared with ${areas} of the previous evaluation.`,
  previousArea: (code, title) => `area ${code} ${title}`,
  noPrevious: 'The area has no counterpart with points in the previous evaluation.',
  notScoredNow: 'The area has no points in this evaluation yet.',
  areaCaption: 'Points per area at the previous and at this evaluation',
  subareaCaption: (area) => `Points per sub-area at both evaluations – ${area}`,
  columns: {
    area: 'Area',
    subarea: 'Sub-area',
    previousArea: 'Area of the previous model',
    previous: (year) => `Evaluation ${year}`,
    now: (year) => `This evaluation ${year}`,
    change: 'Change',
  },
  areaTotal: 'Sum',
  total: 'Total',
  rounded: (section) =>
    `Points are rounded to whole numbers so that the parts add up to the sums, and the change is the difference of the points shown.${section ? ` This evaluation’s exact points are in section ${section}.` : ''}`,
  totalIsNotSum: 'The previous evaluation’s total is not the sum of the areas in the table, because one of its areas has no counterpart here.',
  improvementsIntro: 'The table shows how the evaluators judged the previous evaluation’s improvement opportunities. Each judgement is also given with its improvement opportunity under the areas below.',
  judgementCaption: 'The evaluators’ judgement of the previous evaluation’s improvement opportunities',
  judgementColumn: 'Judgement',
  countColumn: 'Number',
  improvementHeading: (position) => `Improvement opportunity ${position}`,
  improvementHeadingMapped: (position, area) => `Improvement opportunity ${position} of the previous evaluation’s area ${area}`,
  noImprovements: 'The previous evaluation gave no improvement opportunities for this area.',
  judgements: { addressed: 'Addressed', partly: 'Partly addressed', not_addressed: 'Not addressed' },
  notJudgedLabel: 'Not judged',
  judgementSentence: (judgement) => `The evaluators’ judgement: ${judgement.toLocaleLowerCase('en')}.`,
  notJudged: 'The evaluators have not judged whether this improvement opportunity has been addressed.',
  planPublic: 'The municipality’s action plan is public. Each improvement opportunity lists the actions the plan links to it, with their status and how far they have come.',
  actionsIntro: 'Actions in the municipality’s action plan:',
  noActions: 'The municipality’s action plan has no action for this improvement opportunity.',
  statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
  action: (title, status, progress) => `${title}: ${status}, ${progress} complete`,
  droppedAction: (title, status, reason) => `${title}: ${status} (${reason})`,
};
