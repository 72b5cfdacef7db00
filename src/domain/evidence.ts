/**
 * The evidence of an evaluation: what kinds there are, their vocabularies and limits, and the
 * pure rules for uploaded files (media type by name, how a download is labelled). Plain data and
 * functions, safe to bundle with the web app.
 */

export const EVIDENCE_KINDS = ['interview', 'document', 'observation'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const INTERVIEWEE_GROUPS = ['politician_majority', 'politician_opposition', 'senior_official', 'manager', 'union', 'company', 'other'] as const;
export type IntervieweeGroup = (typeof INTERVIEWEE_GROUPS)[number];

export const DOCUMENT_KINDS = ['policy', 'plan', 'guideline', 'report', 'minutes', 'budget', 'annual_report', 'other', 'questionnaire'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const OBSERVATION_CHANNELS = ['website', 'social'] as const;
export type ObservationChannel = (typeof OBSERVATION_CHANNELS)[number];

/** Largest evidence file, in bytes (20 MiB). */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_NOTES_MAX = 100_000;
export const EVIDENCE_TITLE_MAX = 300;
export const EVIDENCE_URL_MAX = 2000;
export const INTERVIEW_PEOPLE_MAX = 500;
export const EVIDENCE_FILE_NAME_MAX = 255;

export const OCTET_STREAM = 'application/octet-stream';

/** The media types Kompass stores and serves evidence files as, by file name extension. */
const EVIDENCE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const ALLOWED_MEDIA_TYPES = new Set(Object.values(EVIDENCE_MEDIA_TYPES));

/** The media type of an uploaded file, from its name's extension; anything unknown is plain bytes. */
export function mediaTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return OCTET_STREAM;
  return EVIDENCE_MEDIA_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? OCTET_STREAM;
}

/**
 * The media type a download is served as: the stored one when it is on the allow-list, else
 * plain bytes. A browser never gets a type it would render as a page (HTML, SVG) from an upload.
 */
export function downloadMediaType(stored: string): string {
  return ALLOWED_MEDIA_TYPES.has(stored) ? stored : OCTET_STREAM;
}

/** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeRfc5987(value: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    encoded += byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * A Content-Disposition header that makes the browser save the file under its own name: an
 * ASCII fallback for old clients and the exact UTF-8 name as `filename*` (RFC 5987/6266).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'file';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** True for a file name without a path or control characters. */
export function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[/\\\x00-\x1f\x7f]/.test(name) && name !== '.' && name !== '..';
}

/** Problems with the sub-areas an evidence item links to: each must be a scoring unit of the framework. */
export function unitCodeProblems(codes: readonly string[], knownUnits: readonly string[]): Array<{ index: number; message: string }> {
  const known = new Set(knownUnits);
  return codes.flatMap((code, index) =>
    known.has(code) ? [] : [{ index, message: `"${code}" is not a sub-area of this evaluation's framework (known: ${knownUnits.join(', ')})` }],
  );
}
