import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../paths.js';

/**
 * Libraries that only reports, imports, PDFs or request validation by Ajv need. Together they
 * take seconds to load, which every start of the app would pay (the restart time is measured by
 * `npm run bench`), so the app loads each with its first use.
 */
const HEAVY_PACKAGES = ['playwright-core', 'echarts', '@resvg/resvg-js', 'docx', 'pdfjs-dist', 'mammoth', 'ajv', '@fastify/ajv-compiler'];
const LATE_MODULES = ['src/demo/seed-demo.ts', 'src/report/docx/render-docx.ts', 'src/report/html/render-html.ts', 'src/charts/render-server.ts', 'src/import/pdf-to-text.ts'];

const dir = mkdtempSync(join(tmpdir(), 'kompass-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Loads the server's start-up modules and builds the app in a fresh Node process (as
 * `node dist/app/server/main.js` would, through tsx), and lists every module file it loaded.
 */
function modulesLoadedAtStart(): string[] {
  const log = join(dir, 'loaded.txt');
  // Records every ES module as it loads (in the loader thread), and CommonJS ones from the cache.
  const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
  const script = `
import { createRequire, register } from 'node:module';
import { appendFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
const { buildApp } = await import(${JSON.stringify(pathToFileURL(projectPath('src', 'server', 'app.ts')).href)});
await import(${JSON.stringify(pathToFileURL(projectPath('src', 'server', 'boot.ts')).href)});
const { DEFAULT_AUTH_SETTINGS } = await import(${JSON.stringify(pathToFileURL(projectPath('src', 'kernel', 'auth-settings.ts')).href)});
// Building the app touches no database: routes only keep the context for their requests.
const context = { database: { db: {}, engine: 'pglite' }, auth: DEFAULT_AUTH_SETTINGS, importQueue: { stop() {} }, pdf: { close() {} } };
const app = await buildApp({ context, logLevel: 'silent' });
await app.ready();
await app.close();
appendFileSync(${JSON.stringify(log)}, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n');
`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectPath(), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((entry) => (entry.startsWith('file:') ? new URL(entry).pathname : entry).split('\\').join('/'));
}

describe('start-up', () => {
  it('loads no library or module that only reports, imports, PDFs or the demo need', { timeout: 60_000 }, () => {
    const loaded = modulesLoadedAtStart();
    expect(loaded.some((path) => path.endsWith('src/server/app.ts'))).toBe(true);
    const packages = new Set(loaded.map((path) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]).filter(Boolean));
    expect(packages.has('fastify')).toBe(true);
    expect(HEAVY_PACKAGES.filter((name) => packages.has(name))).toEqual([]);
    expect(LATE_MODULES.filter((module) => loaded.some((path) => path.endsWith(module)))).toEqual([]);
  });
});
