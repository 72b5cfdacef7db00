/**
 * Imports that cannot hurt the server: uploads three hostile documents to a running Kompass —
 * a Word file whose document.xml expands to 200 MB of empty paragraphs, a PDF with a 300 MB
 * Flate stream, and a Word file that is slow to parse (within the expansion limits) — and, while
 * each import runs, measures the API's answers to a cheap read (GET /api/health, one after
 * another) and samples the app's RSS. Reports the job's outcome and time, the read's
 * p50/p99/max and the peak RSS.
 *
 * Run alone: node --import tsx bench/import-safety-bench.ts (after npm run build:server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { docxBomb, docxParts, pdfBomb, zipParts } from '../src/import/fixtures/bombs.js';
import { projectPath } from '../src/paths.js';
import { headersOf, signIn, summary } from './http-session.js';
import { random } from './import-fuzz.js';

function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * A Word file that is slow to read though it stays within the expansion limits: ~100,000 short
 * paragraphs of report-like lines with varied figures (so it compresses less than 100:1).
 */
export function slowDocx(): Uint8Array {
  const rng = random(59);
  const paragraphs: string[] = [];
  for (let index = 0; index < 100_000; index += 1) {
    const line = `Område ${1 + Math.floor(rng() * 8)} ${Math.floor(rng() * 1e6)} poäng ${Math.floor(rng() * 100)} av ${Math.floor(rng() * 1000)}`;
    paragraphs.push(`<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`);
  }
  return zipParts(docxParts(paragraphs.join('')));
}

async function startApp(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [projectPath('dist', 'app', 'server', 'main.js')], { cwd: projectPath(), env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kompass is ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve({ child, base: match[1]! });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the app exited with ${code} before it was ready:\n${output}`)));
  });
}

async function timedHealth(base: string): Promise<number> {
  const began = performance.now();
  const response = await fetch(`${base}/api/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET /api/health answered ${response.status}`);
  return performance.now() - began;
}

export interface BombResult {
  file: string;
  sizeKb: number;
  status: string;
  error: string | null;
  importMs: number;
  healthMs: ReturnType<typeof summary> & { requests: number };
  peakRssMb: number;
}

/** Uploads one document and measures the API and the RSS until its job has finished. */
async function runBomb(base: string, pid: number, headers: Record<string, string>, file: string, bytes: Uint8Array): Promise<BombResult> {
  const began = performance.now();
  const uploaded = await fetch(`${base}/api/imports?filename=${encodeURIComponent(file)}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: Buffer.from(bytes),
  });
  if (uploaded.status !== 202) throw new Error(`upload of ${file} answered ${uploaded.status}: ${await uploaded.text()}`);
  const { job } = (await uploaded.json()) as { job: { id: string } };
  const latencies: number[] = [];
  let peak = rssMb(pid);
  let lastPoll = 0;
  for (;;) {
    latencies.push(await timedHealth(base));
    peak = Math.max(peak, rssMb(pid));
    if (performance.now() - lastPoll > 200) {
      lastPoll = performance.now();
      const state = (await (await fetch(`${base}/api/imports/${job.id}`, { headers })).json()) as { status: string; error: { code: string } | null };
      if (state.status !== 'queued' && state.status !== 'running') {
        return {
          file,
          sizeKb: Math.round(bytes.length / 1024),
          status: state.status,
          error: state.error?.code ?? null,
          importMs: Math.round(performance.now() - began),
          healthMs: { ...summary(latencies), requests: latencies.length },
          peakRssMb: Math.round(peak),
        };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts the built app on a fresh data directory and runs the three documents. */
export async function benchImportSafety(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-import-safety-'));
  const { child, base } = await startApp({ KOMPASS_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' });
  try {
    const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
    const headers = headersOf(await signIn(base, admin.email, admin.password));
    const idle: number[] = [];
    for (let index = 0; index < 200; index += 1) idle.push(await timedHealth(base));
    const idleRssMb = Math.round(rssMb(child.pid!));
    const documents: Array<[string, Uint8Array]> = [
      ['word-200mb-expansion.docx', docxBomb(200 * 1024 * 1024)],
      ['pdf-300mb-stream.pdf', pdfBomb(300 * 1024 * 1024)],
      ['word-slow-to-parse.docx', slowDocx()],
    ];
    const bombs: BombResult[] = [];
    for (const [file, bytes] of documents) bombs.push(await runBomb(base, child.pid!, headers, file, bytes));
    return { idle: { healthMs: summary(idle), rssMb: idleRssMb }, bombs };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('import-safety-bench.ts')) {
  console.log(JSON.stringify(await benchImportSafety(), null, 2));
}
