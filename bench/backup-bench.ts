/**
 * Backup and restore (`kompass backup` / `kompass restore`): time and file size for the demo
 * database and for the 10,000-evaluation archive of the comparison bench, on a fresh in-memory
 * PGlite and, when a server is given (BENCH_DATABASE_URL, else TEST_DATABASE_URL), on throwaway
 * PostgreSQL databases. Each backup is restored into a fresh database of the same engine.
 * Run alone: `npx tsx bench/backup-bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { restoreBackup, writeBackup } from '../src/db/backup.js';
import { openPglite, type DatabaseHandle } from '../src/db/client.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { prepareContext } from '../src/server/boot.js';
import { openThrowawayPostgres } from '../tests/support/test-database.js';
import { seedArchive } from './comparison-bench.js';

type Opener = () => Promise<DatabaseHandle>;

async function measure(label: string, open: Opener, seed: 'demo' | 'archive', dir: string): Promise<Record<string, number>> {
  const source = await open();
  const target = await open();
  try {
    const context = await prepareContext(source);
    try {
      if (seed === 'demo') await seedDemo(source.db, context.catalogue);
      else await seedArchive(context);
    } finally {
      await context.importQueue.stop();
      await context.pdf.close();
    }
    const path = join(dir, `${label.replace(/\W+/g, '-')}.kompass-backup.gz`);
    const backup = await writeBackup(source, path);
    await target.migrate();
    const restore = await restoreBackup(target, path);
    return {
      [`${label}: rows`]: backup.rows,
      [`${label}: backup ms`]: backup.milliseconds,
      [`${label}: backup file KB`]: Math.round(backup.bytes / 1024),
      [`${label}: restore ms (check + load, one transaction)`]: restore.milliseconds,
    };
  } finally {
    await source.close();
    await target.close();
  }
}

export async function benchBackup(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-backup-bench-'));
  const results: Record<string, number | string> = {};
  try {
    const pglite: Opener = () => openPglite();
    Object.assign(results, await measure('PGlite, demo', pglite, 'demo', dir));
    Object.assign(results, await measure('PGlite, 10,000 evaluations', pglite, 'archive', dir));
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      results['PostgreSQL'] = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where throwaway databases may be created';
      return results;
    }
    const postgres: Opener = () => openThrowawayPostgres(serverUrl, { prefix: 'kompass_bench', poolSize: 2 });
    Object.assign(results, await measure('PostgreSQL, demo', postgres, 'demo', dir));
    Object.assign(results, await measure('PostgreSQL, 10,000 evaluations', postgres, 'archive', dir));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchBackup()
    .then((results) => {
      for (const [name, value] of Object.entries(results)) console.log(`${name}: ${value}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
