/**
 * Checks a PDF before the PDF library reads it: every Flate-compressed stream that text
 * extraction may decode (everything but images) is inflated here, streaming and counting bytes,
 * and the check stops as soon as their real size passes a limit, so a small file with a
 * stream that expands to hundreds of megabytes is refused before pdfjs decodes it into memory.
 * The page count and the extracted text are limited while extracting (`pdf-to-text.ts`).
 */
import { Inflate, Unzlib } from 'fflate';
import { formatBytes, ImportError } from './import-error.js';

export interface PdfLimits {
  /** Most pages a document may have. */
  maxPages: number;
  /** Most bytes all non-image Flate streams may decode to together. */
  maxDecodedBytes: number;
  /** Most characters of extracted text. */
  maxTextChars: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 500,
  maxDecodedBytes: 100 * 1024 * 1024,
  maxTextChars: 20 * 1024 * 1024,
};

const CHUNK = 64 * 1024;
const latin1 = new TextDecoder('latin1');

export function tooComplexPdf(file: string, why: string): ImportError {
  return new ImportError('too-complex', file, `${why}; a report never needs that much, so it was not opened`);
}

/** Index of `needle` (ASCII) in bytes from `from`, or -1. */
function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  outer: for (let at = bytes.indexOf(first, from); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    for (let index = 1; index < needle.length; index += 1) {
      if (bytes[at + index] !== needle.charCodeAt(index)) continue outer;
    }
    return at;
  }
  return -1;
}

/** Decodes a stream (zlib-wrapped, as PDFs write them, or raw deflate) counting bytes; stops past `room`. */
function decodedSize(data: Uint8Array, room: number): { size: number; over: boolean } {
  let size = 0;
  let over = false;
  const zlibWrapped = data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  const onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > room) over = true;
  };
  const stream = zlibWrapped ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let at = 0; at < data.length && !over; at += CHUNK) stream.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
  } catch {
    // A damaged stream: pdfjs decodes what it can of it, which is no more than was counted.
  }
  return { size, over };
}

/**
 * Throws ImportError `too-complex` when the non-image Flate streams of the PDF decode to more
 * than the limit. Returns their total decoded size.
 */
export function checkPdfStreams(bytes: Uint8Array, file: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): number {
  let total = 0;
  for (let at = indexOf(bytes, 'stream', 0); at >= 0; at = indexOf(bytes, 'stream', at + 6)) {
    // "endstream" also contains "stream"; a stream keyword follows its dictionary's ">>".
    if (at >= 3 && latin1.decode(bytes.subarray(at - 3, at)) === 'end') continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    const dictionaryStart = Math.max(0, at - 2048);
    const dictionary = latin1.decode(bytes.subarray(dictionaryStart, at));
    const open = dictionary.lastIndexOf('obj');
    const header = open >= 0 ? dictionary.slice(open) : dictionary;
    const end = indexOf(bytes, 'endstream', start);
    const stop = end < 0 ? bytes.length : end;
    if (!/\/FlateDecode|\/Fl\b/.test(header) || /\/Subtype\s*\/Image/.test(header)) {
      at = stop;
      continue;
    }
    const { size, over } = decodedSize(bytes.subarray(start, stop), limits.maxDecodedBytes - total);
    total += size;
    if (over) throw tooComplexPdf(file, `has compressed content that expands to more than ${formatBytes(limits.maxDecodedBytes)}`);
    at = stop;
  }
  return total;
}
