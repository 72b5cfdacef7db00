import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, isAbsolute } from 'node:path';
import { controlSocketPath, writeBackup, type BackupSummary } from '../db/backup.js';
import type { DatabaseHandle } from '../db/client.js';

/*
 * While the app runs on the embedded database it holds the data directory, so `kompass backup`
 * cannot open it; it asks the app instead, over a Unix socket in the data directory. A socket
 * rather than an HTTP admin route: it needs no account, token or open port, and only the same OS
 * user can reach it (it lives in a directory of mode 0700, created before the socket, so there is
 * no moment at which another user could connect) — the user who could copy the data directory
 * anyway. It answers one request, {"command":"backup","path":ABSOLUTE}, with one JSON line.
 */

export type ControlAnswer = { ok: true; summary: BackupSummary } | { ok: false; error: string };

/** Starts answering backup requests on the data directory's control socket; close() stops it and removes the socket. */
export async function startControlSocket(database: Pick<DatabaseHandle, 'db' | 'engine'>, dataDir: string, log: (message: string) => void): Promise<{ close(): Promise<void> }> {
  const path = controlSocketPath(dataDir);
  const directory = dirname(path);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  chmodSync(directory, 0o700);
  // We hold the data directory's lock, so a socket left here is a dead process's.
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 10_000) socket.destroy();
      const end = text.indexOf('\n');
      if (end < 0) return;
      const answer = (reply: ControlAnswer) => socket.end(`${JSON.stringify(reply)}\n`);
      let request: { command?: unknown; path?: unknown };
      try {
        request = JSON.parse(text.slice(0, end)) as typeof request;
      } catch {
        answer({ ok: false, error: 'The request is not JSON.' });
        return;
      }
      if (request.command !== 'backup' || typeof request.path !== 'string' || !isAbsolute(request.path)) {
        answer({ ok: false, error: 'Only {"command":"backup","path":ABSOLUTE PATH} is understood.' });
        return;
      }
      const target = request.path;
      writeBackup(database, target).then(
        (summary) => {
          log(`backup written to ${target} (${summary.rows} rows, ${summary.bytes} bytes, ${summary.milliseconds} ms)`);
          answer({ ok: true, summary });
        },
        (error: unknown) => answer({ ok: false, error: `The backup failed: ${(error as Error).message}` }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}
