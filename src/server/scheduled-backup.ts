import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_SUFFIX, writeBackup, type BackupSummary } from '../db/backup.js';
import type { DatabaseHandle } from '../db/client.js';

export interface BackupSchedule {
  directory: string;
  intervalHours: number;
  keep: number;
}

/** The name of a backup made at `at`: sorts by time. */
export const scheduledBackupName = (at: Date) => `kompass-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}${BACKUP_SUFFIX}`;

const backupsIn = (directory: string) =>
  readdirSync(directory)
    .filter((name) => /^kompass-\d{8}T\d{6}Z/.test(name) && name.endsWith(BACKUP_SUFFIX))
    .sort();

/** Writes one timestamped backup into the directory, then removes all but the newest `keep`. */
export async function runScheduledBackup(database: Pick<DatabaseHandle, 'db' | 'engine'>, schedule: BackupSchedule, now = new Date()): Promise<BackupSummary> {
  mkdirSync(schedule.directory, { recursive: true });
  const summary = await writeBackup(database, join(schedule.directory, scheduledBackupName(now)));
  for (const old of backupsIn(schedule.directory).slice(0, -schedule.keep)) rmSync(join(schedule.directory, old), { force: true });
  return summary;
}

/**
 * Makes a backup every `intervalHours` (the first when the newest one in the directory is that old,
 * at once when there is none). Failures are logged and tried again at the next time.
 */
export function startScheduledBackups(
  database: Pick<DatabaseHandle, 'db' | 'engine'>,
  schedule: BackupSchedule,
  log: { info(message: string): void; error(error: unknown, message: string): void },
): { stop(): void } {
  const interval = schedule.intervalHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const summary = await runScheduledBackup(database, schedule);
      log.info(`scheduled backup written to ${summary.path} (${summary.rows} rows, ${summary.bytes} bytes, ${summary.milliseconds} ms)`);
    } catch (error) {
      log.error(error, `scheduled backup into ${schedule.directory} failed`);
    }
    if (!stopped) timer = setTimeout(() => void run(), interval).unref();
  };
  let newest = 0;
  try {
    const last = backupsIn(schedule.directory).at(-1);
    if (last) newest = statSync(join(schedule.directory, last)).mtimeMs;
  } catch {
    // No directory yet: the first backup makes it.
  }
  timer = setTimeout(() => void run(), Math.max(0, newest + interval - Date.now())).unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
