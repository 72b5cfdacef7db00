import { criteriaEn } from './criteria-en.js';
import { developmentEn } from './development-en.js';
import type { ReportTexts } from './types.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinalSuffix(position: number): string {
  const tens = position % 100;
  if (tens >= 11 && tens <= 13) return `${position}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][position % 10] ?? 'th';
  return `${position}${suffix}`;
}

/** English report texts. Chapter 1 is written for Kompass from the facts of the method. */
export const en: ReportTexts = {
  series: 'Municipal Compass',
  coverTitle: (municipality, year) => (year ? `Evaluation of ${municipality} ${year}` : `Evaluation of ${municipality}`),
  runningTitle: (municipality, year) => `Municipal Compass – ${municipality}${year ? ` ${year}` : ''}`,
  labels: {
    skipLink: 'Skip to content',
    contents: 'Contents',
    figure: 'Chart',
    textAlternative: 'The chart in words',
    dataTable: 'Chart data',
    warning: 'Note',
    caveat: 'Comparability',
    page: 'Page',
  },
  cover: { evaluators: 'Evaluators', date: 'Date', framework: 'Model' },
  chapters: { about: 'About the Municipal Compass', summary: 'Summary', areas: 'Results by area', overview: 'Overview of points' },
  about: (framework) => [
    'The Municipal Compass (Kommunkompassen) is a tool for examining how a municipality is governed and led. It does not measure how good schools, care or other services are, but how the municipality works to make them function well: how politicians and the administration interact, how citizens gain insight and influence, how results are followed up and what conditions managers and staff are given.',
    'The method was developed in Norway in the mid-1990s and has been used in Sweden since 2002, run by the Swedish Association of Local Authorities and Regions (SKR). In Norway, KS uses it under the name Kommunekompasset. Hundreds of evaluations have been carried out, and many municipalities are evaluated several times to see how their work has developed.',
    `The assessment covers eight areas of 100 points each, 800 points at most. Each area is divided into sub-areas with their own maximum points. This report follows the model ${framework}. The model is revised every few years, and each version sets higher demands than the one before.`,
    'Two evaluators carry out the work. They read the municipality’s governing documents and its answers to a set of questions, review its website and other channels, and spend a couple of days interviewing elected representatives from both majority and opposition, senior officials, union representatives and other key people. They then score each sub-area and describe, for every area, the municipality’s strengths and improvement opportunities, often with good examples from other municipalities.',
    'The points in the tables are rounded to whole numbers in a way that makes sub-area points always add up to the area’s points and area points to the total. Percentages are calculated from the exact points. Averages of other municipalities always state the number of evaluations they rest on (n).',
  ],
  summary: {
    evaluation: 'The evaluation',
    result: 'Result',
    national: 'Compared with the national average',
    history: 'Compared with earlier evaluations',
    peer: 'Compared with similar municipalities',
    comments: 'Summary comments',
    fieldwork: 'Fieldwork',
    reportDate: 'Report date',
    ordinal: 'Evaluation in order',
    interviewees: 'Interviewed',
    sources: 'Sources',
    evaluatedWhen: (municipality, period) => `Time of the evaluation of ${municipality}: ${period}.`,
    ordinalSentence: (municipality, ordinal) => `This is the ${ordinal} time ${municipality} has been evaluated with the Municipal Compass.`,
    ordinalWord: (position) => ORDINALS[position - 1] ?? ordinalSuffix(position),
    intervieweesValue: (count) => `${count} people`,
    intervieweesSentence: (count) => `The evaluators interviewed ${count} people.`,
    sourcesIntro: 'The evaluation is based on the following sources:',
    resultSentence: (municipality, shown, max, percent) => `${municipality} scored ${shown} of ${max} points (${percent}).`,
    incomplete: 'Not every sub-area has been scored yet; missing points count as zero.',
    nationalSentence: (framework, since, n) =>
      since
        ? `The national average rests on the published evaluations with ${framework} since ${since} (${n}).`
        : `The national average rests on all published evaluations with ${framework} (${n}).`,
    rankSentence: (municipality, rank, n, percentile) =>
      `${municipality} ranks ${rank} of ${n}; ${percentile} of the municipalities have the same or a lower total.`,
    noNational: 'There are no published evaluations yet to calculate an average from.',
    historySentence: (municipality, count) => `The chart compares the result with ${municipality}’s ${count} earlier evaluations.`,
    peerSentence: (label, n) => `The peer group is ${label} (${n}).`,
    referenceSource: (label, source, date) => `${label}: published average from ${source}, ${date}.`,
    belowMinimum: (n, minN) => `The average rests on fewer than ${minN} evaluations (${n}) and should be read with caution.`,
  },
  area: {
    areaHeading: (code, title) => `Area ${code}: ${title}`,
    subareas: 'Evaluated sub-areas',
    analysis: 'Analysis',
    score: 'Points',
    strengths: 'Strengths',
    improvements: 'Improvement opportunities',
    goodExamples: 'Good examples',
    none: 'None stated.',
    scoreValue: (shown, max, percent) => `${shown} of ${max} points (${percent})`,
    maxPoints: (max) => `at most ${max} points`,
    notScored: 'not scored',
    subareaChartTitle: (area) => `Points per sub-area – ${area}`,
  },
  overview: {
    intro: 'The tables show the points per sub-area and area as whole numbers that add up to the area totals and the report total. Percentages are the shown points of the maximum.',
    subarea: 'Sub-area',
    area: 'Area',
    achieved: 'Points',
    max: 'Max',
    percent: 'Percent',
    areaTotal: 'Sum',
    total: 'Total',
    tableCaption: (area) => `Points per sub-area – ${area}`,
    totalCaption: 'Points per area and in total',
  },
  notes: {
    rounded: (section) => `Points are rounded to whole numbers so that the parts add up to the totals, and percentages are calculated from the rounded points. The exact points are in section ${section}.`,
    wholePoints: (section) =>
      `Points are rounded to whole numbers so that the areas add up to the total.${section ? ` This evaluation’s exact points are in section ${section}.` : ''}`,
    averages: 'Averages are shown with one decimal, and lowest–highest is rounded outwards to one decimal.',
    totalIsNotSum: (label) => `The total of ${label} is not the sum of the areas in the table: it is stated on its own, by the source or over areas without a counterpart here.`,
  },
  exact: {
    heading: 'Exact points',
    intro:
      'Points are set with up to two decimals. The report’s tables, charts and texts show them as whole numbers, rounded by the largest remainder method so that the sub-areas add up to their area and the areas to the total; percentages are calculated from the shown points. These are the points as set.',
    caption: (area) => `Exact points per sub-area – ${area}`,
    totalCaption: 'Exact points per area and in total',
    score: 'Exact points',
  },
  comparison: {
    area: 'Area',
    municipality: 'The municipality',
    average: 'Average',
    n: 'Number (n)',
    range: 'Lowest–highest',
    total: 'Total',
    nationalCaption: 'The municipality’s points and the national average per area',
    peerCaption: (label) => `The municipality’s points and the average of ${label}`,
    historyCaption: 'Points per area in the municipality’s evaluations',
    evaluationOf: (year) => `Evaluation ${year}`,
    thisEvaluation: (year) => `This evaluation ${year}`,
    nationalSeries: (n) => `National average (${n})`,
    groupSeries: (label, n) => `${label} (${n})`,
  },
  development: developmentEn,
  criteria: criteriaEn,
};
