import { describe, expect, it } from 'vitest';
import type { PreviousArea } from './follow-up-api.js';
import { previousAreasOnce } from './review-groups.js';

const previous = (areaCode: string): PreviousArea => ({ areaCode, title: `Område ${areaCode}`, analysis: null, strengths: [], improvements: [] });

describe('the previous areas to judge', () => {
  it('lists each previous area once, in the order the follow-up first meets it', () => {
    const areas = [
      { areaCode: '1', previous: [previous('2'), previous('1')] },
      { areaCode: '2', previous: [previous('1')] },
      { areaCode: '3', previous: [] },
      { areaCode: '4', previous: [previous('4')] },
    ];
    expect(previousAreasOnce({ areas }).map((area) => area.areaCode)).toEqual(['2', '1', '4']);
  });
});
