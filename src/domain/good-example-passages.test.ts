import { describe, expect, it } from 'vitest';
import { goodExamplePositions, goodExampleTextKey } from './good-example-passages.js';

describe('goodExamplePositions', () => {
  it('counts each shown text once, in order of first appearance', () => {
    expect(goodExamplePositions(['A text', 'Other', ' A  text\n', 'Third', 'Other'])).toEqual([1, 2, 1, 3, 2]);
  });

  it('gives empty texts no position and does not count them', () => {
    expect(goodExamplePositions(['  ', 'One', '', 'Two'])).toEqual([null, 1, null, 2]);
  });

  it('keys texts by their words, not their spacing', () => {
    expect(goodExampleTextKey('  a \n b\tc ')).toBe('a b c');
  });
});
