import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { draftFrameworkSchema, type DraftFramework, type DraftMap, type FrameworkProblemCode } from './framework-draft.js';
import { draftFromBase } from './framework-new-version.js';
import { areaMapOfDraft, draftOfFramework, draftOfMap, frameworkOfDraft, normaliseDraft } from './framework-draft-convert.js';
import { frameworkProblems, type FrameworkProblemContext } from './framework-problems.js';
import { frameworkSchema } from './framework.js';

const catalogue = loadCatalogue();
const shipped2020 = catalogue.frameworks.get('kommunkompassen-2020')!;
const context: FrameworkProblemContext = { takenIds: new Set(catalogue.frameworks.keys()), targets: catalogue.frameworks };
const text = (word: string) => ({ sv: `${word} (sv)`, en: `${word} (en)`, nb: `${word} (nb)` });

/** The 2020 version as a new draft with criteria of both scales on sub-area 1.1, mapped to 2020. */
function validDraft(): { definition: DraftFramework; maps: DraftMap[] } {
  const made = draftFromBase({ definition: draftOfFramework(shipped2020), maps: [], authored: false }, { id: 'kommunkompassen-2030', title: text('Kompassen 2030'), year: 2030 });
  const subarea = made.definition.areas[0]!.subareas[0]!;
  subarea.criteria = [
    { code: '1.1.1', text: text('Det finns en plan'), guidance: text('Läs planen'), weight: 2, scale: { kind: 'met' } },
    {
      code: '1.1.2',
      text: text('Uppföljningen'),
      weight: 1,
      scale: {
        kind: 'levels',
        levels: [
          { code: 'ingen', label: text('Ingen'), points: 0 },
          { code: 'arlig', label: text('Årlig'), points: 2 },
        ],
      },
    },
  ];
  return made;
}

const codes = (draft: DraftFramework, maps: DraftMap[] = []) => frameworkProblems(draft, maps, context).map((problem) => `${problem.code} ${problem.path}`);
const only = (draft: DraftFramework, maps: DraftMap[], code: FrameworkProblemCode) => frameworkProblems(draft, maps, context).filter((problem) => problem.code === code);

