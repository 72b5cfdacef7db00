/**
 * The one error type the importer throws on purpose. Every other exception escaping the
 * importer is a bug; callers (dry-run, CLI, upload) can tell the two apart by `instanceof`.
 */

/** Stable machine-readable reasons a document cannot be imported. */
export const IMPORT_ERROR_CODES = [
  'empty',
  'too-large',
  /** Expands past the importer's limits (a compression bomb, too many pages or parts). */
  'too-complex',
  'binary',
  'unreadable',
  'not-a-report',
  'unknown-framework',
  'unknown-municipality',
  'invalid-scores',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export { MAX_DOCUMENT_BYTES } from '../domain/limits.js';

/** A document that cannot be imported; the message always names the file and what is wrong. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}

/** Formats a byte count for error messages ("10.5 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
