import { describe, expect, it } from 'vitest';
import { areaFromConflict, moveItem, removeItem, replaceItem, sameAreaForm, textFromConflict } from './text-forms.js';

const form = { layout: 'summary' as const, analysis: 'Text', strengths: ['a', 'b'], improvements: ['c'] };

describe('writing panel: ordered lists', () => {
  it('moves an item to another place and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is for a move outside it (and never changes the list it was given)', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(items, 1, 2)).toEqual(['a', 'b']);
    moveItem(items, 1, 0);
    expect(items).toEqual(['a', 'b']);
  });

  it('replaces and removes one item by position', () => {
    expect(replaceItem(['a', 'b'], 1, 'x')).toEqual(['a', 'x']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('writing panel: comparing and reading a conflict', () => {
  it('compares area forms by value, list order included', () => {
    expect(sameAreaForm(form, { ...form, strengths: ['a', 'b'] })).toBe(true);
    expect(sameAreaForm(form, { ...form, strengths: ['b', 'a'] })).toBe(false);
    expect(sameAreaForm(form, { ...form, layout: 'per-subarea' })).toBe(false);
  });

  it("reads the server's current area text from a 409, and refuses what does not look like one", () => {
    expect(areaFromConflict({ areaCode: '1', title: 'T', ...form, version: 7 })).toEqual({ value: form, version: 7 });
    expect(areaFromConflict({ ...form, layout: 'other', version: 7 })).toBeNull();
    expect(areaFromConflict({ ...form, strengths: [1], version: 7 })).toBeNull();
    expect(areaFromConflict(null)).toBeNull();
  });

  it('reads a sub-area analysis or the summary from a 409', () => {
    expect(textFromConflict({ unitCode: '1.1', analysis: 'A', version: 3 }, 'analysis')).toEqual({ value: 'A', version: 3 });
    expect(textFromConflict({ text: 'S', version: 2 }, 'text')).toEqual({ value: 'S', version: 2 });
    expect(textFromConflict({ text: 'S' }, 'text')).toBeNull();
  });
});
