/**
 * The fragment ids of an evaluation's written passages: the same on the evaluation page, in its
 * HTML report and in the search's hits, so a hit leads to the passage it found. Positions count
 * the non-empty items of a list from 1, in stored order (good examples: each text once, in order
 * of first appearance, as the page and the report show them).
 */
export type TextAnchorTarget =
  | { kind: 'strength' | 'improvement' | 'good-example'; areaCode: string; position: number }
  | { kind: 'area-introduction' | 'area-analysis'; areaCode: string }
  | { kind: 'subarea-analysis'; unitCode: string }
  | { kind: 'summary' };

/** Codes as they may appear in an id: "3.2" → "3-2"; anything else but letters and digits → "-". */
const idPart = (code: string) => code.replace(/[^A-Za-z0-9]+/g, '-');

export function textAnchor(target: TextAnchorTarget): string {
  switch (target.kind) {
    case 'strength':
      return `text-area-${idPart(target.areaCode)}-strength-${target.position}`;
    case 'improvement':
      return `text-area-${idPart(target.areaCode)}-improvement-${target.position}`;
    case 'good-example':
      return `text-area-${idPart(target.areaCode)}-good-example-${target.position}`;
    case 'area-introduction':
      return `text-area-${idPart(target.areaCode)}-introduction`;
    case 'area-analysis':
      return `text-area-${idPart(target.areaCode)}-analysis`;
    case 'subarea-analysis':
      return `text-subarea-${idPart(target.unitCode)}-analysis`;
    case 'summary':
      return 'text-summary-comments';
  }
}

/** The positions (from 1) of a list's non-empty items, null for the empty ones (left out where shown). */
export function listPositions(items: readonly string[]): Array<number | null> {
  let position = 0;
  return items.map((item) => (item.trim() === '' ? null : ++position));
}
