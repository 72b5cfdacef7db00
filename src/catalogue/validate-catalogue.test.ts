import { describe, expect, it } from 'vitest';
import { listScoringUnits } from '../domain/framework.js';
import { LANGUAGES } from '../i18n/language.js';
import { loadCatalogue } from './load-catalogue.js';
import { buildCatalogue, CatalogueError, validateFramework } from './validate-catalogue.js';

const catalogue = loadCatalogue();
const framework2020 = catalogue.frameworks.get('kommunkompassen-2020')!;
const clone = <T>(value: T): T => structuredClone(value);

function errorOf(run: () => unknown): CatalogueError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error('expected a CatalogueError');
}

describe('the shipped catalogue', () => {
  it('has the 2010, 2016 and 2020 models of 8 areas and 800 points', () => {
    expect([...catalogue.frameworks.keys()].sort()).toEqual(['kommunkompassen-2010', 'kommunkompassen-2016', 'kommunkompassen-2020']);
    for (const framework of catalogue.frameworks.values()) {
      expect(framework.areas).toHaveLength(8);
      expect(framework.areas.reduce((sum, area) => sum + area.max, 0)).toBe(800);
    }
  });

  it('has the sub-areas of each model (2020: 36, 2016: 45; 2010 scored per area)', () => {
    expect(listScoringUnits(framework2020)).toHaveLength(36);
    expect(listScoringUnits(catalogue.frameworks.get('kommunkompassen-2016')!)).toHaveLength(45);
    expect(listScoringUnits(catalogue.frameworks.get('kommunkompassen-2010')!).map((unit) => unit.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('maps the older models to 2020 by theme, with a caveat', () => {
    const map = catalogue.areaMaps.find((candidate) => candidate.from === 'kommunkompassen-2016' && candidate.to === 'kommunkompassen-2020');
    expect(map?.areas).toEqual({ 1: '1', 2: '5', 3: '3', 4: '8', 5: '4', 6: '7', 7: '6', 8: '2' });
    expect(catalogue.caveat.sv.length).toBeGreaterThan(20);
  });
});

describe('the shipped catalogue in every language', () => {
  const versions = [...catalogue.frameworks.values()];

  it.each(versions.map((framework) => [framework.id, framework] as const))('%s has a Swedish, English and Norwegian title for every area and sub-area', (_id, framework) => {
    const texts = [framework.title, ...(framework.note ? [framework.note] : []), ...framework.areas.flatMap((area) => [area.title, ...area.subareas.map((subarea) => subarea.title)])];
    for (const text of texts) {
      for (const language of LANGUAGES) expect(text[language].trim(), `${text.sv} in ${language}`).not.toBe('');
    }
  });

  it('words the Norwegian titles in bokmål, not in Swedish', () => {
    const nbTitles = versions.flatMap((framework) => framework.areas.flatMap((area) => [area.title.nb, ...area.subareas.map((subarea) => subarea.title.nb)]));
    for (const title of nbTitles) expect(title, title).not.toMatch(/\b(och|för|kommunens? (?:arbetar|informerar)|hållbar|ä|ö)\b|[äö]/i);
    expect(framework2020.areas[0]!.title.nb).toBe('Samspill mellom folkevalgte og innbyggere');
  });

  it('has the comparability caveat in every language', () => {
    expect(catalogue.caveat.nb).toContain('Kommunekompasset');
    expect(catalogue.caveat.en).toContain('Municipal Compass');
  });
});

describe('catalogue validation', () => {
  it.each(['kommunkompassen-2010', 'kommunkompassen-2016', 'kommunkompassen-2020'])('refuses a %s sub-area without a Norwegian or English title, naming it', (id) => {
    const withoutNb = clone(catalogue.frameworks.get(id)!) as unknown as { areas: Array<{ subareas: Array<{ title: Record<string, string> }> }> };
    delete withoutNb.areas[1]!.subareas[0]!.title.nb;
    expect(errorOf(() => validateFramework(withoutNb, 'f.json')).message).toBe('f.json: area 2 / sub-area 2.1 / title / nb: the Norwegian (bokmål) text ("nb") is missing');
    const emptyEn = clone(catalogue.frameworks.get(id)!);
    emptyEn.areas[7]!.title.en = '  ';
    expect(errorOf(() => validateFramework(emptyEn, 'f.json')).message).toBe('f.json: area 8 / title / en: the English text ("en") is empty');
  });

  it('refuses a caveat without its Norwegian text', () => {
    const files = [...catalogue.frameworks.values()].map((data) => ({ file: `frameworks/${data.id}.json`, data }));
    expect(errorOf(() => buildCatalogue(files, { file: 'area-maps.json', data: { caveat: { sv: 'x', en: 'x' }, maps: [] } })).message).toBe(
      'area-maps.json: caveat / nb: the Norwegian (bokmål) text ("nb") is missing',
    );
  });


  it('rejects sub-area maxima that do not add up to the area max, naming file and entry', () => {
    const broken = clone(framework2020);
    broken.areas[2]!.subareas[1]!.max = 31;
    const error = errorOf(() => validateFramework(broken, 'frameworks/broken.json'));
    expect(error.message).toBe('frameworks/broken.json: area 3 / max: sub-area maxima add up to 101, but the area max is 100');
  });

  it('rejects duplicate codes', () => {
    const broken = clone(framework2020);
    broken.areas[0]!.subareas[1]!.code = '1.1';
    expect(errorOf(() => validateFramework(broken, 'f.json')).message).toBe('f.json: area 1 / sub-area 1.1: duplicate sub-area code');
    const brokenArea = clone(framework2020);
    brokenArea.areas[1]!.code = '1';
    expect(errorOf(() => validateFramework(brokenArea, 'f.json')).message).toContain('area 1: duplicate area code');
  });

  it('rejects a map to an unknown area or framework', () => {
    const files = [...catalogue.frameworks.values()].map((data) => ({ file: `frameworks/${data.id}.json`, data }));
    const badArea = { caveat: { sv: 'x', en: 'x', nb: 'x' }, maps: [{ from: 'kommunkompassen-2016', to: 'kommunkompassen-2020', areas: { 1: '9' } }] };
    expect(errorOf(() => buildCatalogue(files, { file: 'area-maps.json', data: badArea })).message).toBe(
      'area-maps.json: map kommunkompassen-2016 → kommunkompassen-2020 / area 1: maps to area 9, which kommunkompassen-2020 does not have',
    );
    const badFramework = { caveat: { sv: 'x', en: 'x', nb: 'x' }, maps: [{ from: 'kommunkompassen-1999', to: 'kommunkompassen-2020', areas: {} }] };
    expect(errorOf(() => buildCatalogue(files, { file: 'area-maps.json', data: badFramework })).message).toContain('unknown framework "kommunkompassen-1999"');
  });

  it('rejects a malformed entry with the path to it', () => {
    const broken = clone(framework2020) as unknown as { areas: Array<{ subareas: Array<{ max: unknown }> }> };
    broken.areas[4]!.subareas[2]!.max = 'twenty';
    expect(errorOf(() => validateFramework(broken, 'f.json')).message).toMatch(/^f\.json: area 5 \/ sub-area 5\.3 \/ max: /);
  });
});

describe('criteria and sub-area maps in the catalogue files', () => {
  const text = { sv: 'x', en: 'x', nb: 'x' };
  const files = () => [...catalogue.frameworks.values()].map((data) => ({ file: `frameworks/${data.id}.json`, data: clone(data) }));
  const withCriteria = () => {
    const framework = clone(framework2020);
    framework.areas[0]!.subareas[0]!.criteria = [
      { code: '1.1.1', text, weight: 1, scale: { kind: 'met' } },
      { code: '1.1.2', text, weight: 2, scale: { kind: 'levels', levels: [{ code: 'a', label: text, points: 0 }, { code: 'b', label: text, points: 2 }] } },
    ];
    return framework;
  };

  it('accepts criteria of both scales, and a map with sub-areas and its own caveat', () => {
    expect(validateFramework(withCriteria(), 'f.json').areas[0]!.subareas[0]!.criteria).toHaveLength(2);
    const maps = { caveat: text, maps: [{ from: 'kommunkompassen-2016', to: 'kommunkompassen-2020', areas: { 1: '1' }, subareas: { '1.1': '1.2' }, caveat: text }] };
    expect(buildCatalogue(files(), { file: 'area-maps.json', data: maps }).areaMaps[0]).toMatchObject({ subareas: { '1.1': '1.2' }, caveat: text });
  });

  it('holds criteria to the rules of authored versions, naming the entry', () => {
    const outside = withCriteria();
    outside.areas[0]!.subareas[0]!.criteria![1]!.code = '1.2.1';
    expect(errorOf(() => validateFramework(outside, 'f.json')).message).toBe('f.json: area 1 / sub-area 1.1 / criterion 1.2.1: code does not belong to sub-area 1.1');
    const twice = withCriteria();
    twice.areas[0]!.subareas[0]!.criteria![1]!.code = '1.1.1';
    expect(errorOf(() => validateFramework(twice, 'f.json')).message).toBe('f.json: area 1 / sub-area 1.1 / criterion 1.1.1: duplicate criterion code');
    const noPoints = withCriteria();
    const scale = noPoints.areas[0]!.subareas[0]!.criteria![1]!.scale;
    if (scale.kind === 'levels') scale.levels[1]!.points = 0;
    expect(errorOf(() => validateFramework(noPoints, 'f.json')).message).toBe(
      'f.json: area 1 / sub-area 1.1 / criterion 1.1.2 / scale / levels: a level scale needs at least two levels and a top level worth points',
    );
  });

  it('refuses a sub-area map to a sub-area the target does not have', () => {
    const maps = { caveat: text, maps: [{ from: 'kommunkompassen-2016', to: 'kommunkompassen-2020', areas: {}, subareas: { '1.1': '1.9' } }] };
    expect(errorOf(() => buildCatalogue(files(), { file: 'area-maps.json', data: maps })).message).toBe(
      'area-maps.json: map kommunkompassen-2016 → kommunkompassen-2020 / sub-area 1.1: maps to sub-area 1.9, which kommunkompassen-2020 does not have',
    );
  });
});
