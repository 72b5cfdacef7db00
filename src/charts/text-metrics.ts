/**
 * How wide text is in the charts' font, Liberation Sans Regular. Its advance widths are Arial's
 * (the two are metric-compatible), so the server's SVG and PNG, Chromium's PDF and Word on
 * Windows all set a line to the same width. ECharts cannot measure text on the server (no
 * canvas), so layouts that must fit, such as the radar's axis names, measure with this instead.
 */

const UNITS_PER_EM = 2048;

/** Advance widths in font units (2048 an em), grouped by width: every character of a string has the width before it. */
const WIDTH_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [391, "'"],
  [455, 'ijl\u2018\u2019'],
  [532, '|\u00a6'],
  [569, ' !,./:;I[\\]ft\u00a0\u00b7\u00cc\u00cd\u00ce\u00cf\u00ec\u00ed\u00ee\u00ef'],
  [682, '()-`r\u00a1\u00a8\u00ad\u00b2\u00b3\u00b4\u00b8\u00b9\u201c\u201d'],
  [684, '{}'],
  [727, '"'],
  [748, '\u00ba\u202f\u2009'],
  [758, '\u00aa'],
  [797, '*'],
  [819, '\u00b0'],
  [961, '^'],
  [1024, 'Jcksvxyz\u00e7\u00fd\u00ff'],
  [1100, '\u00b6'],
  [1124, '\u00b1\u00f7'],
  [1131, '\u00af'],
  [1139, '#$0123456789?L_abdeghnopqu\u00a2\u00a3\u00a4\u00a5\u00a7\u00ab\u00bb\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e8\u00e9\u00ea\u00eb\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f9\u00fa\u00fb\u00fc\u00fe\u2013'],
  [1180, '\u00b5'],
  [1196, '+<=>~\u00ac\u00d7\u2212'],
  [1251, 'FTZ\u00bf\u00df\u00f8'],
  [1366, '&ABEKPSVXY\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c8\u00c9\u00ca\u00cb\u00dd\u00de'],
  [1479, 'CDHNRUw\u00c7\u00d0\u00d1\u00d9\u00da\u00db\u00dc'],
  [1509, '\u00a9\u00ae'],
  [1593, 'GOQ\u00d2\u00d3\u00d4\u00d5\u00d6\u00d8'],
  [1706, 'Mm'],
  [1708, '\u00bc\u00bd\u00be'],
  [1821, '%\u00e6'],
  [1933, 'W'],
  [2048, '\u00c6\u2014\u2026'],
  [2079, '@'],
];

const WIDTHS = new Map<string, number>(WIDTH_GROUPS.flatMap(([width, characters]) => [...characters].map((character) => [character, width] as const)));

/** A character the table does not know counts as a full em, so a measured line is never narrower than drawn. */
const UNKNOWN_WIDTH = UNITS_PER_EM;

/** Width in px of one line of `text` at `fontSize` px (kerning, which only narrows, is left out). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const character of text) units += WIDTHS.get(character) ?? UNKNOWN_WIDTH;
  return (units * fontSize) / UNITS_PER_EM;
}

/**
 * `text` broken into lines no wider than `maxWidth` at `fontSize`, at spaces; line breaks already
 * in the text are kept. A word wider than `maxWidth` gets a line of its own (never cut).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}
