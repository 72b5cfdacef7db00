/**
 * Benchmark harness: `npm run bench`. Starts the built app as a real process and measures what
 * the issues set targets for. Prints the figures and writes them to bench/results/<time>.json.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { projectPath } from '../src/paths.js';
import { benchDatabaseImport } from './import-db-bench.js';
import { benchAutosave, benchAutosaveAudit } from './autosave-bench.js';
import { benchBackup } from './backup-bench.js';
import { benchImport } from './import-bench.js';
import { runImportFuzz } from './import-fuzz.js';
import { benchImportSafety } from './import-safety-bench.js';
import { benchMultiProcess } from './multi-process-bench.js';
import { benchComparisons } from './comparison-bench.js';
import { benchCriteria } from './criteria-bench.js';
import { benchFuzz } from './fuzz-bench.js';
import { benchOpenData } from './open-data-bench.js';
import { benchQuestionnaire } from './questionnaire-bench.js';
import { benchDurability } from './durability-bench.js';
import { benchReports, benchServerPdfMemory } from './report-bench.js';
import { benchRestart } from './restart-bench.js';
import { benchSearch } from './search-bench.js';
import { benchSlowClients } from './slow-clients-bench.js';
import { benchStatistics } from './statistics-bench.js';
import { benchTails } from './tails-bench.js';
import { benchWorkspaceOpen } from './workspace-open-bench.js';
import { benchFirstLoad, printFirstLoad } from './first-load-bench.js';

interface Started {
  child: ChildProcess;
  port: number;
  readyMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function start(command: string[], env: NodeJS.ProcessEnv, readyPattern: RegExp): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, command, { cwd: projectPath(), env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyPattern.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve({ child, port: Number(match[1]), readyMs: performance.now() - began });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`process exited with ${code} before it was ready:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const kompassReady = /Kompass is ready at http:\/\/127\.0\.0\.1:(\d+)/;

async function main(): Promise<void> {
  const appEntry = projectPath('dist', 'app', 'server', 'main.js');
  if (!existsSync(appEntry)) throw new Error('Build first: npm run build (npm run bench does it)');
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
  const env = { KOMPASS_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' };
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

  // 1. First start creates the data directory and loads the demo; later starts reuse it.
  const first = await start([appEntry], env, kompassReady);
  results.firstStartMs = Math.round(first.readyMs);
  console.log(`First start (empty data directory, demo loaded): ${results.firstStartMs} ms`);
  await stop(first.child);
  const readyTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const again = await start([appEntry], env, kompassReady);
    readyTimes.push(again.readyMs);
    await stop(again.child);
  }
  results.startToReadyMs = { median: Math.round(median(readyTimes)), runs: readyTimes.map(Math.round), target: 2000 };
  // What a user's restart costs: `npm start` (build check included) until the health route answers.
  const restart = await benchRestart(dataDir);
  results.restart = restart;
  console.log(
    `Restart on the demo data directory until GET /api/health answers: npm start median ${restart.npmStart.medianMs} ms ` +
      `(runs ${restart.npmStart.runs.join(', ')}; target ≤ ${restart.npmStart.targetMs} ms), the app's process alone median ` +
      `${restart.appProcess.medianMs} ms (runs ${restart.appProcess.runs.join(', ')}); load average ${restart.loadAverage ?? '?'}`,
  );

  // 2. Idle memory and read throughput against a bare Fastify route of the same size.
  const server = await start([appEntry], env, kompassReady);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  results.idleRssMb = { value: Math.round(rssMb(server.child.pid!)), target: 500 };
  const base = `http://127.0.0.1:${server.port}`;
  const list = (await (await fetch(`${base}/api/evaluations?municipality=se-2029`)).json()) as { items: Array<{ id: string }> };
  const evaluationUrl = `${base}/api/evaluations/${list.items[0]!.id}`;
  const body = await (await fetch(evaluationUrl)).text();
  const bodyFile = join(dataDir, 'bare-body.json');
  writeFileSync(bodyFile, body);
  const bare = await start([projectPath('bench', 'bare-server.js')], { BARE_BODY_FILE: bodyFile }, /bare server ready on (\d+)/);

  await load(evaluationUrl, 64, 3); // warm-up
  await load(`http://127.0.0.1:${bare.port}/static`, 64, 3);
  const kompass = await load(evaluationUrl, 64, 10);
  const reference = await load(`http://127.0.0.1:${bare.port}/static`, 64, 10);
  results.getEvaluation = {
    bodyBytes: Buffer.byteLength(body),
    connections: 64,
    kompass,
    bareFastify: reference,
    throughputRatio: Number((kompass.requestsPerSecond / reference.requestsPerSecond).toFixed(2)),
    targets: { p99Ms: 20, throughputRatio: 0.5 },
  };

  // Signed in: every request looks its session up (and the access facts of the evaluation).
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'evaluator')!;
  const signInMs: number[] = [];
  let cookie = '';
  for (let run = 0; run < 10; run += 1) {
    const began = performance.now();
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    signInMs.push(performance.now() - began);
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  const drafts = (await (await fetch(`${base}/api/evaluations?status=draft`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
  const draftUrl = `${base}/api/evaluations/${drafts.items[0]!.id}`;
  await load(draftUrl, 64, 3, { cookie });
  results.signIn = { medianMs: Math.round(median(signInMs)), runs: signInMs.map(Math.round) };
  results.getDraftSignedIn = { connections: 64, kompass: await load(draftUrl, 64, 10, { cookie }) };
  // Tails under load: the start page's list at 200 connections for a minute, a signed-in user's
  // mixed reads at 64 and 200 connections (p99.9 and timeouts; BENCH_TAILS_SECONDS shortens it).
  const tailsSeconds = Number(process.env.BENCH_TAILS_SECONDS ?? 60);
  results.tails = await benchTails(base, { publicSeconds: tailsSeconds, signedSeconds: Math.min(tailsSeconds, 20) });
  // Agreed-score autosave by 20 editors at once (as the demo administrator, on a fresh draft).
  results.autosave = await benchAutosave(base, DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!);
  // The workspace's evidence page with 200 items, opened in Chromium.
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  results.workspaceOpen = existsSync(chromiumPath)
    ? await benchWorkspaceOpen(base, { chromiumPath })
    : `skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  // The first visit's JavaScript per public page and the evidence page (gzip, empty cache; goal ≤ 150 KB).
  if (existsSync(chromiumPath)) {
    const firstLoad = await benchFirstLoad(base, { chromiumPath });
    printFirstLoad(firstLoad);
    results.firstLoad = firstLoad;
  } else {
    results.firstLoad = `skipped: no Chromium at ${chromiumPath}`;
  }
  // The app's process tree (server and its Chromium) while it prints PDFs through the API.
  results.serverPdf = existsSync(chromiumPath) ? await benchServerPdfMemory(base, server.child.pid!) : `skipped: no Chromium at ${chromiumPath}`;
  // The pre-visit questionnaire: the largest set's JSON/XLSX round trip, respondents autosaving at
  // once (no lost update), the Word/ZIP export with documents and the server's RSS growth. Last
  // on this server, as it adds respondents and files to the demo (bench:questionnaire runs it alone).
  results.questionnaire = await benchQuestionnaire(base, server.child.pid!);
  await stop(bare.child);
  await stop(server.child);
  rmSync(dataDir, { recursive: true, force: true });

  // Signed-in vs anonymous reads of one route at 64 connections, 200 connections × 60 s over the
  // public pages and API, and (PostgreSQL) the same with two app processes on one database.
  results.multiProcess = await benchMultiProcess({ mixSeconds: tailsSeconds });

  // 1,000 slow clients (half a request body, then silence or a byte a second) against the default
  // timeouts, while GET /api/health is asked every 250 ms.
  results.slowClients = await benchSlowClients([appEntry], {});
  console.log(`Slow clients: ${JSON.stringify(results.slowClients)}`);

  // 3. The importer: parsing alone and against pdfjs alone, then whole imports into a database;
  //    hostile documents uploaded to a running app (the API's answers and RSS meanwhile); the fuzz
  //    campaign (BENCH_IMPORT_FUZZ documents, default 100,000) through the worker with the limits.
  results.importSafety = await benchImportSafety();
  console.log(`Hostile imports: ${JSON.stringify(results.importSafety)}`);
  if (existsSync(projectPath('..', 'shared', 'seeds'))) {
    results.importParse = await benchImport();
    results.importDatabase = await benchDatabaseImport();
    const count = Number(process.env.BENCH_IMPORT_FUZZ ?? 100_000);
    results.importFuzz = await runImportFuzz({
      count,
      onProgress: (done) => {
        if (done % 10_000 === 0) console.log(`Import fuzz: ${done} of ${count} documents`);
      },
    });
  } else {
    results.import = 'skipped: the seed reports (../shared/seeds) are not beside the project';
  }

  // 4. The audit log's growth under autosave: 5,000 saves of one 4 KB text (in-process).
  results.autosaveAudit = await benchAutosaveAudit();

  // 5. Comparison queries over 10,000 synthetic evaluations (PGlite, and PostgreSQL when
  //    BENCH_DATABASE_URL or TEST_DATABASE_URL names a server), then the reports.
  results.comparisons = await benchComparisons();
  results.reports = existsSync(chromiumPath) ? await benchReports() : `skipped: no Chromium at ${chromiumPath}`;
  // 6. kompass backup / restore: the demo database and the 10,000-evaluation archive.
  results.backup = await benchBackup();

  // 7. The full-size fuzz campaign over every API operation: no answer may be a server error.
  results.fuzz = await benchFuzz();
  // 8. Durability with the built server as processes: 50 clients × 100 edits without a lost update
  //    (PostgreSQL: two processes on one database), 16 kill -9 while writing without a lost
  //    acknowledged write (PGlite, and PostgreSQL as in 4), and 200 connections × 60 s of mixed
  //    reads and writes without an error.
  results.durability = await benchDurability();
  // 9. The national statistics (GET /api/statistics) over 2,400 published evaluations of three model
  //    versions and 290 municipalities (CI=true: 600): cold and warm p50/p95, PGlite and PostgreSQL
  //    as in 5. Goal: p95 ≤ 50 ms.
  results.statistics = await benchStatistics();

  // 10. Open data over 10,000 synthetic published evaluations (1,000 under CI=true), read over HTTP:
  //    the full CSV export (goal ≤ 1 s) cold and from its kept file, 304, Excel CSV, XLSX, the scores
  //    and the whole JSON walk, with the server's RSS growth (flat memory); PGlite and PostgreSQL.
  results.openData = await benchOpenData();

  // 11. The public report search over 2,000 synthetic published reports with texts (200 under
  //    CI=true): p50/p95/p99 of words, stems, compounds, phrases, exclusion and OR, with and without
  //    filters (PGlite, and PostgreSQL as in 5).
  results.search = await benchSearch();

  // 12. Criteria and authored model versions (built server as processes, PGlite and PostgreSQL as
  //    in 5): the largest version's JSON and XLSX round trip (lossless), two evaluators assessing
  //    criteria at once without a lost write, and the criteria statistics and a calibration over
  //    300 revealed evaluations, cold and warm (bench:criteria runs it alone).
  results.criteria = await benchCriteria();

  const outDir = projectPath('bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  console.log(`Written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
