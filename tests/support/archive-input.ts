import type { ArchiveEvaluationInput } from '../../src/api/imports/archive-input.js';

/**
 * An archived report's evaluation as the importer hands it to `saveArchivedEvaluation`: the
 * municipality, model and fieldwork given, everything else empty unless overridden.
 */
export function archiveInput(
  fields: Pick<ArchiveEvaluationInput, 'municipalityId' | 'frameworkId' | 'fieldworkStart'> & Partial<ArchiveEvaluationInput>,
): ArchiveEvaluationInput {
  return {
    fieldworkEnd: null,
    reportDate: null,
    statedOrdinal: null,
    evaluators: [],
    interviewees: null,
    sources: [],
    summaryComments: null,
    scores: [],
    published: { areaTotals: {}, chapterScores: {}, subareas: {} },
    areaTexts: [],
    subareaTexts: [],
    goodExamples: [],
    importReport: { file: 'rapport.pdf', discrepancies: [], notes: [] },
    ...fields,
  };
}