describe('frameworkProblems', () => {
  it('finds none in a valid draft, which then reads as a strict framework with its maps', () => {
    const { definition, maps } = validDraft();
    expect(frameworkProblems(definition, maps, context)).toEqual([]);
    expect(frameworkSchema.safeParse(frameworkOfDraft(definition)).success).toBe(true);
    expect(areaMapOfDraft(maps[0]!)).toMatchObject({ from: 'kommunkompassen-2030', to: 'kommunkompassen-2020' });
    expect(maps[0]!.subareas).toMatchObject({ '1.1': '1.1', '8.4': '8.4' });
  });

  it('finds none in each shipped version copied as a draft under a new id', () => {
    for (const framework of catalogue.frameworks.values()) {
      const draft = draftOfFramework(framework);
      const maps = catalogue.areaMaps.filter((map) => map.from === framework.id).map(draftOfMap);
      const others = { takenIds: new Set([...catalogue.frameworks.keys()].filter((id) => id !== framework.id)), targets: catalogue.frameworks };
      expect(frameworkProblems(draft, maps, others), framework.id).toEqual([]);
      expect(draftFrameworkSchema.parse(draft)).toEqual(draft);
      expect(frameworkOfDraft(draft)).toMatchObject(JSON.parse(JSON.stringify(framework)));
    }
  });

  it('names an empty text per language (text_missing), an empty optional text being absent', () => {
    const { definition, maps } = validDraft();
    definition.areas[1]!.subareas[0]!.title.nb = ' ';
    definition.title.en = '';
    definition.areas[0]!.subareas[0]!.criteria[0]!.guidance = { sv: 'Bara svenska', en: '', nb: '' };
    definition.areas[0]!.subareas[0]!.criteria[1]!.typicalEvidence = { sv: '', en: '', nb: '' };
    expect(only(definition, maps, 'text_missing')).toEqual([
      { path: 'title.en', code: 'text_missing', params: { language: 'en' } },
      { path: 'areas.0.subareas.0.criteria.0.guidance.en', code: 'text_missing', params: { language: 'en' } },
      { path: 'areas.0.subareas.0.criteria.0.guidance.nb', code: 'text_missing', params: { language: 'nb' } },
      { path: 'areas.1.subareas.0.title.nb', code: 'text_missing', params: { language: 'nb' } },
    ]);
  });

  it('names codes of the wrong form (code_format), duplicates (code_duplicate) and codes outside their parent (code_parent)', () => {
    const { definition, maps } = validDraft();
    definition.areas[0]!.subareas[0]!.criteria[0]!.code = '1.1.a';
    definition.areas[0]!.subareas[0]!.criteria[1]!.code = '1.2.1';
    definition.areas[0]!.subareas[1]!.code = '1.1';
    definition.areas[2]!.code = 'tre';
    const found = frameworkProblems(definition, maps, context);
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'areas.0.subareas.0.criteria.0.code', code: 'code_format', params: { expected: 'criterion' } },
        { path: 'areas.2.code', code: 'code_format', params: { expected: 'area' } },
        { path: 'areas.0.subareas.1.code', code: 'code_duplicate', params: { code: '1.1' } },
        { path: 'areas.0.subareas.0.criteria.1.code', code: 'code_parent', params: { parent: '1.1' } },
        { path: 'areas.2.subareas.0.code', code: 'code_parent', params: { parent: 'tre' } },
      ]),
    );
    const badId = validDraft();
    badId.definition.id = 'Ny Version';
    expect(codes(badId.definition)).toContain('code_format id');
  });

  it('names a taken id (id_taken)', () => {
    const { definition } = validDraft();
    definition.id = 'kommunkompassen-2016';
    expect(only(definition, [], 'id_taken')).toEqual([{ path: 'id', code: 'id_taken', params: { id: 'kommunkompassen-2016' } }]);
  });

  it('names maxima that do not add up (max_sum, total_max), partial maxima (max_partial) and empty areas (empty)', () => {
    const { definition } = validDraft();
    definition.areas[0]!.subareas[0]!.max = (definition.areas[0]!.subareas[0]!.max ?? 0) + 5;
    expect(only(definition, [], 'max_sum')).toEqual([{ path: 'areas.0.max', code: 'max_sum', params: { sum: 105, max: 100 } }]);
    definition.areas[0]!.max = 105;
    expect(only(definition, [], 'total_max')).toEqual([{ path: 'areas', code: 'total_max', params: { sum: 805 } }]);
    const partial = validDraft().definition;
    delete partial.areas[3]!.subareas[0]!.max;
    expect(codes(partial)).toContain('max_partial areas.3.subareas');
    const empty = validDraft().definition;
    empty.areas[4]!.subareas = [];
    empty.areas[5]!.subareas[0]!.max = 0;
    expect(codes(empty)).toEqual(expect.arrayContaining(['empty areas.4.subareas', 'empty areas.5.subareas.0.max']));
  });

  it('names level scales without two levels or points (levels), and criteria without a max (criteria_without_max)', () => {
    const { definition } = validDraft();
    const scale = definition.areas[0]!.subareas[0]!.criteria[1]!.scale;
    if (scale.kind !== 'levels') throw new Error('levels expected');
    scale.levels[1]!.points = 0;
    expect(codes(definition)).toContain('levels areas.0.subareas.0.criteria.1.scale.levels');
    scale.levels = scale.levels.slice(0, 1);
    scale.levels[0]!.points = 3;
    expect(codes(definition)).toContain('levels areas.0.subareas.0.criteria.1.scale.levels');
    const noMax = validDraft().definition;
    for (const subarea of noMax.areas[0]!.subareas) delete subarea.max;
    expect(codes(noMax)).toContain('criteria_without_max areas.0.subareas.0.criteria');
  });

  it('names maps to unknown, draft or own versions (map_framework) and unknown areas and sub-areas on either side (map_area, map_subarea)', () => {
    const { definition, maps } = validDraft();
    const drafts: FrameworkProblemContext = { ...context, takenIds: new Set([...context.takenIds, 'ett-utkast']) };
    const toDraft = { from: definition.id, to: 'ett-utkast', areas: {}, subareas: {} };
    expect(frameworkProblems(definition, [...maps, toDraft], drafts)).toEqual([{ path: 'maps.1.to', code: 'map_framework', params: { framework: 'ett-utkast' } }]);
    maps[0]!.areas['9'] = '1';
    maps[0]!.areas['2'] = '12';
    maps[0]!.subareas['1.1'] = '1.9';
    maps[0]!.subareas['1.8'] = '1.1';
    expect(frameworkProblems(definition, maps, context)).toEqual([
      { path: 'maps.0.areas.2', code: 'map_area', params: { code: '12', framework: 'kommunkompassen-2020' } },
      { path: 'maps.0.areas.9', code: 'map_area', params: { code: '9', framework: definition.id } },
      { path: 'maps.0.subareas.1.1', code: 'map_subarea', params: { code: '1.9', framework: 'kommunkompassen-2020' } },
      { path: 'maps.0.subareas.1.8', code: 'map_subarea', params: { code: '1.8', framework: definition.id } },
    ]);
  });

  it('names other shape problems (invalid), each once', () => {
    const { definition, maps } = validDraft();
    definition.revision = '';
    maps[0]!.from = 'en-annan';
    maps[0]!.caveat = { sv: 'Jämför med försiktighet', en: 'Compare with care', nb: 'Sammenlign med forsiktighet' };
    expect(frameworkProblems(definition, maps, context)).toEqual([
      { path: 'revision', code: 'invalid', params: { message: 'must not be empty' } },
      { path: 'maps.0.from', code: 'invalid', params: { message: `must be the version's own id (${definition.id})` } },
    ]);
  });
});

