/**
 * Converted reports carry HTML fragments inside table cells (`<ul><li>`, `<p>`, `<b>`) and
 * bullets written as "•". These helpers turn such a fragment into plain text or into items.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** Decodes the HTML entities that occur in converted reports (named, decimal, hex). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ITEM_BREAK = /<\/?(?:li|p|br|div|tr)(?:\s[^<>]*)?\/?>|[•\u25cf\u25aa\uf0b7]/gi;
const SEPARATOR = '\u0001';

/** Removes tags and decodes entities; whitespace is collapsed. */
export function stripTags(fragment: string): string {
  const text = fragment.includes('<') ? fragment.replace(TAG, ' ') : fragment;
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/**
 * Splits a fragment into items at list items, paragraphs, line breaks and bullet characters.
 * A fragment without any of these is one item.
 */
export function splitItems(fragment: string): string[] {
  const marked = fragment.replace(ITEM_BREAK, SEPARATOR);
  const items: string[] = [];
  for (const part of marked.split(SEPARATOR)) {
    const text = stripTags(part);
    if (text !== '') items.push(text);
  }
  return items;
}

/** True when the text holds HTML list or paragraph markup (or bullet characters) that splitItems would use. */
export function hasItemMarkup(fragment: string): boolean {
  return /<(?:li|p|br|ul|ol)\b|[•\u25cf\u25aa\uf0b7]/i.test(fragment);
}
