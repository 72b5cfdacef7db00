import { describe, expect, it } from 'vitest';
import type { DraftFramework } from '../../domain/framework-draft.js';
import { areaIndexOf, areaTotal, fieldId, focusTarget, moveItem, newArea, newSubarea, nextCriterionCode, nextSubareaCode, optionalText, subareaSum } from './version-draft.js';

const definition = (): DraftFramework => ({
  id: 'test-2030',
  title: { sv: 'Test', en: '', nb: '' },
  revision: '1',
  usedFrom: 2030,
  usedTo: null,
  current: false,
  scoreStep: '0.5',
  criteriaRule: 'weighted-share',
  example: false,
  areas: [
    { ...newArea('1'), max: 100, subareas: [{ ...newSubarea('1.1'), max: 40 }, { ...newSubarea('1.3'), max: 50 }] },
    { ...newArea('2'), max: 700 },
  ],
});

describe('the version editor draft', () => {
  it('moves an item one step and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sums the maxima per area and in total', () => {
    const draft = definition();
    expect(subareaSum(draft.areas[0]!)).toEqual({ sum: 90, given: true });
    expect(subareaSum(draft.areas[1]!)).toEqual({ sum: 0, given: false });
    expect(areaTotal(draft)).toBe(800);
  });

  it('numbers new sub-areas and criteria after the highest code', () => {
    const draft = definition();
    expect(nextSubareaCode(draft.areas[0]!)).toBe('1.4');
    expect(nextSubareaCode(draft.areas[1]!)).toBe('2.1');
    expect(nextCriterionCode(draft.areas[0]!.subareas[0]!)).toBe('1.1.1');
  });

  it('finds the field of a problem path, or the nearest part that is on the page', () => {
    expect(fieldId('areas.2.subareas.0.criteria.1.text.nb')).toBe('fv-areas-2-subareas-0-criteria-1-text-nb');
    expect(areaIndexOf('areas.12.max')).toBe(12);
    expect(areaIndexOf('maps.0.areas.3')).toBeNull();
    const ids = new Set(['fv-areas-0-subareas-1', 'fv-id']);
    expect(focusTarget('areas.0.subareas.1.criteria', (id) => ids.has(id))).toBe('fv-areas-0-subareas-1');
    expect(focusTarget('id', (id) => ids.has(id))).toBe('fv-id');
    expect(focusTarget('maps.0', (id) => ids.has(id))).toBeNull();
  });

  it('leaves out a text that is empty in every language', () => {
    expect(optionalText({ sv: ' ', en: '', nb: '' })).toBeUndefined();
    expect(optionalText({ sv: '', en: 'x', nb: '' })).toEqual({ sv: '', en: 'x', nb: '' });
  });
});