describe('a draft as it is kept', () => {
  it('leaves out optional texts empty in every language', () => {
    const { definition } = validDraft();
    definition.note = { sv: '', en: '', nb: '' };
    definition.areas[0]!.subareas[0]!.criteria[1]!.guidance = { sv: '', en: '', nb: '' };
    const kept = normaliseDraft(definition);
    expect(kept.note).toBeUndefined();
    expect('guidance' in kept.areas[0]!.subareas[0]!.criteria[1]!).toBe(false);
    expect(kept.areas[0]!.subareas[0]!.criteria[0]!.guidance).toEqual(text('Läs planen'));
  });
});

describe('draftFromBase', () => {
  it('copies the definition under the new id and title, based on the base, current from the year, with an identity map', () => {
    const base = draftOfFramework(shipped2020);
    const made = draftFromBase({ definition: base, maps: [], authored: false }, { id: 'ny', title: text('Ny'), year: 2027 });
    expect(made.definition).toEqual({ ...base, id: 'ny', title: text('Ny'), basedOn: 'kommunkompassen-2020', current: false, usedFrom: 2027, usedTo: null });
    expect(made.maps).toHaveLength(1);
    expect(Object.keys(made.maps[0]!.subareas)).toHaveLength(36);
    expect(made.maps[0]!.caveat).toBeUndefined();
  });

  it("also copies an authored base's maps to earlier versions, from the new version", () => {
    const base = validDraft();
    const earlier: DraftMap = { from: base.definition.id, to: 'kommunkompassen-2016', areas: { 1: '1' }, subareas: {} };
    const made = draftFromBase({ definition: base.definition, maps: [...base.maps, earlier], authored: true }, { id: 'nyare', title: text('Nyare'), year: 2031 });
    expect(made.maps.map((map) => `${map.from}→${map.to}`)).toEqual(['nyare→kommunkompassen-2030', 'nyare→kommunkompassen-2020', 'nyare→kommunkompassen-2016']);
  });
});
