import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { excludeRunningApps } from '../db/app-presence.js';
import { BackupError, controlSocketPath, restoreBackup, verifyBackup, writeBackup, type BackupSummary } from '../db/backup.js';
import { openPglite, openPostgres } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import type { Config } from '../server/config.js';
import type { ControlAnswer } from '../server/control-socket.js';

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'KOMPASS_DATA_DIR'>;

const describe = (what: string, summary: BackupSummary) =>
  `${what} ${summary.path}: ${summary.tables} tables, ${summary.rows} rows, ${summary.bytes} bytes, schema at migration ${summary.migrations}, in ${summary.milliseconds} ms.`;

/** Asks the app running on the data directory to write a backup; null when no app answers there. */
async function askRunningApp(dataDir: string, path: string): Promise<ControlAnswer | null> {
  const socketPath = controlSocketPath(resolve(dataDir));
  if (!existsSync(socketPath)) return null;
  return new Promise((done, fail) => {
    const socket = connect(socketPath);
    let text = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ command: 'backup', path })}\n`));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => {
      try {
        done(JSON.parse(text) as ControlAnswer);
      } catch {
        fail(new BackupError(`The running app gave no answer to the backup request (${text.slice(0, 200)}).`));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A socket left by an app that no longer runs.
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') done(null);
      else fail(error);
    });
  });
}

const isLockedError = (error: unknown) => error instanceof DataDirLockedError;

/** kompass backup FILE: a consistent backup, also while the app runs. */
export async function backupCommand(config: DatabaseConfig, file: string): Promise<string> {
  const path = resolve(file);
  if (config.DATABASE_URL) {
    const database = openPostgres(config.DATABASE_URL, 1, 'kompass-backup');
    try {
      return describe('Backup written to', await writeBackup(database, path));
    } finally {
      await database.close();
    }
  }
  const answer = await askRunningApp(config.KOMPASS_DATA_DIR, path);
  if (answer) {
    if (!answer.ok) throw new BackupError(answer.error);
    return describe('Backup written by the running app to', answer.summary);
  }
  if (!existsSync(join(config.KOMPASS_DATA_DIR, 'pg'))) throw new BackupError(`There is no embedded database in ${resolve(config.KOMPASS_DATA_DIR)} to back up.`);
  let database;
  try {
    database = await openPglite(config.KOMPASS_DATA_DIR);
  } catch (error) {
    if (isLockedError(error)) {
      throw new BackupError(`${(error as Error).message}\nThe process holding it does not answer backup requests (an older Kompass?): stop it and run kompass backup again.`);
    }
    throw error;
  }
  try {
    return describe('Backup written to', await writeBackup(database, path));
  } finally {
    await database.close();
  }
}

/** kompass restore FILE: replaces the database's whole content with the backup's; refuses while an app runs. */
export async function restoreCommand(config: DatabaseConfig, file: string): Promise<string> {
  const path = resolve(file);
  if (!existsSync(path)) throw new BackupError(`Cannot read ${file}: no such file.`);
  // The file is checked before any database is touched.
  const verified = await verifyBackup(path);
  if (config.DATABASE_URL) {
    const exclusion = await excludeRunningApps(config.DATABASE_URL);
    try {
      const database = openPostgres(config.DATABASE_URL, 1, 'kompass-restore');
      try {
        await database.migrate();
        return describe('Restored from', await restoreBackup(database, path, { verified }));
      } finally {
        await database.close();
      }
    } finally {
      await exclusion.release();
    }
  }
  const dataDir = config.KOMPASS_DATA_DIR;
  if (await askRunningAppIsThere(dataDir)) throw new BackupError(`Kompass is running on ${resolve(dataDir)}. Stop it before a restore.`);
  let database;
  try {
    database = await openPglite(dataDir);
  } catch (error) {
    if (isLockedError(error)) throw new BackupError(`Stop Kompass before a restore. ${(error as Error).message}`);
    throw error;
  }
  try {
    await database.migrate();
    return describe('Restored from', await restoreBackup(database, path, { verified }));
  } finally {
    await database.close();
  }
}

/** Whether an app answers on the data directory's control socket (without asking it anything). */
async function askRunningAppIsThere(dataDir: string): Promise<boolean> {
  const socketPath = controlSocketPath(resolve(dataDir));
  if (!existsSync(socketPath)) return false;
  return new Promise((done) => {
    const socket = connect(socketPath);
    socket.on('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}
