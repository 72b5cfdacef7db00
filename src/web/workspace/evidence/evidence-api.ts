import type { QueryClient } from '@tanstack/react-query';
import {
  evidenceOperations as ops,
  type Evidence,
  type EvidenceFile,
  type EvidenceInput,
  type EvidenceListQuery,
  type KindCounts,
} from '../../../contract/evidence.js';
import { apiUrl, callApi } from '../../api/call.js';
import { readJson } from '../../api/http.js';
import { queryKeys } from '../../api/query-keys.js';

export type { Evidence, EvidenceFile, EvidenceInput, KindCounts };
export type EvidenceFilter = EvidenceListQuery;

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
    callApi(ops.listEvidence, { params: { id: evaluationId }, query: { kind: filter.kind, unit: filter.unit } }, { signal }),
  summary: (evaluationId: string, signal?: AbortSignal) => callApi(ops.getEvidenceSummary, { params: { id: evaluationId } }, { signal }),
  create: (evaluationId: string, input: EvidenceInput) => callApi(ops.createEvidence, { params: { id: evaluationId }, body: input }),
  update: (evaluationId: string, id: string, input: EvidenceInput, version: number) =>
    callApi(ops.updateEvidence, { params: { id: evaluationId, evidenceId: id }, body: { ...input, version } }),
  remove: (evaluationId: string, id: string, version: number) =>
    callApi(ops.deleteEvidence, { params: { id: evaluationId, evidenceId: id }, query: { version } }),
  upload: (evaluationId: string, file: File) => callApi(ops.uploadEvidenceFile, { params: { id: evaluationId }, query: { filename: file.name }, body: file }),
  /** Where an uploaded file is downloaded (always as an attachment). */
  fileUrl: (evaluationId: string, fileId: string) => apiUrl(ops.downloadEvidenceFile, { params: { id: evaluationId, fileId } }),
};

/**
 * Uploads a file with progress (XMLHttpRequest reports it, fetch does not). A refused CSRF token
 * or an ended session is left to the ordinary client, which reads the session again and retries.
 */
export function uploadWithProgress(evaluationId: string, file: File, csrfToken: string | null, onProgress: (fraction: number) => void): Promise<EvidenceFile> {
  const attempt = new Promise<EvidenceFile | 'retry'>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(ops.uploadEvidenceFile.method, apiUrl(ops.uploadEvidenceFile, { params: { id: evaluationId }, query: { filename: file.name } }));
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
