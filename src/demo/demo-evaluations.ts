import type { z } from 'zod';
import type { createEvaluationSchema } from '../contract/evaluations.js';
import { ARCHIVE_TEXTS_1060_2022, ARCHIVE_TEXTS_2029_2023, ARCHIVE_TEXTS_2284_2017, type ArchiveDemoTexts } from './demo-texts-archive.js';
import { unitScores } from './unit-scores.js';

/**
 * Facts from three published Kommunkompassen reports (scores, dates, evaluator names), entered
 * by hand so the demo works without the report files. No prose from the reports is used.
 * The printed figures are kept as printed, including the reports' own inconsistencies, so the
 * demo shows how Kompass flags them. Some carry written texts made up for the demo
 * (demo-texts-archive.ts), so the public archive has Swedish prose to search.
 */
type DemoEvaluation = Omit<z.input<typeof createEvaluationSchema>, 'scores' | 'evaluators' | 'status' | 'origin'> & {
  evaluators: string[];
  scores: Record<string, number>;
  /** Written texts, stored with the evaluation as an import stores a report's. */
  texts?: ArchiveDemoTexts;
};

const areaScores = (values: number[]): Record<string, number> => Object.fromEntries(values.map((value, index) => [String(index + 1), value]));

const printed = (values: number[]): Record<string, string> => Object.fromEntries(values.map((value, index) => [String(index + 1), String(value)]));

export const DEMO_EVALUATIONS: DemoEvaluation[] = [
  {
    municipalityId: 'se-2284',
    frameworkId: 'kommunkompassen-2010',
    fieldworkStart: '2013-02',
    reportDate: '2013',
    statedOrdinal: 1,
    evaluators: [],
    scores: areaScores([48, 37, 66, 58, 61, 58, 43, 70]),
    published: { areaTotals: printed([48, 37, 66, 58, 61, 58, 43, 70]), chapterScores: {}, total: '441', source: 'annex' },
  },
  {
    municipalityId: 'se-2284',
    frameworkId: 'kommunkompassen-2010',
    reportDate: '2015',
    statedOrdinal: 2,
    evaluators: [],
    scores: areaScores([68, 49, 74, 72, 74, 76, 61, 77]),
    published: { areaTotals: printed([68, 49, 74, 72, 74, 76, 61, 77]), chapterScores: {}, total: '551', source: 'annex' },
  },
  {
    municipalityId: 'se-2284',
    frameworkId: 'kommunkompassen-2016',
    fieldworkStart: '2017-02',
    fieldworkEnd: '2017-03',
    reportDate: '2017',
    statedOrdinal: 3,
    evaluators: ['Lars Strid', 'Ewa Luvö'],
    interviewees: 30,
    texts: ARCHIVE_TEXTS_2284_2017,
    scores: unitScores([[11, 17, 17, 22, 7], [6, 20, 13, 11, 7], [11, 13, 17, 17, 14], [12, 5, 15, 7, 13, 18], [12, 9, 10, 12, 16, 9], [15, 11, 19, 13, 12, 7], [12, 11, 16, 11, 7], [13, 14, 14, 12, 6, 12, 6]]),
    published: {
      areaTotals: printed([74, 57, 73, 70, 68, 76, 57, 77]),
      chapterScores: printed([74, 57, 73, 70, 68, 76, 57, 77]),
      source: 'overview-table',
    },
  },
  {
    municipalityId: 'se-1060',
    frameworkId: 'kommunkompassen-2020',
    fieldworkStart: '2022-02',
    statedOrdinal: 2,
    evaluators: ['Josephine Härdin', 'Linda Persson-Melin'],
    interviewees: 40,
    texts: ARCHIVE_TEXTS_1060_2022,
    scores: unitScores([[10, 6, 15, 3, 20], [12, 18, 20, 15], [8, 18, 13, 15, 8], [11, 9, 9, 11, 11], [9, 9, 13, 9, 13], [9, 11, 11, 12], [12, 21, 19, 11], [11, 17, 13, 20]]),
    published: {
      areaTotals: printed([54, 65, 62, 51, 53, 43, 63, 61]),
      chapterScores: printed([54, 65, 62, 51, 53, 43, 63, 61]),
      source: 'overview-table',
    },
  },
  {
    municipalityId: 'se-2029',
    frameworkId: 'kommunkompassen-2020',
    fieldworkStart: '2023-08',
    reportDate: '2023-11-23',
    statedOrdinal: 1,
    evaluators: ['Fredrik Carlsson', 'Linda Nordberg'],
    interviewees: 40,
    texts: ARCHIVE_TEXTS_2029_2023,
    scores: unitScores([[9, 7, 12, 2, 22], [7, 17, 17, 16], [6, 13, 13, 14, 8], [7, 11, 10, 7, 13], [11, 4, 13, 13, 11], [13, 13, 8, 14], [8, 15, 12, 13], [10, 15, 11, 17]]),
    published: {
      areaTotals: printed([52, 57, 54, 48, 52, 48, 48, 53]),
      chapterScores: printed([52, 57, 54, 47, 51, 47, 48, 52]),
      source: 'overview-table',
    },
  },
];
