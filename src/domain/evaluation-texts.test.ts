import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import {
  asTextLayout,
  findOutlineArea,
  findOutlineSubarea,
  goodExampleMunicipalityProblem,
  goodExampleSubareaProblem,
  isStorableText,
  layoutProblem,
  textOutline,
} from './evaluation-texts.js';

const catalogue = loadCatalogue();
const outlineOf = (id: string) => textOutline(catalogue.frameworks.get(id)!);

describe('textOutline', () => {
  it('lists every area and sub-area in framework order', () => {
    const outline = outlineOf('kommunkompassen-2020');
    expect(outline.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(outline[0]!.subareas.map((subarea) => subarea.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(outline[2]!.title.sv).toBe('Styrning och kontroll');
  });

  it('has no sub-area texts for a model scored per area (2010)', () => {
    const outline = outlineOf('kommunkompassen-2010');
    expect(outline).toHaveLength(8);
    expect(outline.every((area) => area.subareas.length === 0)).toBe(true);
    expect(findOutlineSubarea(outline, '1.1')).toBeNull();
  });

  it('finds areas and sub-areas by code', () => {
    const outline = outlineOf('kommunkompassen-2016');
    expect(findOutlineArea(outline, '8')?.code).toBe('8');
    expect(findOutlineArea(outline, '9')).toBeNull();
    expect(findOutlineSubarea(outline, '8.7')?.code).toBe('8.7');
    expect(findOutlineSubarea(outline, '8.8')).toBeNull();
  });
});

describe('text rules', () => {
  it('allows a per-sub-area layout only where sub-areas have texts', () => {
    expect(layoutProblem(findOutlineArea(outlineOf('kommunkompassen-2020'), '1')!, 'per-subarea')).toBeNull();
    expect(layoutProblem(findOutlineArea(outlineOf('kommunkompassen-2010'), '1')!, 'summary')).toBeNull();
    expect(layoutProblem(findOutlineArea(outlineOf('kommunkompassen-2010'), '1')!, 'per-subarea')).toMatch(/area 1 has no sub-areas/);
  });

  it('reads an unknown stored layout as a summary', () => {
    expect(asTextLayout('per-subarea')).toBe('per-subarea');
    expect(asTextLayout('summary')).toBe('summary');
    expect(asTextLayout('other')).toBe('summary');
  });

  it('names another, known municipality as a good example only', () => {
    expect(goodExampleMunicipalityProblem('se-1060', 'se-2284', true)).toBeNull();
    expect(goodExampleMunicipalityProblem('se-2284', 'se-2284', true)).toMatch(/another municipality/);
    expect(goodExampleMunicipalityProblem('se-9999', 'se-2284', false)).toBe('no municipality has the id se-9999');
  });

  it('refuses the NUL character, which the database cannot store', () => {
    expect(isStorableText('Styrkor: **tydliga mål**')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
  });
});

describe('goodExampleSubareaProblem', () => {
  const outline = [
    { code: '1', title: { sv: 'Ett', en: 'One', nb: 'En' }, subareas: [{ code: '1.1', title: { sv: 'a', en: 'a', nb: 'a' } }] },
    { code: '2', title: { sv: 'Två', en: 'Two', nb: 'To' }, subareas: [{ code: '2.1', title: { sv: 'b', en: 'b', nb: 'b' } }] },
    { code: '3', title: { sv: 'Tre', en: 'Three', nb: 'Tre' }, subareas: [] },
  ];

  it('accepts a sub-area of the area', () => {
    expect(goodExampleSubareaProblem(outline, '2', '2.1')).toBeNull();
  });

  it('refuses an unknown sub-area, one of another area, and one without its area', () => {
    expect(goodExampleSubareaProblem(outline, '1', '9.9')).toMatch(/not a sub-area/);
    expect(goodExampleSubareaProblem(outline, '1', '2.1')).toMatch(/belongs to area 2, not to area 1/);
    expect(goodExampleSubareaProblem(outline, null, '1.1')).toMatch(/needs its area \(1\)/);
    expect(goodExampleSubareaProblem(outline, '3', '3')).toMatch(/not a sub-area/);
  });
});
