/**
 * Joins paragraphs that a page break in the original cut in two: a paragraph that ends without
 * closing punctuation, followed by one that starts in lower case, is one paragraph.
 */
export function joinBrokenParagraphs(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined.at(-1);
    if (previous !== undefined && !/[.!?:;”"’)…]$/.test(previous) && !previous.startsWith('- ') && /^\p{Ll}/u.test(paragraph)) {
      joined[joined.length - 1] = `${previous} ${paragraph}`;
    } else {
      joined.push(paragraph);
    }
  }
  return joined;
}

/** Paragraphs as one text with blank lines between them, or null when there are none. */
export function joinParagraphs(paragraphs: readonly string[]): string | null {
  const joined = joinBrokenParagraphs(paragraphs);
  return joined.length > 0 ? joined.join('\n\n') : null;
}
