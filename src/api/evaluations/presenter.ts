import { municipalityIdParts } from '../../domain/municipality.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal } from '../../domain/decimal.js';
import { showTotal, type ShownFigure } from '../../domain/display-figures.js';
import { nameUnits } from '../../domain/complete-scores.js';
import { frameworkMax, localise, type Framework, type Language } from '../../domain/framework.js';
import { comparePublishedFigures, publishedFiguresSchema } from '../../domain/published-figures.js';
import { deriveScores, type DerivedScores } from '../../domain/scoring.js';
import type { EvaluationListRow, EvaluationRecord, EvaluationTexts } from './repository.js';
import type { EvaluationDetail, EvaluationSummary } from '../../contract/evaluations.js';

function yearOf(row: { fieldworkStart: string | null; reportDate: string | null }): number | null {
  const date = row.fieldworkStart ?? row.reportDate;
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Shapes a list row; the total is derived from the stored unit scores. An evaluation with a
 * scoring unit left without a score says so (`complete: false` and the units), so its total is
 * never taken for a complete result.
 */
export function presentEvaluationSummary(row: EvaluationListRow, framework: Framework, language: Language): EvaluationSummary {
  const max = frameworkMax(framework);
  return {
    id: row.id,
    municipality: { ...municipalityIdParts(row.municipalityId), name: row.municipalityName, shortName: row.municipalityShortName },
    framework: { id: framework.id, title: localise(framework.title, language) },
    year: yearOf(row),
    fieldworkStart: row.fieldworkStart,
    fieldworkEnd: row.fieldworkEnd,
    reportDate: row.reportDate,
    statedOrdinal: row.statedOrdinal,
    position: row.position,
    status: row.status,
    origin: row.origin,
    total: presentTotal(showTotal(row.total, max)),
    complete: row.missingUnits.length === 0,
    missingUnits: nameUnits(framework, row.missingUnits, language),
  };
}

/** A shown figure with a value (area, total) as the API gives it: exact decimal string beside the shown figures. */
function presentTotal(figure: ShownFigure & { exact: Hundredths; shown: number; percent: number }) {
  return { score: formatDecimal(figure.exact), shown: figure.shown, max: figure.max, percent: figure.percent, rounded: figure.rounded };
}

/**
 * The score figures of an evaluation as the API shows them: every shown figure as
 * `showScores` decided it, the exact decimal beside it. Shared by the detail and test fixtures.
 */
export function presentScoreFigures(framework: Framework, derived: DerivedScores, language: Language) {
  const { display } = derived;
  return {
    total: presentTotal(display.total),
    complete: display.complete,
    extremes: display.extremes,
    areas: display.areas.map((area, index) => {
      const definition = framework.areas[index];
      return {
        ...presentTotal(area),
        code: area.code,
        title: definition ? localise(definition.title, language) : area.code,
        complete: area.complete,
        extremes: area.extremes,
        subareas: area.subareas.map((unit) => {
          const subarea = definition?.subareas.find((candidate) => candidate.code === unit.code);
          return {
            code: unit.code,
            title: subarea ? localise(subarea.title, language) : unit.code,
            score: unit.exact === null ? null : formatDecimal(unit.exact),
            shown: unit.shown,
            max: unit.max,
            percent: unit.percent,
            rounded: unit.rounded,
          };
        }),
      };
    }),
  };
}

/** Shapes one evaluation with every derived figure and, for archived reports, the printed ones. */
export function presentEvaluationDetail(
  row: EvaluationListRow,
  record: EvaluationRecord,
  unitScores: ReadonlyMap<string, Hundredths>,
  texts: EvaluationTexts,
  framework: Framework,
  language: Language,
  /** The agreed scores' rationales (Markdown) by unit code. */
  rationales: ReadonlyMap<string, string> = new Map(),
): EvaluationDetail {
  const derived = deriveScores(framework, unitScores);
  const published = record.published ? publishedFiguresSchema.parse(record.published) : null;
  const summary = presentEvaluationSummary(row, framework, language);
  const figures = presentScoreFigures(framework, derived, language);
  return {
    ...summary,
    total: figures.total,
    baselineEvaluationId: record.baselineEvaluationId,
    /** Listed by the query, which knows the reader. */
    followUps: [],
    evaluators: record.evaluators,
    interviewees: record.interviewees,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    extremes: figures.extremes,
    areas: figures.areas.map((area) => {
      const written = texts.areas.get(area.code);
      return {
        ...area,
        subareas: area.subareas.map((unit) => ({ ...unit, analysis: texts.subareas.get(unit.code) ?? null, rationale: rationales.get(unit.code) ?? null })),
        introduction: written?.introduction ?? null,
        analysis: written?.analysis ?? null,
        strengths: written?.strengths ?? [],
        improvements: written?.improvements ?? [],
        goodExamples: texts.goodExamples
          .filter((example) => example.areaCode === area.code)
          .map((example) => ({
            municipality: example.municipalityId ? { ...municipalityIdParts(example.municipalityId), name: example.municipalityName ?? example.municipalityId } : null,
            unitCode: example.unitCode,
            text: example.text,
          })),
      };
    }),
    summaryComments: record.summaryComments,
    sources: record.sources,
    importReport: (record.importReport as EvaluationDetail['importReport']) ?? null,
    published,
    differences: published
      ? comparePublishedFigures(published, derived).map((difference) =>
          'derived' in difference ? { ...difference, derived: formatDecimal(difference.derived) } : difference,
        )
      : [],
  };
}
