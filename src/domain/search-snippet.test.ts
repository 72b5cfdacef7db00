import { describe, expect, it } from 'vitest';
import { buildSnippet, splitMarked, stripMarkdown } from './search-snippet.js';

const S = '\u0001';
const E = '\u0002';

describe('buildSnippet', () => {
  it('splits the headline at its markers', () => {
    expect(splitMarked(`a ${S}b${E} c`, S, E)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
    expect(buildSnippet({ headline: `Tydliga ${S}mål${E} för **alla**`, body: '', stems: [], start: S, end: E })).toEqual([
      { text: 'Tydliga ', match: false },
      { text: 'mål', match: true },
      { text: ' för alla', match: false },
    ]);
  });

  it('marks compound words holding a stem, taking the passage around the first when the headline has no match', () => {
    const body = `${'ord '.repeat(40)}Kommunen har en levande Medborgardialog i alla frågor.`;
    const parts = buildSnippet({ headline: 'ord ord ord', body, stems: ['dialog'], start: S, end: E });
    expect(parts.find((part) => part.match)).toEqual({ text: 'Medborgardialog', match: true });
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
  });

  it('never passes HTML-like text through as anything but text, and drops Markdown markers', () => {
    expect(stripMarkdown('# Rubrik\n**fet** [länk](http://x) `kod`')).toBe('Rubrik fet länk kod');
    expect(buildSnippet({ headline: `<b>${S}x${E}</b>`, body: '', stems: [], start: S, end: E })).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
