import { criteriaOf, frameworkMax, isScoredBySubarea, localise, type Catalogue, type Criterion, type Framework, type Language } from '../../domain/framework.js';
import type { CriterionView, FrameworkDetail, FrameworkSummary } from '../../contract/frameworks.js';

export function presentFrameworkSummary(framework: Framework, language: Language): FrameworkSummary {
  return {
    id: framework.id,
    title: localise(framework.title, language),
    revision: framework.revision,
    usedFrom: framework.usedFrom,
    usedTo: framework.usedTo,
    current: framework.current,
    max: frameworkMax(framework),
    areaCount: framework.areas.length,
    scoredBy: framework.areas.every(isScoredBySubarea) ? 'subarea' : 'area',
  };
}

export function presentFrameworkDetail(framework: Framework, catalogue: Catalogue, language: Language): FrameworkDetail {
  return {
    ...presentFrameworkSummary(framework, language),
    note: framework.note ? localise(framework.note, language) : null,
    scoreStep: framework.scoreStep,
    basedOn: framework.basedOn ?? null,
    criteriaRule: framework.criteriaRule ?? 'weighted-share',
    example: framework.example ?? false,
    areas: framework.areas.map((area) => ({
      code: area.code,
      title: localise(area.title, language),
      max: area.max,
      aliases: area.aliases,
      scoredBy: isScoredBySubarea(area) ? 'subarea' : 'area',
      subareas: area.subareas.map((subarea) => ({
        code: subarea.code,
        title: localise(subarea.title, language),
        max: subarea.max ?? null,
        aliases: subarea.aliases,
        criteria: criteriaOf(subarea).map((criterion) => presentCriterion(criterion, language)),
      })),
    })),
    areaMaps: catalogue.areaMaps
      .filter((map) => map.from === framework.id || map.to === framework.id)
      .map((map) => ({ ...map, subareas: map.subareas ?? {}, caveat: localise(map.caveat ?? catalogue.caveat, language) })),
  };
}

/** A criterion in the asked language. */
export function presentCriterion(criterion: Criterion, language: Language): CriterionView {
  return {
    code: criterion.code,
    text: localise(criterion.text, language),
    guidance: criterion.guidance ? localise(criterion.guidance, language) : null,
    typicalEvidence: criterion.typicalEvidence ? localise(criterion.typicalEvidence, language) : null,
    weight: criterion.weight,
    scale:
      criterion.scale.kind === 'met'
        ? { kind: 'met' }
        : { kind: 'levels', levels: criterion.scale.levels.map((level) => ({ code: level.code, label: localise(level.label, language), points: level.points })) },
  };
}

/** Newest model first, as users look for the current one. */
export function sortFrameworks(frameworks: Iterable<Framework>): Framework[] {
  return [...frameworks].sort((a, b) => b.usedFrom - a.usedFrom);
}
