/**
 * Published evaluations → the open-data rows of the contract (src/contract/open-data.ts): one per
 * evaluation, one per scoring unit. Decimals are exact: stored hundredths written as decimal text
 * with `.` ("61.5"); the writers turn them into a decimal comma or a number cell.
 */
import { areaScoresOf } from '../../domain/area-scores.js';
import { formatPoints, parseDecimal, type Hundredths } from '../../domain/decimal.js';
import { frameworkMax, frameworkOf, listScoringUnits, localise, type Catalogue, type Framework } from '../../domain/framework.js';
import {
  OPEN_DATA_ATTRIBUTION,
  OPEN_DATA_LICENCE,
  type EvaluationRow,
  type OpenDataLanguage,
  type ScoreRow,
} from '../../contract/open-data.js';
import type { PublishedEvaluationRecord } from './repository.js';

/** What rows need besides the records: the catalogue, the public address, the language. */
export interface RowSettings {
  catalogue: Catalogue;
  /** The app's public address without a trailing slash ("https://kompass.example.se"). */
  publicUrl: string;
  language: OpenDataLanguage;
}

const decimalText = (value: Hundredths | null | undefined): string | null => (value === null || value === undefined ? null : formatPoints(value, '.'));

function scoreMapOf(record: PublishedEvaluationRecord): Map<string, Hundredths> {
  const scores = new Map<string, Hundredths>();
  for (const [code, text] of record.scores) {
    const value = parseDecimal(text);
    if (value !== null) scores.set(code, value);
  }
  return scores;
}

/** The evaluation's public page (the web app's `/utvarderingar/:id`). */
export const evaluationPageUrl = (publicUrl: string, id: string): string => `${publicUrl}/utvarderingar/${id}`;
/** The evaluation's report as a web page (public for published evaluations). */
export const evaluationReportUrl = (publicUrl: string, id: string): string => `${publicUrl}/api/evaluations/${id}/report`;

export function evaluationRowOf(record: PublishedEvaluationRecord, settings: RowSettings): EvaluationRow {
  const framework = frameworkOf(settings.catalogue, record.frameworkId);
  const { areas, total, complete } = areaScoresOf(framework, scoreMapOf(record));
  const areaByNumber = new Map(areas.map((area) => [area.code, area.score]));
  const area = (number: number): string | null => decimalText(areaByNumber.get(String(number)));
  return {
    evaluation_id: record.id,
    municipality_id: record.municipalityId,
    municipality_code: record.municipalityCode,
    municipality: record.municipality,
    county_id: record.countyId,
    county: record.county,
    country: record.country,
    year: record.year,
    model: record.frameworkId,
    area_1: area(1),
    area_2: area(2),
    area_3: area(3),
    area_4: area(4),
    area_5: area(5),
    area_6: area(6),
    area_7: area(7),
    area_8: area(8),
    total: decimalText(total),
    max: decimalText(frameworkMax(framework) * 100) ?? '0',
    complete,
    printed_total: record.published?.total ?? null,
    report_date: record.reportDate,
    fieldwork_start: record.fieldworkStart,
    fieldwork_end: record.fieldworkEnd,
    origin: record.origin,
    source: evaluationPageUrl(settings.publicUrl, record.id),
    report: evaluationReportUrl(settings.publicUrl, record.id),
    licence: OPEN_DATA_LICENCE.url,
    attribution: OPEN_DATA_ATTRIBUTION[settings.language],
  };
}

interface UnitInfo {
  code: string;
  area: string;
  title: string;
  /** Hundredths, or null where the model states no maximum. */
  max: Hundredths | null;
  /** Whether the unit is a whole area (models scored per area). */
  isArea: boolean;
}

const unitCache = new WeakMap<Framework, Map<OpenDataLanguage, UnitInfo[]>>();

/** The scoring units of a framework in its order, with titles in the language (kept per framework). */
function unitsOf(framework: Framework, language: OpenDataLanguage): UnitInfo[] {
  let byLanguage = unitCache.get(framework);
  if (!byLanguage) unitCache.set(framework, (byLanguage = new Map()));
  let units = byLanguage.get(language);
  if (!units) {
    const titles = new Map<string, string>();
    for (const area of framework.areas) {
      titles.set(area.code, localise(area.title, language));
      for (const subarea of area.subareas) titles.set(subarea.code, localise(subarea.title, language));
    }
    units = listScoringUnits(framework).map((unit) => ({
      code: unit.code,
      area: unit.areaCode,
      title: titles.get(unit.code) ?? unit.code,
      max: unit.max > 0 ? unit.max * 100 : null,
      isArea: unit.code === unit.areaCode,
    }));
    byLanguage.set(language, units);
  }
  return units;
}

/** The number of scoring units (score rows) of an evaluation. */
export const scoreRowCountOf = (record: PublishedEvaluationRecord, catalogue: Catalogue): number =>
  listScoringUnits(frameworkOf(catalogue, record.frameworkId)).length;

/**
 * One row per scoring unit of the evaluation's model, in model order, from `fromIndex` on: a unit
 * without a score has an empty score. Printed figures come from the archived report where it has
 * them (the overview table's sub-area figures; an area scored as a whole: its printed area total).
 */
export function scoreRowsOf(record: PublishedEvaluationRecord, settings: RowSettings, fromIndex = 0): ScoreRow[] {
  const framework = frameworkOf(settings.catalogue, record.frameworkId);
  const scores = scoreMapOf(record);
  const published = record.published;
  const attribution = OPEN_DATA_ATTRIBUTION[settings.language];
  return unitsOf(framework, settings.language)
    .slice(fromIndex)
    .map((unit) => {
      const printed = published?.subareas[unit.code];
      const printedArea = unit.isArea ? published?.areaTotals[unit.code] : undefined;
      return {
        evaluation_id: record.id,
        municipality_id: record.municipalityId,
        municipality: record.municipality,
        country: record.country,
        year: record.year,
        model: record.frameworkId,
        area: unit.area,
        unit_code: unit.code,
        unit_title: unit.title,
        score: decimalText(scores.get(unit.code)),
        max: decimalText(unit.max),
        printed_score: printed?.score ?? printedArea ?? null,
        printed_max: printed?.max ?? null,
        printed_percent: printed?.percent ?? null,
        licence: OPEN_DATA_LICENCE.url,
        attribution,
      };
    });
}
