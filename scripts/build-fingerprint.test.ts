import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTargets, globToRegExp, inspectBuild, stampPath, type Target } from './build-fingerprint.js';

let root: string;

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A small project laid out like Kompass: server, CLI, a module shared with the web app, tests. */
function makeProject() {
  write('package.json', '{"name":"x"}');
  write('package-lock.json', '{}');
  write('tsconfig.base.json', '{}');
  write('tsconfig.web.json', '{}');
  write('tsconfig.json', JSON.stringify({ include: ['src/**/*.ts'], exclude: ['src/web/**', 'src/**/*.test.ts', 'src/**/fixtures/**'] }));
  write('vite.config.ts', "export default { root: 'src/web' };");
  write('src/server/main.ts', "import { hello } from '../shared/text.js';\nconsole.log(hello);");
  write('src/server/only-server.ts', 'export const port = 3000;');
  write('src/server/main.test.ts', 'test');
  write('src/report/fixtures/sample.ts', 'export const fixture = 1;');
  write('src/cli/main.ts', 'export {};');
  write('src/shared/text.ts', "export { greeting as hello } from './greeting';");
  write('src/shared/greeting.ts', "export const greeting = 'hej';");
  write('src/web/index.html', '<script type="module" src="./main.tsx"></script>');
  write('src/web/main.tsx', "import { hello } from '../shared/text.js';\nimport './styles.css';\nexport const App = () => hello;");
  write('src/web/styles.css', 'body { margin: 0 }');
}

/** Stands in for tsc and Vite: writes the target's output files. */
async function fakeBuild(target: Target) {
  if (target === 'server') {
    write('dist/app/server/main.js', '');
    write('dist/app/cli/main.js', '');
  } else {
    write('dist/web/index.html', '');
  }
}

/** Sets every file of the project (not the build) to have been written an hour ago. */
function ageProject(dir = root) {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist') ageProject(path);
    } else utimesSync(path, hourAgo, hourAgo);
  }
}

const stampOf = (target: Target) => JSON.parse(readFileSync(stampPath(root, target), 'utf8'));

