/**
 * Slow clients against a running Kompass: 1,000 connections each send the headers of
 * POST /api/session and half of its body; half of them then fall silent, the other half keep
 * sending a byte a second (so only the whole-request deadline can end them). Reports how many are
 * still open after the idle timeout and after the request timeout, and how GET /api/health
 * answers meanwhile (every 250 ms: latency and failures).
 *
 * Run by `npm run bench` (the server's default timeouts), or alone with shorter ones:
 *   HTTP_IDLE_TIMEOUT_MS=5000 HTTP_REQUEST_TIMEOUT_MS=8000 node --import tsx bench/slow-clients-bench.ts
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_HTTP_SETTINGS } from '../src/server/http-settings.js';
import { projectPath } from '../src/paths.js';
import { summary } from './http-session.js';

const CONNECTIONS = 1000;
const kompassReady = /Kompass is ready at http:\/\/127\.0\.0\.1:(\d+)/;

function openSlow(port: number, trickle: boolean): Promise<{ socket: Socket; closed: () => boolean; closedAt: () => number | null }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let closed = false;
    let closedAt: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      closedAt = performance.now();
      clearInterval(timer);
    });
    socket.once('connect', () => {
      socket.write('POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"email":"');
      if (trickle) timer = setInterval(() => socket.write('a'), 1000);
      resolve({ socket, closed: () => closed, closedAt: () => closedAt });
    });
  });
}

export interface SlowClientsResult {
  connections: number;
  timeouts: { idleMs: number; requestMs: number; headersMs: number };
  openAfterIdleTimeout: { silent: number; trickling: number };
  openAfterRequestTimeout: { silent: number; trickling: number };
  /** Milliseconds after the 1,000 were open until the last of each group was closed (null: still open 30 s later). */
  lastClosedMs: { silent: number | null; trickling: number | null };
  health: { requests: number; failures: number; latencyMs: ReturnType<typeof summary> };
}

/** Starts Kompass (`command`, e.g. [dist/app/server/main.js]) on `env` plus a fresh data directory and runs the campaign. */
export async function benchSlowClients(command: string[], env: NodeJS.ProcessEnv): Promise<SlowClientsResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-slow-'));
  const merged: NodeJS.ProcessEnv = { ...process.env, KOMPASS_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', KOMPASS_DEMO: 'off', ...env };
  const timeouts = {
    idleMs: Number(merged.HTTP_IDLE_TIMEOUT_MS || DEFAULT_HTTP_SETTINGS.idleTimeoutMs),
    requestMs: Number(merged.HTTP_REQUEST_TIMEOUT_MS || DEFAULT_HTTP_SETTINGS.requestTimeoutMs),
    headersMs: Number(merged.HTTP_HEADERS_TIMEOUT_MS || DEFAULT_HTTP_SETTINGS.headersTimeoutMs),
  };
  const child = spawn(process.execPath, command, { cwd: projectPath(), env: merged });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = kompassReady.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`Kompass exited with ${code}:\n${output}`)));
    });
    const clients: Array<{ socket: Socket; closed: () => boolean; closedAt: () => number | null; trickle: boolean }> = [];
    for (let index = 0; index < CONNECTIONS; index += 1) {
      const trickle = index % 2 === 1;
      clients.push({ ...(await openSlow(port, trickle)), trickle });
    }
    const began = performance.now();
    const latencies: number[] = [];
    let failures = 0;
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const start = performance.now();
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) });
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - start);
          else failures += 1;
        } catch {
          failures += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const open = () => ({
      silent: clients.filter((client) => !client.trickle && !client.closed()).length,
      trickling: clients.filter((client) => client.trickle && !client.closed()).length,
    });
    // Node checks the request deadline every second here (connectionsCheckingInterval): allow two more.
    const wait = (untilMs: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, untilMs - (performance.now() - began))));
    await wait(timeouts.idleMs + 2000);
    const openAfterIdleTimeout = open();
    await wait(Math.max(timeouts.idleMs, timeouts.requestMs) + 2000);
    const openAfterRequestTimeout = open();
    // Then wait (at most 30 s more) for the last ones, to tell when each group was gone.
    for (let waited = 0; waited < 30_000 && open().silent + open().trickling > 0; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    const lastClosed = (trickle: boolean) => {
      const times = clients.filter((client) => client.trickle === trickle).map((client) => client.closedAt());
      return times.some((time) => time === null) ? null : Math.round(Math.max(...(times as number[])) - began);
    };
    probing = false;
    await probe;
    for (const client of clients) client.socket.destroy();
    return { connections: CONNECTIONS, timeouts, openAfterIdleTimeout, openAfterRequestTimeout, lastClosedMs: { silent: lastClosed(false), trickling: lastClosed(true) }, health: { requests: latencies.length + failures, failures, latencyMs: summary(latencies) } };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = projectPath('dist', 'app', 'server', 'main.js');
  const command = existsSync(built) && !process.env.BENCH_FROM_SOURCE ? [built] : ['--import', 'tsx', projectPath('src', 'server', 'main.ts')];
  benchSlowClients(command, {}).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
