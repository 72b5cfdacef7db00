import type { sv } from './sv.js';

/** English texts of the municipality start page (My municipality): every key of the Swedish catalogue. */
export const en: Record<keyof typeof sv, string> = {
  'myMunicipality.nav': 'My municipality',
  'myMunicipality.title': 'My municipality',
  'myMunicipality.heading': 'My municipality: {name}',
  'myMunicipality.intro': "Here you see the municipality's evaluations, how the work on the action plan is going and when the next follow-up is.",
  'myMunicipality.anonymous': "The page My municipality is for the municipalities' users. Sign in to see it.",
  'myMunicipality.notMunicipalityUser': "You are signed in as {name} ({role}). The page My municipality is for the municipalities' users.",
  'myMunicipality.chooseMunicipality': "As an administrator you choose which municipality to see: add ?kommun= with the municipality's id to the address, for example {example}.",

  'myMunicipality.plan.heading': 'Action plan',
  'myMunicipality.plan.for': 'The action plan of the evaluation {year} ({framework}).',
  'myMunicipality.plan.forUndated': 'The action plan of the evaluation by {framework}.',
  'myMunicipality.plan.open': 'Open the action plan',
  'myMunicipality.plan.none': 'The municipality has no action plan yet.',
  'myMunicipality.plan.start': 'Make an action plan from the evaluation {year}',
  'myMunicipality.plan.noPublished': 'An action plan is made from a published evaluation. The municipality has no published evaluation yet.',
  'myMunicipality.plan.visibility.municipality': 'The plan is shown only to the municipality and the administrators.',
  'myMunicipality.plan.visibility.evaluators': 'The plan is shown to the municipality, the administrators and the evaluators.',
  'myMunicipality.plan.visibility.public': 'The plan is published and everyone can read it.',
  'myMunicipality.summary.label': 'Where the action plan stands',
  'myMunicipality.summary.improvements': 'Improvement opportunities with an action',
  'myMunicipality.summary.improvementsValue': '{withAction} of {total}',
  'myMunicipality.summary.improvementsDone': 'Improvement opportunities whose work is done',
  'myMunicipality.summary.actions': 'Actions',
  'myMunicipality.summary.actionsValue':
    '{count, plural, one {# action} other {# actions}}: {planned} planned, {inProgress} in progress, {done} done, {dropped} dropped',
  'myMunicipality.summary.progress': 'Mean progress',
  'myMunicipality.summary.overdue': 'Overdue actions',

  'myMunicipality.overdue.heading': 'Overdue',
  'myMunicipality.overdue.none': 'No action is overdue.',
  'myMunicipality.overdue.mark': 'Overdue',
  'myMunicipality.overdue.due': 'was due {date}',
  'myMunicipality.dueSoon.heading': 'Due within {days} days',
  'myMunicipality.dueSoon.none': 'No action is due in the next {days} days.',
  'myMunicipality.dueSoon.due': 'due {date}',
  'myMunicipality.action.responsible': 'Responsible',
  'myMunicipality.action.noResponsible': 'No one named responsible',
  'myMunicipality.action.progress': '{progress} % done',

  'myMunicipality.followUp.heading': 'Next follow-up',
  'myMunicipality.followUp.planned': 'The municipality plans its next evaluation for {date}.',
  'myMunicipality.followUp.notPlanned': 'No time for the next evaluation has been set. It can be given in the action plan.',
  'myMunicipality.followUp.underWay': 'A follow-up evaluation is under way:',
  'myMunicipality.followUp.evaluationLink': 'The follow-up by {framework}',

  'myMunicipality.evaluations.heading': "The municipality's evaluations",
  'myMunicipality.evaluations.caption': 'Evaluations of {name}, the latest first',
  'myMunicipality.evaluations.none': 'The municipality has no evaluations in Kompass yet.',
  'myMunicipality.evaluations.status': 'Status',
};
