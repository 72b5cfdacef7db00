/** The only schemes a link in a text may use; anything without a scheme is a relative link. */
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Characters a browser ignores, or that hide a scheme from a naive check: controls, spaces, invisibles. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;

/** Decodes percent-encoded ASCII (repeatedly, so double encoding cannot hide a scheme either). */
function decodeAsciiPercent(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round += 1) {
    const next = current.replace(/%([0-7][0-9a-f])/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * True for a link target a text may use: http, https, mailto, or a relative link (path, query
 * or fragment). Everything else — javascript:, vbscript:, data:, file: or any other scheme — is
 * refused, however it is spelt: in any case, percent-encoded, or with whitespace, control or
 * invisible characters inside. HTML entities are decoded before this check (by the Markdown
 * parser, or by the browser when the check runs on a DOM attribute).
 */
export function isSafeLinkUrl(url: string): boolean {
  const normalised = decodeAsciiPercent(url).replace(INVISIBLE, '').toLowerCase();
  const firstSegment = normalised.split(/[/?#]/, 1)[0] ?? '';
  const colon = firstSegment.indexOf(':');
  if (colon === -1) return true;
  return ALLOWED_SCHEMES.has(firstSegment.slice(0, colon + 1));
}
