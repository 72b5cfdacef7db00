/**
 * Conversions between a model version as authored (src/domain/framework-draft.ts) and the strict
 * framework evaluations use (src/domain/framework.ts), and the draft as it is kept: optional texts
 * left empty in every language are left out, so every file format carries the same draft.
 */
import type { DraftFramework, DraftMap, DraftText } from './framework-draft.js';
import { areaMapSchema, frameworkSchema, type AreaMap, type Framework, type Language, type LocalisedText } from './framework.js';

const LANGUAGES: readonly Language[] = ['sv', 'en', 'nb'];

/** True when a text is absent or empty in every language (when some language has it, every language must). */
export const isBlank = (text: DraftText | LocalisedText | undefined): boolean => !text || LANGUAGES.every((language) => (text[language] ?? '').trim() === '');

/**
 * A draft as it is kept: optional texts (note, guidance, typical evidence) left empty in every
 * language are left out, so every file format carries the same draft.
 */
export function normaliseDraft(draft: DraftFramework): DraftFramework {
  const optional = <K extends string>(key: K, text: DraftText | undefined) => (isBlank(text) ? {} : { [key]: text });
  const { note, ...rest } = draft;
  return {
    ...rest,
    ...optional('note', note),
    areas: draft.areas.map((area) => ({
      ...area,
      subareas: area.subareas.map((subarea) => ({
        ...subarea,
        criteria: subarea.criteria.map(({ guidance, typicalEvidence, ...criterion }) => ({
          ...criterion,
          ...optional('guidance', guidance),
          ...optional('typicalEvidence', typicalEvidence),
        })),
      })),
    })),
  };
}

/** A map as it is kept: a caveat left empty in every language is left out. */
export function normaliseMap(map: DraftMap): DraftMap {
  const { caveat, ...rest } = map;
  return isBlank(caveat) ? rest : { ...rest, caveat: caveat! };
}

const dropUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The strict framework of a draft without problems (throws when it has some: check first). */
export function frameworkOfDraft(draft: DraftFramework): Framework {
  return dropUndefined(frameworkSchema.parse(normaliseDraft(draft)));
}

/** The strict map of a draft's map without problems. */
export function areaMapOfDraft(map: DraftMap): AreaMap {
  return dropUndefined(areaMapSchema.parse(normaliseMap(map)));
}

/** A framework (shipped or published) as a draft, every text in every language. */
export function draftOfFramework(framework: Framework): DraftFramework {
  return dropUndefined({
    id: framework.id,
    title: framework.title,
    revision: framework.revision,
    usedFrom: framework.usedFrom,
    usedTo: framework.usedTo,
    current: framework.current,
    scoreStep: framework.scoreStep as DraftFramework['scoreStep'],
    note: framework.note,
    basedOn: framework.basedOn,
    criteriaRule: framework.criteriaRule ?? 'weighted-share',
    example: framework.example ?? false,
    areas: framework.areas.map((area) => ({
      code: area.code,
      title: area.title,
      max: area.max,
      aliases: area.aliases,
      subareas: area.subareas.map((subarea) => ({
        code: subarea.code,
        title: subarea.title,
        max: subarea.max,
        aliases: subarea.aliases,
        criteria: (subarea.criteria ?? []).map((criterion) => ({
          code: criterion.code,
          text: criterion.text,
          guidance: criterion.guidance,
          typicalEvidence: criterion.typicalEvidence,
          weight: criterion.weight,
          scale: criterion.scale,
        })),
      })),
    })),
  });
}

/** A map of the catalogue as a draft map. */
export function draftOfMap(map: AreaMap): DraftMap {
  return dropUndefined({ from: map.from, to: map.to, areas: map.areas, subareas: map.subareas ?? {}, caveat: map.caveat });
}
