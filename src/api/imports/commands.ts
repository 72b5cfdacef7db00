import type { Executor } from '../../db/client.js';
import type { ImportQueue } from '../../kernel/context.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { cancelUnfinishedImportJob, findImportJob, type ImportJobRecord } from './job-repository.js';

/**
 * Cancels a queued or running import job: it is marked cancelled (final; nothing of it is saved,
 * since its save checks in its own transaction that the job still runs) and, when this process
 * runs it, its worker is stopped at once; another process (the CLI cancelling for a running
 * server) sees the status within a second. A job that already finished is refused with 409.
 */
export async function cancelImportJob(executor: Executor, queue: Pick<ImportQueue, 'cancel'> | null, id: string): Promise<ImportJobRecord> {
  const cancelled = await cancelUnfinishedImportJob(executor, id);
  if (!cancelled) {
    const job = await findImportJob(executor, id);
    if (!job) throw notFound(`Import ${id}`);
    throw new AppError('conflict', `Import ${id} has already ${job.status === 'cancelled' ? 'been cancelled' : `finished (${job.status})`}; only queued and running imports can be cancelled`, [], {
      status: job.status,
    });
  }
  queue?.cancel(id);
  return cancelled;
}
