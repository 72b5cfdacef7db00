import type { Language } from '../../i18n/index.js';
import { ApiError } from './api-error.js';
import type { EvaluationDetail, EvaluationList, FrameworkDetail, FrameworkList, ImportJob, ImportJobDetail, ImportJobList, MunicipalityDetail, MunicipalityList } from './types.js';

type Query = Record<string, string | number | undefined>;

function urlOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: [] } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? response.statusText, body?.error?.details ?? []);
  }
  return (await response.json()) as T;
}

async function getJson<T>(path: string, query: Query, signal?: AbortSignal): Promise<T> {
  return readJson<T>(await fetch(urlOf(path, query), { headers: { accept: 'application/json' }, signal }));
}

/** A typed client for the Kompass API; every call can be cancelled with `signal`. */
export const api = {
  listEvaluations: (query: { municipality?: string; limit?: number; lang: Language }, signal?: AbortSignal) =>
    getJson<EvaluationList>('/evaluations', query, signal),
  getEvaluation: (id: string, lang: Language, signal?: AbortSignal) =>
    getJson<EvaluationDetail>(`/evaluations/${encodeURIComponent(id)}`, { lang }, signal),
  searchMunicipalities: (query: { q?: string; limit?: number }, signal?: AbortSignal) =>
    getJson<MunicipalityList>('/municipalities', query, signal),
  getMunicipality: (code: string, signal?: AbortSignal) =>
    getJson<MunicipalityDetail>(`/municipalities/${encodeURIComponent(code)}`, {}, signal),
  listFrameworks: (lang: Language, signal?: AbortSignal) => getJson<FrameworkList>('/frameworks', { lang }, signal),
  getFramework: (id: string, lang: Language, signal?: AbortSignal) =>
    getJson<FrameworkDetail>(`/frameworks/${encodeURIComponent(id)}`, { lang }, signal),
  /** Sends one document's bytes; the server answers at once with the queued import job. */
  uploadImport: async (file: Blob, fileName: string, signal?: AbortSignal) =>
    readJson<{ job: ImportJob }>(
      await fetch(urlOf('/imports', { filename: fileName }), {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
        body: file,
        signal,
      }),
    ),
  getImport: (id: string, signal?: AbortSignal) => getJson<ImportJobDetail>(`/imports/${encodeURIComponent(id)}`, {}, signal),
  listImports: (query: { limit?: number }, signal?: AbortSignal) => getJson<ImportJobList>('/imports', query, signal),
};