const needed = () => ({ server: inspectBuild(root, 'server').needed, web: inspectBuild(root, 'web').needed });
const buildAll = (ifChanged = true) => buildTargets({ root, targets: ['server', 'web'], ifChanged, build: fakeBuild });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kompass-build-'));
  makeProject();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build check (npm start builds only what changed)', () => {
  it('builds everything in a fresh clone, where dist/ does not exist', async () => {
    expect(inspectBuild(root, 'server')).toMatchObject({ needed: true, reason: 'no finished build yet' });
    expect(needed()).toEqual({ server: true, web: true });
    expect(await buildAll()).toEqual(['server', 'web']);
    expect(existsSync(stampPath(root, 'server'))).toBe(true);
  });

  it('skips both builds when nothing changed', async () => {
    await buildAll();
    expect(needed()).toEqual({ server: false, web: false });
    expect(await buildAll()).toEqual([]);
  });

  it('rebuilds only the server when a server-only file changed', async () => {
    await buildAll();
    write('src/server/only-server.ts', 'export const port = 3001;');
    expect(inspectBuild(root, 'server')).toMatchObject({ needed: true, reason: 'src/server/only-server.ts changed' });
    expect(needed()).toEqual({ server: true, web: false });
    expect(await buildAll()).toEqual(['server']);
  });

  it('rebuilds only the web app when a file of the web app changed', async () => {
    await buildAll();
    write('src/web/styles.css', 'body { margin: 1px }');
    expect(needed()).toEqual({ server: false, web: true });
  });

  it('rebuilds both when a module the web app imports (through another module) changed', async () => {
    await buildAll();
    write('src/shared/greeting.ts', "export const greeting = 'hallå';");
    expect(needed()).toEqual({ server: true, web: true });
    expect(inspectBuild(root, 'web').reason).toBe('src/shared/greeting.ts changed');
  });

  it('counts a deleted file and a new file as changes', async () => {
    await buildAll();
    rmSync(join(root, 'src/server/only-server.ts'));
    expect(inspectBuild(root, 'server')).toMatchObject({ needed: true, reason: 'src/server/only-server.ts (deleted) changed' });
    await buildAll();
    write('src/server/new-route.ts', 'export {};');
    expect(inspectBuild(root, 'server')).toMatchObject({ needed: true, reason: 'src/server/new-route.ts (new) changed' });
  });

  it('rebuilds both when the dependencies changed', async () => {
    await buildAll();
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(needed()).toEqual({ server: true, web: true });
  });

  it('ignores what the builds do not compile: tests and fixtures', async () => {
    await buildAll();
    write('src/server/main.test.ts', 'another test');
    write('src/report/fixtures/sample.ts', 'export const fixture = 2;');
    write('src/web/main.test.tsx', 'a test of the web app');
    expect(needed()).toEqual({ server: false, web: false });
    ageProject();
    await buildAll();
    write('src/web/state.test.ts', 'a new test');
    expect(needed()).toEqual({ server: false, web: false });
  });

  it('rebuilds when the output is gone although the stamp is there', async () => {
    await buildAll();
    rmSync(join(root, 'dist/web'), { recursive: true });
    expect(inspectBuild(root, 'web')).toMatchObject({ needed: true, reason: 'dist/web/index.html is missing' });
  });

  it('leaves no stamp when a build fails, so the next start builds again', async () => {
    await buildAll();
    write('src/web/main.tsx', 'syntax error (');
    const failing = (target: Target) => (target === 'web' ? Promise.reject(new Error('vite failed')) : fakeBuild(target));
    await expect(buildTargets({ root, targets: ['server', 'web'], ifChanged: true, build: failing })).rejects.toThrow('vite failed');
    expect(existsSync(stampPath(root, 'web'))).toBe(false);
    expect(inspectBuild(root, 'web')).toMatchObject({ needed: true, reason: 'no finished build yet' });
    expect(inspectBuild(root, 'server').needed).toBe(false);
  });

  it('stamps the inputs read before the build, so a file edited during the build is built next time', async () => {
    await buildTargets({
      root,
      targets: ['server'],
      ifChanged: true,
      build: async (target) => {
        write('src/server/only-server.ts', 'export const port = 4000;');
        await fakeBuild(target);
      },
    });
    expect(inspectBuild(root, 'server').needed).toBe(true);
  });

  it('decides from file times once the files are older than a few seconds, and still sees an edit', async () => {
    await buildAll();
    // Files written seconds before a build may keep their time through an edit: their content decides.
    expect(Object.values(stampOf('server').stats)).toContain('recent');
    ageProject();
    expect(await buildAll()).toEqual([]);
    expect(Object.values(stampOf('server').stats)).not.toContain('recent');

    // Proof that times alone decided: the same size and the old time hide a changed content.
    const file = join(root, 'src/server/only-server.ts');
    const { mtime } = statSync(file);
    writeFileSync(file, 'export const port = 3001;');
    utimesSync(file, mtime, mtime);
    expect(needed()).toEqual({ server: false, web: false });

    // An ordinary edit gives the file a new time, and its content is read again.
    writeFileSync(file, 'export const port = 3002;');
    expect(inspectBuild(root, 'server')).toMatchObject({ needed: true, reason: 'src/server/only-server.ts changed' });
  });

  it('does not rebuild a file touched without a change (a checkout), and keeps its new time', async () => {
    await buildAll();
    ageProject();
    await buildAll();
    const now = new Date();
    utimesSync(join(root, 'src/shared/greeting.ts'), now, now);
    expect(inspectBuild(root, 'web')).toMatchObject({ needed: false, refreshStamp: true });
    expect(await buildAll()).toEqual([]);
  });

  it('sees a new file by its name alone, under src/ for the server and src/web/ for the web app', async () => {
    await buildAll();
    ageProject();
    await buildAll();
    write('src/web/pages/New.tsx', 'export const New = 1;');
    expect(needed()).toEqual({ server: false, web: true });
    write('src/server/new.ts', 'export {};');
    expect(needed()).toEqual({ server: true, web: true });
  });

  it('always builds when not asked for changes only (npm run build)', async () => {
    await buildAll();
    expect(await buildAll(false)).toEqual(['server', 'web']);
    expect(JSON.parse(readFileSync(stampPath(root, 'web'), 'utf8')).inputs).toHaveProperty(['src/shared/greeting.ts']);
  });
});

describe('globToRegExp', () => {
  it('reads tsconfig patterns as TypeScript does', () => {
    expect(globToRegExp('src/**/*.ts').test('src/a.ts')).toBe(true);
    expect(globToRegExp('src/**/*.ts').test('src/a/b/c.ts')).toBe(true);
    expect(globToRegExp('src/**/*.ts').test('src/a/b/c.tsx')).toBe(false);
    expect(globToRegExp('src/web/**').test('src/web/pages/x.tsx')).toBe(true);
    expect(globToRegExp('src/web/**').test('src/webby.ts')).toBe(false);
    expect(globToRegExp('src/**/fixtures/**').test('src/import/fixtures/a/b.ts')).toBe(true);
    expect(globToRegExp('src/**/*.test.ts').test('src/x.test.ts')).toBe(true);
    expect(globToRegExp('src/web').test('src/web/main.tsx')).toBe(true);
  });
});

describe('scripts/build.js', () => {
  it('refuses an unknown target with its usage', () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, 'build.js'), 'everything'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: node scripts/build.js [--if-changed] [server] [web]');
  });
});
