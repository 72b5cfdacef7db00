/**
 * The full-size fuzz campaign over every API operation (tests/input/fuzz-operations.test.ts, which
 * CI runs with a few runs per operation): FUZZ_RUNS_BENCH runs per operation (default 300), on PGlite
 * and, when TEST_DATABASE_URL names a server, on PostgreSQL. A server error fails the campaign and
 * its request is printed.
 */
import { spawn } from 'node:child_process';
import { projectPath } from '../src/paths.js';

interface FuzzCampaign {
  engine: string;
  runsPerOperation: number;
  seed: number;
  passed: boolean;
  seconds: number;
  /** The vitest summary line ("Tests 67 passed (67)"), or the failures. */
  summary: string;
}

function campaign(engine: string, runs: number, seed: number, databaseUrl: string | undefined): Promise<FuzzCampaign> {
  const began = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) };
  if (databaseUrl) env.TEST_DATABASE_URL = databaseUrl;
  else delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, [projectPath('node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/input/fuzz-operations.test.ts'], { cwd: projectPath(), env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex -- removing the terminal's colour codes
      const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
      const lines = plain.split('\n').filter((line) => /Tests\s+\d|×|Error: (GET|POST|PUT|PATCH|DELETE) /.test(line)).map((line) => line.trim());
      resolve({ engine, runsPerOperation: runs, seed, passed: code === 0, seconds: Math.round((performance.now() - began) / 1000), summary: lines.join('\n') });
    });
  });
}

export async function benchFuzz(): Promise<FuzzCampaign[]> {
  const runs = Number(process.env.FUZZ_RUNS_BENCH ?? 300);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_000);
  const results = [await campaign('pglite', runs, seed, undefined)];
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (server) results.push(await campaign('postgresql', runs, seed, server));
  for (const result of results) {
    console.log(`Fuzz campaign (${result.engine}, ${result.runsPerOperation} runs per operation, seed ${result.seed}): ${result.passed ? 'no server error' : 'FAILED'} in ${result.seconds} s\n${result.summary}`);
  }
  return results;
}
