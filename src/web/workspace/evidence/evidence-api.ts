import type { Evidence, EvidenceFile, KindCounts } from '../../../api/evidence/schemas.js';
import type { DocumentKind, EvidenceKind, IntervieweeGroup, ObservationChannel } from '../../../domain/evidence.js';
import { getJson, readJson, send, urlOf } from '../../api/http.js';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.js';

export type { Evidence, EvidenceFile, KindCounts };

const enc = encodeURIComponent;
const base = (evaluationId: string) => `/evaluations/${enc(evaluationId)}`;

/** What is sent to create (or, with `version`, replace) an item; the server's discriminated union. */
export type EvidenceInput =
  | { kind: 'interview'; occurredOn: string; intervieweeGroup: IntervieweeGroup; people: number; title?: string; notes: string; unitCodes: string[] }
  | { kind: 'document'; title: string; documentKind: DocumentKind; occurredOn?: string; url?: string; fileId?: string; notes: string; unitCodes: string[] }
  | { kind: 'observation'; channel: ObservationChannel; title: string; occurredOn: string; url?: string; notes: string; unitCodes: string[] };

export interface EvidenceFilter {
  kind?: EvidenceKind;
  unit?: string;
}

export type EvidenceList = { items: Evidence[]; total: number };
export type EvidenceSummary = { units: Record<string, KindCounts> };

/** The evidence reads as queries (list with its filter, and the summary), keyed under the evaluation. */
export const evidenceQueries = {
  list: (evaluationId: string, filter: EvidenceFilter) => ({
    queryKey: queryKeys.evaluation(evaluationId).evidenceList(filter),
    queryFn: ({ signal }: { signal?: AbortSignal }) => evidenceApi.list(evaluationId, filter, signal),
  }),
  summary: (evaluationId: string) => ({
    queryKey: queryKeys.evaluation(evaluationId).evidenceSummary(),
    queryFn: ({ signal }: { signal?: AbortSignal }) => evidenceApi.summary(evaluationId, signal),
  }),
};

/** Starts reading the unfiltered list and the summary while the workspace around them loads. */
export function prefetchEvidence(client: QueryClient, evaluationId: string): void {
  void client.prefetchQuery(evidenceQueries.list(evaluationId, {}));
  void client.prefetchQuery(evidenceQueries.summary(evaluationId));
}

/** The evidence register of one evaluation (admins and its evaluators). */
export const evidenceApi = {
  list: (evaluationId: string, filter: EvidenceFilter, signal?: AbortSignal) =>
    getJson<EvidenceList>(`${base(evaluationId)}/evidence`, { kind: filter.kind, unit: filter.unit }, signal),
  summary: (evaluationId: string, signal?: AbortSignal) => getJson<EvidenceSummary>(`${base(evaluationId)}/evidence-summary`, {}, signal),
  create: (evaluationId: string, input: EvidenceInput) => send<Evidence>('POST', `${base(evaluationId)}/evidence`, input),
  update: (evaluationId: string, id: string, input: EvidenceInput, version: number) =>
    send<Evidence>('PUT', `${base(evaluationId)}/evidence/${enc(id)}`, { ...input, version }),
  remove: (evaluationId: string, id: string, version: number) =>
    send<void>('DELETE', `${base(evaluationId)}/evidence/${enc(id)}`, undefined, { query: { version } }),
  upload: (evaluationId: string, file: File) =>
    send<EvidenceFile>('POST', `${base(evaluationId)}/evidence-files`, file, { query: { filename: file.name } }),
  /** Where an uploaded file is downloaded (always as an attachment). */
  fileUrl: (evaluationId: string, fileId: string) => urlOf(`${base(evaluationId)}/evidence-files/${enc(fileId)}`),
};

/**
 * Uploads a file with progress (XMLHttpRequest reports it, fetch does not). A refused CSRF token
 * or an ended session is left to the ordinary client, which reads the session again and retries.
 */
export function uploadWithProgress(evaluationId: string, file: File, csrfToken: string | null, onProgress: (fraction: number) => void): Promise<EvidenceFile> {
  const attempt = new Promise<EvidenceFile | 'retry'>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', urlOf(`${base(evaluationId)}/evidence-files`, { filename: file.name }));
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status === 401 || request.status === 403) {
        resolve('retry');
        return;
      }
      const response = new Response(request.status === 204 ? null : request.responseText, {
        status: request.status,
        statusText: request.statusText,
        headers: { 'content-type': 'application/json' },
      });
      readJson<EvidenceFile>(response).then(resolve, reject);
    });
    request.addEventListener('error', () => reject(new TypeError('The upload failed: no answer from the server')));
    request.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    request.send(file);
  });
  return attempt.then((result) => (result === 'retry' ? evidenceApi.upload(evaluationId, file) : result));
}
