/**
 * A model version to and from a file: the export (JSON or XLSX) of any version, shipped or
 * authored, and the import, which reads the file, names each problem by JSON path or cell (400
 * `validation`), and writes it as a new draft or as the new content of a draft it replaces.
 */
import type { Database } from '../../db/client.js';
import type { FrameworkFileFormat, FrameworkVersionView } from '../../contract/framework-versions.js';
import type { Catalogue } from '../../domain/framework.js';
import { AppError } from '../../kernel/errors.js';
import type { FileProblem, FrameworkDocument } from '../../framework-files/document.js';
import { frameworkToJson, readFrameworkJson } from '../../framework-files/json-format.js';
import { frameworkToXlsx, readFrameworkXlsx } from '../../framework-files/xlsx-format.js';
import { importNewFrameworkVersion, saveFrameworkVersion } from './commands.js';
import { requireVersionSource } from './queries.js';

export interface FrameworkVersionFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<FrameworkFileFormat, string> = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function exportFrameworkVersionFile(db: Database, catalogue: Catalogue, id: string, format: FrameworkFileFormat): Promise<FrameworkVersionFile> {
  const source = await requireVersionSource(db, catalogue, id);
  const document: FrameworkDocument = { definition: source.definition, maps: source.maps };
  const body = format === 'json' ? Buffer.from(frameworkToJson(document), 'utf8') : frameworkToXlsx(document);
  return { fileName: `${source.definition.id}.${format}`, contentType: CONTENT_TYPES[format], body };
}

function refuseFile(problems: readonly FileProblem[]): never {
  const shown = problems.slice(0, 5).map((problem) => `${problem.field}: ${problem.message}`);
  throw new AppError('validation', `The file cannot be imported: ${shown.join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`, [...problems]);
}

/**
 * Makes a draft of the file (201), or, with `replaces` (a draft's id, which must be the file's)
 * and the version last read, makes the file that draft's new content (200).
 */
export async function importFrameworkVersionFile(
  db: Database,
  catalogue: Catalogue,
  bytes: Uint8Array,
  query: { format: FrameworkFileFormat; replaces?: string | undefined; version?: number | undefined },
  actor: string,
): Promise<{ created: boolean; view: FrameworkVersionView }> {
  if (query.replaces !== undefined && query.version === undefined) {
    throw new AppError('validation', 'Invalid input: query.version: must be the version last read of the draft the file replaces', [
      { field: 'query.version', message: 'must be given with replaces (the version last read)' },
    ]);
  }
  const read = query.format === 'json' ? readFrameworkJson(bytes) : await readFrameworkXlsx(bytes);
  if (!read.ok) refuseFile(read.problems);
  const { definition, maps } = read.document;
  if (query.replaces === undefined) return { created: true, view: await importNewFrameworkVersion(db, catalogue, { definition, maps }, actor) };
  const view = await saveFrameworkVersion(db, catalogue, query.replaces, { version: query.version!, definition, maps }, actor, {
    action: 'framework.version.import',
    idField: 'file.definition.id',
  });
  return { created: false, view };
}
