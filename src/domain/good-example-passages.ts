/**
 * Where a good example stands among its area's: the evaluation page and the report show each text
 * once (however its spaces and line ends are written), in order of first appearance, with every
 * municipality it was filed under. Positions count those shown texts from 1, so a link to a
 * passage (`textAnchor({ kind: 'good-example', areaCode, position })`) finds the one the page shows.
 */

/** The same text however its spaces and line ends are written. */
export const goodExampleTextKey = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The position (from 1) of each example's shown text among an area's examples in stored order; null for an empty text. */
export function goodExamplePositions(texts: readonly string[]): Array<number | null> {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = goodExampleTextKey(text);
    if (key === '') return null;
    let position = seen.get(key);
    if (position === undefined) {
      position = seen.size + 1;
      seen.set(key, position);
    }
    return position;
  });
}
