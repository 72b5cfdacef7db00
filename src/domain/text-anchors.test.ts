import { describe, expect, it } from 'vitest';
import { listPositions, textAnchor } from './text-anchors.js';

describe('textAnchor', () => {
  it('gives every kind of passage its own id', () => {
    const ids = [
      textAnchor({ kind: 'strength', areaCode: '3', position: 2 }),
      textAnchor({ kind: 'improvement', areaCode: '3', position: 2 }),
      textAnchor({ kind: 'good-example', areaCode: '3', position: 2 }),
      textAnchor({ kind: 'area-introduction', areaCode: '3' }),
      textAnchor({ kind: 'area-analysis', areaCode: '3' }),
      textAnchor({ kind: 'subarea-analysis', unitCode: '3.2' }),
      textAnchor({ kind: 'summary' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[5]).toBe('text-subarea-3-2-analysis');
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('counts only the non-empty items of a list', () => {
    expect(listPositions(['a', ' ', 'b'])).toEqual([1, null, 2]);
  });
});
