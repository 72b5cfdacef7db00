import type { QueryClient } from '@tanstack/react-query';
import {
  frameworkVersionsOperations as ops,
  type CreateFrameworkVersionInput,
  type FrameworkFileFormat,
  type FrameworkVersionSummary,
  type FrameworkVersionView,
  type SaveFrameworkVersionInput,
} from '../../contract/framework-versions.js';
import { apiUrl, callApi } from '../api/call.js';
import { queryKeys } from '../api/query-keys.js';
import type { Language } from '../../domain/framework.js';

export type { FrameworkFileFormat, FrameworkVersionSummary, FrameworkVersionView };

/** The model versions as administrators author them. */
export const frameworkVersionsApi = {
  list: (lang: Language, signal?: AbortSignal) => callApi(ops.listFrameworkVersions, { query: { lang } }, { signal }),
  get: (id: string, lang: Language, signal?: AbortSignal) => callApi(ops.getFrameworkVersion, { params: { id }, query: { lang } }, { signal }),
  create: (input: CreateFrameworkVersionInput) => callApi(ops.createFrameworkVersion, { body: input }),
  save: (id: string, input: SaveFrameworkVersionInput) => callApi(ops.saveFrameworkVersion, { params: { id }, body: input }),
  publish: (id: string, version: number) => callApi(ops.publishFrameworkVersion, { params: { id }, body: { version } }),
  remove: (id: string, version: number) => callApi(ops.deleteFrameworkVersion, { params: { id }, query: { version } }),
  /** A version from a JSON or XLSX file as a new draft; with `replaces` and `version`, as that draft's new content. */
  importFile: (file: Blob, format: FrameworkFileFormat, replaces?: { id: string; version: number }) =>
    callApi(ops.importFrameworkVersion, { query: { format, replaces: replaces?.id, version: replaces?.version }, body: file }),
  /** Where the version is downloaded as a file. */
  fileUrl: (id: string, format: FrameworkFileFormat) => apiUrl(ops.exportFrameworkVersion, { params: { id }, query: { format } }),
};

/** The format of a chosen file by its name; null when neither JSON nor XLSX. */
export function versionFileFormatOf(name: string): FrameworkFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** After any change of a version: every read of the authored versions and of the public frameworks. */
export const invalidateFrameworkVersions = (client: QueryClient): Promise<unknown> =>
  Promise.all([client.invalidateQueries({ queryKey: queryKeys.frameworkVersions.all }), client.invalidateQueries({ queryKey: queryKeys.frameworks.all })]);
