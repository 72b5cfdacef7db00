#!/usr/bin/env node
// @ts-check
/**
 * Builds Kompass: the server (tsc, to dist/app) and the web app (Vite, to dist/web).
 *
 *   node scripts/build.js [--if-changed] [server] [web]
 *
 * Without targets it builds both. With --if-changed (what `npm start` uses) a target is built only
 * when its sources changed since its last successful build (see build-fingerprint.js). The tools
 * run through Node itself, so the script needs no shell.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTargets, TARGETS } from './build-fingerprint.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Each target's tool: an npm package, its command and the arguments. */
const COMMANDS = {
  server: { tool: 'typescript', bin: 'tsc', args: ['-p', 'tsconfig.json'] },
  web: { tool: 'vite', bin: 'vite', args: ['build', '--logLevel', 'warn'] },
};

/**
 * The script file of a package's command, from its package.json (works wherever npm put it).
 * @param {string} tool
 * @param {string} bin
 */
function binPath(tool, bin) {
  const manifestPath = createRequire(join(root, 'package.json')).resolve(`${tool}/package.json`);
  /** @type {{ bin?: string | Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!relative) throw new Error(`${tool} has no command ${bin}`);
  return join(dirname(manifestPath), relative);
}

/**
 * Runs one target's build and waits for it; fails when the tool exits with an error.
 * @param {import('./build-fingerprint.js').Target} target
 * @returns {Promise<void>}
 */
function runBuild(target) {
  const { tool, bin, args } = COMMANDS[target];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath(tool, bin), ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`Building ${TARGETS[target].label} failed (${bin} ${signal ? `stopped by ${signal}` : `exited with ${code}`}).`));
    });
  });
}

const args = process.argv.slice(2);
const ifChanged = args.includes('--if-changed');
const unknown = args.filter((arg) => arg !== '--if-changed' && !(arg in TARGETS));
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}\nUsage: node scripts/build.js [--if-changed] [server] [web]`);
  process.exit(2);
}
const named = /** @type {Array<keyof typeof TARGETS>} */ (Object.keys(TARGETS).filter((target) => args.includes(target)));

try {
  await buildTargets({ root, targets: named.length > 0 ? named : ['server', 'web'], ifChanged, build: runBuild, log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
