import { describe, expect, it } from 'vitest';
import { joinBrokenParagraphs, joinParagraphs } from './paragraphs.js';

describe('joinBrokenParagraphs', () => {
  it('joins a paragraph cut by a page break and keeps real paragraphs apart', () => {
    expect(joinBrokenParagraphs(['Kommunen har en plan för', 'arbetet med dialog.', 'Nästa stycke.', 'Ett till'])).toEqual([
      'Kommunen har en plan för arbetet med dialog.',
      'Nästa stycke.',
      'Ett till',
    ]);
  });

  it('never joins list items or a paragraph that ends a sentence', () => {
    expect(joinBrokenParagraphs(['- punkt ett', 'fortsätter inte', 'Slut.', 'liten början'])).toEqual(['- punkt ett', 'fortsätter inte', 'Slut.', 'liten början']);
  });

  it('gives null for no paragraphs', () => {
    expect(joinParagraphs([])).toBeNull();
    expect(joinParagraphs(['A.', 'B.'])).toBe('A.\n\nB.');
  });
});
