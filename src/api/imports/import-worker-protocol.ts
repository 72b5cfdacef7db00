/** The messages between the import worker (`import-worker-entry.ts`) and the server. */
import type { Catalogue } from '../../domain/framework.js';
import type { MunicipalityRef } from '../../domain/municipality.js';
import type { ExtractionLimits } from '../../import/extract-text.js';
import type { ImportErrorCode } from '../../import/import-error.js';
import type { ParsedReport } from '../../import/types.js';

export interface WorkerRequest {
  bytes: Uint8Array;
  file: string;
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
  limits: ExtractionLimits;
}

export type WorkerReply =
  | { type: 'stage'; stage: 'parsing' }
  | { type: 'done'; report: ParsedReport }
  | { type: 'import-error'; code: ImportErrorCode; file: string; message: string }
  | { type: 'crash'; message: string };
