import { useSyncExternalStore } from 'react';
import { isFinishedJob } from '../../contract/jobs.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import type { ImportJobDetail } from '../api/types.js';
import { useJobsProgress } from '../jobs/use-job-progress.js';
import { MAX_DOCUMENT_BYTES } from '../../domain/limits.js';

/** Larger files are refused here, before they are sent: the server would refuse them too. */
const MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES;

/**
 * Where one chosen file stands: waiting for the files before it, uploading, an import job on
 * the server (whose own stage tells the rest), or refused before or during the upload.
 */
type UploadPhase = 'waiting' | 'uploading' | 'job' | 'failed';

export interface UploadItem {
  key: string;
  fileName: string;
  sizeBytes: number;
  phase: UploadPhase;
  job: ImportJobDetail | null;
  /** Why the file never became a job (refused here or by the upload). */
  error: { code: string; message: string } | null;
}

/** The stage to show: the client's own until the server has a job, then the job's. */
export type DisplayStage = 'waiting' | 'uploading' | 'queued' | 'extracting' | 'parsing' | 'saving' | 'done' | 'failed' | 'cancelled';

const SERVER_STAGES = new Set<DisplayStage>(['queued', 'extracting', 'parsing', 'saving', 'done', 'failed', 'cancelled']);

export function displayStage(item: UploadItem): DisplayStage {
  if (item.phase !== 'job' || !item.job) return item.phase === 'job' ? 'queued' : item.phase;
  if (item.job.status === 'done') return 'done';
  if (item.job.status === 'failed') return 'failed';
  if (item.job.status === 'cancelled') return 'cancelled';
  return SERVER_STAGES.has(item.job.stage as DisplayStage) ? (item.job.stage as DisplayStage) : 'queued';
}

export const isFinished = (item: UploadItem) => item.phase === 'failed' || jobFinished(item.job ?? undefined);

/** A job the server still has to finish: it can be cancelled. */
export const isCancellable = (item: UploadItem) => item.phase === 'job' && (item.job?.status === 'queued' || item.job?.status === 'running');

/** The error of a file, whether it failed here, in the upload or in the import. */
export function uploadError(item: UploadItem): { code: string; message: string } | null {
  if (item.error) return item.error;
  return item.job?.status === 'failed' ? (item.job.error ?? { code: 'internal', message: '' }) : null;
}

function uploadFailure(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) {
    if (error.status === 413) return { code: 'too-large', message: error.message };
    if (error.status === 400 && error.details.some((detail) => detail.field === 'body')) return { code: 'empty', message: error.message };
    return { code: 'upload', message: error.message };
  }
  return { code: 'upload', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The files chosen on the import page during this visit to the app and their uploads (state of
 * this tab, not of the server: the jobs' progress is read through the query cache). The list lives
 * outside the page, so following a link to an imported evaluation and coming back still shows it;
 * the uploads go on meanwhile, and the jobs run on the server whatever the browser does.
 */
let items: UploadItem[] = [];
const listeners = new Set<() => void>();
const queue: Array<{ key: string; file: File }> = [];
let uploading = false;
let nextKey = 0;

function setItems(next: UploadItem[]): void {
  items = next;
  for (const listener of listeners) listener();
}

function update(key: string, change: Partial<UploadItem>): void {
  setItems(items.map((item) => (item.key === key ? { ...item, ...change } : item)));
}

/** Uploads the queued files one after another, so the server's queue gets them in the order chosen. */
async function drain(): Promise<void> {
  if (uploading) return;
  uploading = true;
  try {
    for (let next = queue.shift(); next; next = queue.shift()) {
      update(next.key, { phase: 'uploading' });
      try {
        const { job } = await api.uploadImport(next.file, next.file.name);
        update(next.key, { phase: 'job', job: { ...job, report: null } });
      } catch (error) {
        update(next.key, { phase: 'failed', error: uploadFailure(error) });
      }
    }
  } finally {
    uploading = false;
  }
}

/** Checks the chosen files (size), then queues the acceptable ones for upload. */
function addFiles(files: readonly File[]): void {
  const added: UploadItem[] = files.map((file) => {
    const key = `upload-${(nextKey += 1)}`;
    const refused = file.size > MAX_UPLOAD_BYTES ? 'too-large' : file.size === 0 ? 'empty' : null;
    if (!refused) queue.push({ key, file });
    return {
      key,
      fileName: file.name,
      sizeBytes: file.size,
      phase: refused ? 'failed' : 'waiting',
      job: null,
      error: refused ? { code: refused, message: '' } : null,
    };
  });
  setItems([...added, ...items]);
  void drain();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => items;

const jobFinished = (job: ImportJobDetail | undefined): boolean => job !== undefined && isFinishedJob(job);

/** A failed read of an import ends its following only when the job is gone. */
const isGone = (error: unknown): error is ApiError => error instanceof ApiError && error.isNotFound;

/**
 * The files chosen on the import page and what became of them: each is checked here (size),
 * uploaded in turn, then its job is followed (`useJobsProgress`) until it is done, failed or
 * cancelled. A failed read is tried again at the next tick, unless the job is gone.
 */
export function useImportUploads(): { items: UploadItem[]; addFiles: (files: readonly File[]) => void } {
  const chosen = useSyncExternalStore(subscribe, snapshot);
  const withJobs = chosen.filter((item): item is UploadItem & { job: ImportJobDetail } => item.job !== null);
  const progress = useJobsProgress(
    withJobs.map((item) => ({
      queryKey: queryKeys.imports.detail(item.job.id),
      fetchJob: (signal: AbortSignal) => api.getImport(item.job.id, signal),
      initial: item.job,
      stopsOn: isGone,
    })),
  );
  const read = new Map(withJobs.map((item, index) => [item.key, progress[index]]));
  const items = chosen.map((item): UploadItem => {
    const job = read.get(item.key);
    if (!job) return item;
    if (isGone(job.error) && !jobFinished(job.data)) {
      return { ...item, phase: 'failed', error: { code: 'internal', message: job.error.message } };
    }
    return job.data ? { ...item, job: job.data } : item;
  });
  return { items, addFiles };
}
