/** Rows of the good-example reads → the contract's answers. */
import { goodExamplePositions } from '../../domain/good-example-passages.js';
import { rankCitedMunicipalities } from '../../domain/good-example-ranking.js';
import { frameworkOf, localise, type Catalogue, type Framework, type Language } from '../../domain/framework.js';
import { municipalityIdParts } from '../../domain/municipality.js';
import { textAnchor } from '../../domain/text-anchors.js';
import { compareText } from '../../i18n/format.js';
import type { MunicipalityRow } from '../municipalities/repository.js';
import type { AreaExampleRow, CitationRow, CitedFactRow } from './repository.js';
import type { CitedAsGoodExample, GoodExampleGroup, GoodExampleOverview } from '../../contract/good-examples.js';

const yearOf = (row: { fieldworkStart: string | null; reportDate: string | null }): number | null => {
  const date = row.fieldworkStart ?? row.reportDate;
  return date ? Number(date.slice(0, 4)) : null;
};

function areaAndSubarea(framework: Framework, areaCode: string | null, unitCode: string | null, language: Language) {
  const area = areaCode !== null ? framework.areas.find((candidate) => candidate.code === areaCode) : undefined;
  const subarea = area && unitCode !== null ? area.subareas.find((candidate) => candidate.code === unitCode) : undefined;
  return {
    area: area ? { code: area.code, title: localise(area.title, language) } : null,
    subarea: subarea ? { code: subarea.code, title: localise(subarea.title, language) } : null,
  };
}

/** The fragment id of each example on its evaluation's page (null for examples the page shows under no area). */
function anchorsOf(examples: readonly AreaExampleRow[]): Map<number, string> {
  const byArea = new Map<string, AreaExampleRow[]>();
  for (const example of examples) {
    if (example.areaCode === null) continue;
    const key = `${example.evaluationId}/${example.areaCode}`;
    byArea.set(key, [...(byArea.get(key) ?? []), example]);
  }
  const anchors = new Map<number, string>();
  for (const rows of byArea.values()) {
    const positions = goodExamplePositions(rows.map((row) => row.text));
    rows.forEach((row, index) => {
      const position = positions[index];
      if (position !== null && position !== undefined && row.areaCode !== null) anchors.set(row.id, textAnchor({ kind: 'good-example', areaCode: row.areaCode, position }));
    });
  }
  return anchors;
}

export function presentCitations(
  catalogue: Catalogue,
  language: Language,
  municipality: MunicipalityRow,
  citations: readonly CitationRow[],
  examples: readonly AreaExampleRow[],
): CitedAsGoodExample {
  const anchors = anchorsOf(examples);
  return {
    municipality: { id: municipality.id, country: municipality.country, code: municipality.code, name: municipality.shortName },
    citations: citations.map((row) => {
      const framework = frameworkOf(catalogue, row.frameworkId);
      return {
        citing: { ...municipalityIdParts(row.citingId), name: row.citingName },
        evaluation: { id: row.evaluationId, year: yearOf(row), model: { id: framework.id, title: localise(framework.title, language) } },
        ...areaAndSubarea(framework, row.areaCode, row.unitCode, language),
        text: row.text,
        anchor: anchors.get(row.exampleId) ?? null,
      };
    }),
    evaluationCount: new Set(citations.map((row) => row.evaluationId)).size,
  };
}

/** Groups: newest model version first, then in the framework's order, each area's own group before its sub-areas'. */
export function presentOverview(catalogue: Catalogue, language: Language, facts: readonly CitedFactRow[], limit: number): GoodExampleOverview {
  const names = new Map(facts.map((fact) => [fact.citedId, fact.citedName]));
  const known = facts.filter((fact) => {
    const framework = catalogue.frameworks.get(fact.frameworkId);
    const area = framework?.areas.find((candidate) => candidate.code === fact.areaCode);
    return area !== undefined && (fact.unitCode === null || area.subareas.some((subarea) => subarea.code === fact.unitCode));
  });
  const groupKey = (fact: CitedFactRow) => `${fact.frameworkId}|${fact.areaCode}|${fact.unitCode ?? ''}`;
  const ranked = rankCitedMunicipalities(
    known.map((fact) => ({ group: groupKey(fact), municipalityId: fact.citedId, evaluationId: fact.evaluationId })),
    limit,
    (a, b) => compareText(names.get(a) ?? a, names.get(b) ?? b, language),
  );
  const groups = ranked.map((group) => {
    const [frameworkId = '', areaCode = '', unitCode = ''] = group.group.split('|');
    const framework = frameworkOf(catalogue, frameworkId);
    const { area, subarea } = areaAndSubarea(framework, areaCode, unitCode === '' ? null : unitCode, language);
    const areaIndex = framework.areas.findIndex((candidate) => candidate.code === areaCode);
    const subareaIndex = unitCode === '' ? -1 : (framework.areas[areaIndex]?.subareas.findIndex((candidate) => candidate.code === unitCode) ?? 0);
    const shown: GoodExampleGroup = {
      model: { id: framework.id, title: localise(framework.title, language) },
      area: area!,
      subarea,
      municipalities: group.top.map((entry) => ({
        municipality: { ...municipalityIdParts(entry.municipalityId), name: names.get(entry.municipalityId) ?? entry.municipalityId },
        citations: entry.citations,
        evaluations: entry.evaluations,
      })),
      municipalityCount: group.municipalityCount,
    };
    return { shown, order: [-framework.usedFrom, areaIndex, subareaIndex] as const };
  });
  groups.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return { groups: groups.map((group) => group.shown), limit };
}
