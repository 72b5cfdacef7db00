/**
 * Bytes of an uploaded or given file → report text. The format is chosen by content (magic
 * bytes), never by file name: Word .docx (ZIP), PDF, or text (UTF-8, UTF-16 with BOM, or
 * Windows-1252 as older Swedish text files often are). Everything else is rejected with an
 * ImportError that names the file and what is wrong.
 */
import { htmlToReportText } from './html-to-text.js';
import { formatBytes, ImportError, MAX_DOCUMENT_BYTES } from './import-error.js';
import { checkPdfStreams, DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-guard.js';
import { assertUsableText } from './text-guard.js';
import { checkZipLimits, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.js';

/** How far a document may expand while it is read (see zip-guard.ts and pdf-guard.ts). */
export interface ExtractionLimits {
  zip: ZipLimits;
  pdf: PdfLimits;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = { zip: DEFAULT_ZIP_LIMITS, pdf: DEFAULT_PDF_LIMITS };

/** The formats the importer recognises. */
type DocumentKind = 'docx' | 'pdf' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const OTHER_BINARY: Array<[readonly number[], string]> = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word .doc (or other OLE) file; save it as .docx or PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document; save it as .docx or PDF'],
];

/** Detects the document kind from its first bytes. Throws ImportError for known non-report binaries. */
function detectKind(bytes: Uint8Array, file: string): DocumentKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  // The PDF header may follow a little junk (the spec allows it within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  for (const [signature, what] of OTHER_BINARY) {
    if (startsWith(bytes, signature)) throw new ImportError('binary', file, `is ${what}, not a report`);
  }
  return 'text';
}

function decodeText(bytes: Uint8Array, file: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) throw new ImportError('binary', file, 'is a binary file, not text, Word (.docx) or PDF');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older exports are Windows-1252. The text guard still rejects real binaries.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function docxText(bytes: Uint8Array, file: string, limits: ZipLimits): Promise<string> {
  // Before the Word library inflates anything: a file that expands too far is refused here.
  checkZipLimits(bytes, file, limits);
  let html: string;
  try {
    // Loaded on first use: the Word and PDF libraries are large and most starts import nothing.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/main document part|word\/document\.xml|could not find file/i.test(reason)) {
      throw new ImportError('binary', file, 'is a ZIP archive but not a Word .docx document');
    }
    throw new ImportError('unreadable', file, `is a damaged or truncated Word document (${reason.split('\n')[0]})`);
  }
  if (html.length > DEFAULT_PDF_LIMITS.maxTextChars * 4) throw new ImportError('too-complex', file, 'has far more text than any report; it was not read further');
  const text = htmlToReportText(html);
  if (text.trim() === '') throw new ImportError('empty', file, 'is a Word document without any text');
  return text;
}

async function pdfText(bytes: Uint8Array, file: string, limits: PdfLimits): Promise<string> {
  // Before pdfjs decodes anything: a stream that expands too far is refused here.
  checkPdfStreams(bytes, file, limits);
  let text: string;
  try {
    const { pdfToText } = await import('./pdf-to-text.js');
    text = await pdfToText(bytes, file, limits);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) throw new ImportError('unreadable', file, 'is a password-protected PDF');
    throw new ImportError('unreadable', file, `is a damaged or truncated PDF (${reason.split('\n')[0]})`);
  }
  if (text.trim() === '') throw new ImportError('empty', file, 'is a PDF without extractable text (a scanned image?); run OCR first');
  return text;
}

/**
 * Extracts report text from a file's bytes. Throws ImportError with code `empty`, `too-large`,
 * `too-complex` (expands past the limits), `binary` or `unreadable`. Run it in the import worker
 * (`src/api/imports/import-worker.ts`), whose memory and time limits catch what these checks miss.
 */
export async function extractText(bytes: Uint8Array, file: string, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS): Promise<string> {
  if (bytes.byteLength === 0) throw new ImportError('empty', file, 'is empty (0 bytes)');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new ImportError('too-large', file, `is too large (${formatBytes(bytes.byteLength)}); the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}`);
  }
  const kind = detectKind(bytes, file);
  const text =
    kind === 'docx' ? await docxText(bytes, file, limits.zip) : kind === 'pdf' ? await pdfText(bytes, file, limits.pdf) : decodeText(bytes, file);
  assertUsableText(text, file);
  return text;
}
