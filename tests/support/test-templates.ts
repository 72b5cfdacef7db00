/**
 * Prepared databases for the tests' worlds, made once per test run (tests/support/global-setup.ts):
 * one migrated with the reference data, one with the demo as well. A world then starts from a copy
 * instead of running every migration and loading the demo again: on PGlite from a copy of the
 * template's files, on PostgreSQL with `create database … template …`. Without them (a bench, a
 * single file run outside the setup) worlds are prepared from scratch, with the same result.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/client.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { prepareContext } from '../../src/server/boot.js';

export type TemplateKind = 'base' | 'demo';

/** Where the run's templates are: files (PGlite) or databases (PostgreSQL), and the demo's evaluation ids. */
export interface TestTemplates {
  engine: 'pglite' | 'postgres';
  /** PGlite: the dumped files; PostgreSQL: the template databases' names. */
  base: string;
  demo: string;
  demoIds: string[];
  /** PGlite: the directory holding the files, removed after the run. */
  directory?: string;
}

const ENV_KEY = 'KOMPASS_TEST_TEMPLATES';

/** The run's templates, when the global setup made them for this engine. */
export function testTemplates(): TestTemplates | undefined {
  const text = process.env[ENV_KEY];
  if (!text) return undefined;
  const templates = JSON.parse(text) as TestTemplates;
  const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
  return templates.engine === engine ? templates : undefined;
}

/** Prepares a database as a world's would be (migrated, reference data; the demo when asked). */
async function prepare(database: DatabaseHandle, demo: boolean): Promise<string[]> {
  const context = await prepareContext(database, { auth: { demoMode: demo } });
  return demo ? seedDemo(database.db, context.catalogue) : [];
}

async function makePgliteTemplates(): Promise<TestTemplates> {
  const directory = await mkdtemp(join(tmpdir(), 'kompass-test-templates-'));
  const paths: Record<TemplateKind, string> = { base: join(directory, 'base.tar'), demo: join(directory, 'demo.tar') };
  let demoIds: string[] = [];
  for (const kind of ['base', 'demo'] as const) {
    const database = await openPglite();
    try {
      const ids = await prepare(database, kind === 'demo');
      if (kind === 'demo') demoIds = ids;
      const client = (database.db as unknown as { $client: PGlite }).$client;
      const files = await client.dumpDataDir('none');
      await writeFile(paths[kind], Buffer.from(await files.arrayBuffer()));
    } finally {
      await database.close();
    }
  }
  return { engine: 'pglite', ...paths, demoIds, directory };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function makePostgresTemplates(serverUrl: string): Promise<TestTemplates> {
  const prefix = `kompass_template_${randomBytes(4).toString('hex')}`;
  const names: Record<TemplateKind, string> = { base: `${prefix}_base`, demo: `${prefix}_demo` };
  let demoIds: string[] = [];
  for (const kind of ['base', 'demo'] as const) {
    await adminQuery(serverUrl, `create database ${names[kind]}`);
    const url = new URL(serverUrl);
    url.pathname = `/${names[kind]}`;
    const database = openPostgres(url.toString(), 2);
    try {
      const ids = await prepare(database, kind === 'demo');
      if (kind === 'demo') demoIds = ids;
    } finally {
      await database.close();
    }
  }
  return { engine: 'postgres', ...names, demoIds };
}

/** Makes the run's templates and makes them known to the test processes started after this. */
export async function createTestTemplates(): Promise<TestTemplates> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const templates = serverUrl ? await makePostgresTemplates(serverUrl) : await makePgliteTemplates();
  process.env[ENV_KEY] = JSON.stringify(templates);
  return templates;
}

/** Removes the run's templates. */
export async function removeTestTemplates(templates: TestTemplates): Promise<void> {
  delete process.env[ENV_KEY];
  if (templates.directory) await rm(templates.directory, { recursive: true, force: true });
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (templates.engine === 'postgres' && serverUrl) {
    for (const name of [templates.base, templates.demo]) await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  }
}

/** A PGlite template's files, read once per test process. */
const pgliteFiles = new Map<string, Promise<Blob>>();

/** The template's files to start a PGlite database from. */
export function pgliteTemplateFiles(path: string): Promise<Blob> {
  let files = pgliteFiles.get(path);
  if (!files) {
    files = readFile(path).then((bytes) => new Blob([bytes]));
    pgliteFiles.set(path, files);
  }
  return files;
}
