import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/client.js';
import { pgliteTemplateFiles, testTemplates, type TemplateKind } from './test-templates.js';

/**
 * An isolated database for one test file: a fresh in-memory PGlite by default, or, when
 * TEST_DATABASE_URL is set, a new database created on that PostgreSQL server and dropped after.
 * With a template kind it starts as a copy of the run's prepared template (test-templates.ts),
 * when the run has one; otherwise empty.
 */
export async function openTestDatabase(template?: TemplateKind): Promise<DatabaseHandle> {
  const source = template ? testTemplates()?.[template] : undefined;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openPglite(undefined, source ? { from: await pgliteTemplateFiles(source) } : {});
  return openThrowawayPostgres(serverUrl, { prefix: 'kompass_test', poolSize: 5, template: source });
}

/** A new database on the PostgreSQL server at `serverUrl` (a copy of `template` if given), dropped by the returned close() (tests and benches). */
export async function openThrowawayPostgres(serverUrl: string, options: { prefix: string; poolSize: number; template?: string }): Promise<DatabaseHandle> {
  const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${options.template ? ` template ${options.template}` : ''}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), options.poolSize);
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      // pool.end() resolves before its connections have closed; forcing them closed then makes
      // node-postgres emit an unhandled error, so wait (briefly) until they are gone.
      for (let wait = 0; wait < 50; wait += 1) {
        const { rows } = await dropper.query('select count(*)::int as open from pg_stat_activity where datname = $1', [name]);
        if (rows[0]?.open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Which engine the tests run on, for test names and skips. */
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
