/** Checks that a string can be a report at all before any parsing work is spent on it. */
import { formatBytes, ImportError, MAX_DOCUMENT_BYTES } from './import-error.js';

/** Bytes of a string in UTF-8, without allocating a buffer. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Throws ImportError for empty, oversized or binary-looking text. "Binary-looking" means NUL
 * characters, or many control or replacement characters in the first 64 KB (what decoding a
 * non-text file as UTF-8 produces).
 */
export function assertUsableText(text: unknown, file: string): asserts text is string {
  if (typeof text !== 'string') throw new ImportError('unreadable', file, 'is not text');
  if (text.length > MAX_DOCUMENT_BYTES || (text.length * 3 > MAX_DOCUMENT_BYTES && utf8Length(text) > MAX_DOCUMENT_BYTES)) {
    throw new ImportError('too-large', file, `is too large (${formatBytes(utf8Length(text))}); the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}`);
  }
  if (text.trim() === '') throw new ImportError('empty', file, 'is empty (no text)');
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let suspicious = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) throw new ImportError('binary', file, 'is a binary file, not text (it contains NUL bytes)');
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) suspicious += 1;
  }
  if (suspicious > 8 && suspicious / sample.length > 0.02) {
    throw new ImportError('binary', file, `is a binary file, not text (${Math.round((suspicious / sample.length) * 100)}% control or undecodable characters)`);
  }
}
