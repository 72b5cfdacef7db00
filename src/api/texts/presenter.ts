import { municipalityIdParts } from '../../domain/municipality.js';
import { asTextLayout, type OutlineArea, type OutlineSubarea } from '../../domain/evaluation-texts.js';
import { localise, type Language } from '../../domain/framework.js';
import type { AreaTextRow, GoodExampleRow, SubareaTextRow, SummaryRow } from './repository.js';
import type { AreaText, EvaluationTextsView, GoodExample, SubareaText, SummaryText } from '../../contract/texts.js';

/** An area's text, titled in `language`; an area nothing is written for yet reads as empty, at version 0. */
export function presentAreaText(area: OutlineArea, row: AreaTextRow | null, language: Language): AreaText {
  return {
    areaCode: area.code,
    title: localise(area.title, language),
    layout: row ? asTextLayout(row.layout) : 'summary',
    analysis: row?.analysis ?? '',
    strengths: row?.strengths ?? [],
    improvements: row?.improvements ?? [],
    version: row?.version ?? 0,
    takenOver: row?.takenOver ?? false,
  };
}

export function presentSubareaText(subarea: OutlineSubarea, row: SubareaTextRow | null, language: Language): SubareaText {
  return {
    unitCode: subarea.code,
    title: localise(subarea.title, language),
    analysis: row?.analysis ?? '',
    version: row?.version ?? 0,
    takenOver: row?.takenOver ?? false,
  };
}

export function presentSummary(row: SummaryRow): SummaryText {
  return { text: row.text ?? '', version: row.version };
}

export function presentGoodExample(row: GoodExampleRow): GoodExample {
  return {
    id: row.id,
    areaCode: row.areaCode,
    unitCode: row.unitCode,
    municipality: row.municipalityId ? { ...municipalityIdParts(row.municipalityId), name: row.municipalityName ?? row.municipalityId } : null,
    text: row.text,
    version: row.version,
  };
}

/** Every text the framework has room for, in framework order, written or not. */
export function presentEvaluationTexts(
  outline: readonly OutlineArea[],
  language: Language,
  summary: SummaryRow,
  areaRows: readonly AreaTextRow[],
  subareaRows: readonly SubareaTextRow[],
  exampleRows: readonly GoodExampleRow[],
): EvaluationTextsView {
  const areas = new Map(areaRows.map((row) => [row.areaCode, row]));
  const subareas = new Map(subareaRows.map((row) => [row.unitCode, row]));
  return {
    summary: presentSummary(summary),
    areas: outline.map((area) => ({
      ...presentAreaText(area, areas.get(area.code) ?? null, language),
      subareas: area.subareas.map((subarea) => presentSubareaText(subarea, subareas.get(subarea.code) ?? null, language)),
    })),
    goodExamples: exampleRows.map(presentGoodExample),
  };
}
