import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import {
  areaTextTakeOver,
  followUpFrameworks,
  linkAreas,
  linkUnits,
  mayFollow,
  ownScoreTakeOver,
  subareaTextTakeOver,
  type PreviousAreaText,
} from './follow-up.js';

const catalogue = loadCatalogue();
const framework = (year: number) => catalogue.frameworks.get(`kommunkompassen-${year}`)!;

describe('mayFollow', () => {
  it('lets the same model version or a newer one follow, never an older one', () => {
    expect(mayFollow(framework(2016), framework(2016))).toBe(true);
    expect(mayFollow(framework(2016), framework(2020))).toBe(true);
    expect(mayFollow(framework(2016), framework(2010))).toBe(false);
    expect(mayFollow(framework(2020), framework(2016))).toBe(false);
  });

  it('offers the allowed versions newest first', () => {
    expect(followUpFrameworks(framework(2016), catalogue.frameworks.values()).map((f) => f.id)).toEqual(['kommunkompassen-2020', 'kommunkompassen-2016']);
    expect(followUpFrameworks(framework(2020), catalogue.frameworks.values()).map((f) => f.id)).toEqual(['kommunkompassen-2020']);
  });
});

describe('linkUnits and linkAreas', () => {
  it('links every unit to itself within one model version', () => {
    const links = linkUnits(framework(2020), framework(2020), catalogue.areaMaps);
    expect(links).toHaveLength(36);
    expect(links[0]).toMatchObject({ unitCode: '1.1', areaCode: '1', mapping: 'same', previous: [{ code: '1.1', areaCode: '1' }] });
    expect(linkAreas(framework(2020), framework(2020), catalogue.areaMaps)[4]).toEqual({ areaCode: '5', mapping: 'same', previous: ['5'] });
  });

  it('links a newer version through the area map: each unit to every unit of the linked areas', () => {
    const links = linkUnits(framework(2020), framework(2016), catalogue.areaMaps);
    // 2016's area 2 became 2020's area 5.
    const unit = links.find((link) => link.unitCode === '5.1')!;
    expect(unit.mapping).toBe('mapped');
    expect(unit.previous.map((previous) => previous.code)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(linkAreas(framework(2020), framework(2016), catalogue.areaMaps).find((area) => area.areaCode === '5')).toEqual({ areaCode: '5', mapping: 'mapped', previous: ['2'] });
  });

  it('links 2016 sub-areas to the whole areas of the 2010 model (scored per area)', () => {
    const unit = linkUnits(framework(2016), framework(2010), catalogue.areaMaps).find((link) => link.unitCode === '3.2')!;
    expect(unit).toMatchObject({ mapping: 'mapped', previous: [{ code: '3', areaCode: '3' }] });
  });

  it('links through the sub-area map where the author gave one, either way round, and by area elsewhere', () => {
    const authored = { ...framework(2020), id: 'kommunkompassen-2024', usedFrom: 2024 };
    const maps = [
      { from: 'kommunkompassen-2024', to: 'kommunkompassen-2020', areas: { '1': '1', '2': '2' }, subareas: { '1.1': '1.1', '1.2': '1.3' } },
    ];
    const forward = linkUnits(authored, framework(2020), maps);
    expect(forward.find((link) => link.unitCode === '1.1')!.previous.map((unit) => unit.code)).toEqual(['1.1']);
    expect(forward.find((link) => link.unitCode === '1.2')).toMatchObject({ mapping: 'mapped', previous: [{ code: '1.3' }] });
    // 2.1 has no sub-area link: every unit (four) of the linked area 2.
    expect(forward.find((link) => link.unitCode === '2.1')!.previous.map((unit) => unit.areaCode)).toEqual(['2', '2', '2', '2']);
    // The same map read from the other side (a follow-up on 2020 of the authored version).
    const backward = linkUnits(framework(2020), authored, maps);
    expect(backward.find((link) => link.unitCode === '1.3')!.previous.map((unit) => unit.code)).toEqual(['1.2']);
  });

  it('says none where the map gives an area no counterpart', () => {
    const maps = [{ from: 'kommunkompassen-2016', to: 'kommunkompassen-2020', areas: { '1': '1' } }];
    const links = linkUnits(framework(2020), framework(2016), maps);
    expect(links.find((link) => link.unitCode === '2.1')).toMatchObject({ mapping: 'none', previous: [] });
    expect(linkAreas(framework(2020), framework(2016), maps)[1]).toEqual({ areaCode: '2', mapping: 'none', previous: [] });
  });
});

describe('take-overs', () => {
  const same = linkUnits(framework(2020), framework(2020), catalogue.areaMaps)[0]!;
  const mapped = linkUnits(framework(2020), framework(2016), catalogue.areaMaps)[0]!;
  const scores = new Map([['1.1', { score: 650, rationale: 'Skäl' }]]);

  it("starts an own score from the same unit's agreed score, only within one model version", () => {
    expect(ownScoreTakeOver(same, scores)).toEqual({ score: 650, rationale: 'Skäl' });
    expect(ownScoreTakeOver(same, new Map())).toBeNull();
    expect(ownScoreTakeOver(mapped, new Map([['1.1', { score: 650, rationale: '' }]]))).toBeNull();
  });

  it("starts a sub-area's analysis from the same sub-area's, when something is written", () => {
    expect(subareaTextTakeOver(same, new Map([['1.1', 'Analys']]))).toBe('Analys');
    expect(subareaTextTakeOver(same, new Map([['1.1', '  ']]))).toBeNull();
    expect(subareaTextTakeOver(mapped, new Map([['1.1', 'Analys']]))).toBeNull();
  });

  const text = (analysis: string | null, strengths: string[], improvements: string[]): PreviousAreaText => ({ layout: 'per-subarea', analysis, strengths, improvements });

  it("starts an area's text from the linked areas' texts, joined in order", () => {
    const link = { areaCode: '1', mapping: 'mapped' as const, previous: ['1', '2'] };
    const texts = new Map([
      ['1', text('Första', ['S1'], ['F1'])],
      ['2', text(null, ['S2'], ['F2', 'F3'])],
    ]);
    expect(areaTextTakeOver(link, texts)).toEqual({ layout: null, analysis: 'Första', strengths: ['S1', 'S2'], improvements: ['F1', 'F2', 'F3'] });
    const both = new Map([...texts, ['2', text('Andra', [], [])]]);
    expect(areaTextTakeOver(link, both)?.analysis).toBe('Första\n\nAndra');
  });

  it("keeps the baseline's layout within one model version, and refuses when nothing is written", () => {
    const link = { areaCode: '1', mapping: 'same' as const, previous: ['1'] };
    expect(areaTextTakeOver(link, new Map([['1', text('A', [], [])]]))?.layout).toBe('per-subarea');
    expect(areaTextTakeOver(link, new Map([['1', text('  ', [], [])]]))).toBeNull();
    expect(areaTextTakeOver({ areaCode: '2', mapping: 'none', previous: [] }, new Map())).toBeNull();
  });

  it('keeps a joined list within what a list holds', () => {
    const link = { areaCode: '1', mapping: 'mapped' as const, previous: ['1', '2'] };
    const many = Array.from({ length: 20 }, (_, index) => `F${index}`);
    const taken = areaTextTakeOver(link, new Map([['1', text(null, [], many)], ['2', text(null, [], many)]]));
    expect(taken?.improvements).toHaveLength(30);
  });
});
