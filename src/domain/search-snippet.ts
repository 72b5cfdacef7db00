/**
 * A search hit's snippet as pieces of plain text, each marked whether it matched. It starts from
 * the database's headline (the passage around the matching stems, matches between two marker
 * characters) and also marks words containing a searched stem (parts of compound words); a hit
 * found only through such a part gets its snippet from the passage around the first one. Markdown
 * markers are left out: the snippet is shown as text.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD_CHARS = /[\p{L}\p{N}]+/gu;

/** Markdown that should not show in a line of plain text: emphasis, code, headings, link targets. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|[*`])/g, '')
    .replace(/(^|\n)\s{0,3}(#{1,6}|>|[-+]|\d+\.)\s+/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Splits text between start and end markers into parts (an unclosed marker runs to the end). */
export function splitMarked(text: string, start: string, end: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf(start);
    if (open < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(end, open + start.length);
    const inner = close < 0 ? rest.slice(open + start.length) : rest.slice(open + start.length, close);
    parts.push({ text: inner, match: true });
    rest = close < 0 ? '' : rest.slice(close + end.length);
  }
  return parts;
}

/** Marks the words of an unmatched part that contain one of the stems. */
function markStems(part: SnippetPart, stems: readonly string[]): SnippetPart[] {
  if (part.match || stems.length === 0) return [part];
  const out: SnippetPart[] = [];
  let last = 0;
  for (const found of part.text.matchAll(WORD_CHARS)) {
    const word = found[0].toLocaleLowerCase('sv');
    if (!stems.some((stem) => word.includes(stem))) continue;
    const at = found.index;
    if (at > last) out.push({ text: part.text.slice(last, at), match: false });
    out.push({ text: found[0], match: true });
    last = at + found[0].length;
  }
  if (last < part.text.length) out.push({ text: part.text.slice(last), match: false });
  return out;
}

/** Joins neighbours of the same kind and drops empty pieces. */
function tidy(parts: readonly SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const previous = out[out.length - 1];
    if (previous && previous.match === part.match) previous.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** About this many words either side of a compound match, when the snippet comes from the passage. */
const WINDOW_WORDS = 14;

function windowAround(text: string, stems: readonly string[]): string | null {
  const words = [...text.matchAll(/\S+/g)];
  const index = words.findIndex((word) => stems.some((stem) => word[0].toLocaleLowerCase('sv').includes(stem)));
  if (index < 0) return null;
  const from = Math.max(0, index - WINDOW_WORDS);
  const to = Math.min(words.length, index + WINDOW_WORDS + 1);
  const slice = words.slice(from, to).map((word) => word[0]).join(' ');
  return `${from > 0 ? '… ' : ''}${slice}${to < words.length ? ' …' : ''}`;
}

/**
 * The snippet of a hit: `headline` with matches between `start` and `end`, `body` the whole
 * passage, `stems` the lower-case stems also found inside longer words.
 */
export function buildSnippet(input: { headline: string; body: string; stems: readonly string[]; start: string; end: string }): SnippetPart[] {
  const clean = (parts: SnippetPart[]) => parts.map((part) => ({ ...part, text: stripMarkdown(part.text) }));
  const fromHeadline = tidy(clean(splitMarked(input.headline, input.start, input.end)).flatMap((part) => markStems(part, input.stems)));
  if (fromHeadline.some((part) => part.match)) return trimEnds(fromHeadline);
  const around = windowAround(stripMarkdown(input.body.split(input.start).join('').split(input.end).join('')), input.stems);
  if (around === null) return trimEnds(fromHeadline);
  return trimEnds(tidy(markStems({ text: around, match: false }, input.stems)));
}

function trimEnds(parts: SnippetPart[]): SnippetPart[] {
  const out = parts.map((part) => ({ ...part }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return out.filter((part) => part.text !== '');
}
