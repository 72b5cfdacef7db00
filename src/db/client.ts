import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { join } from 'node:path';
import pg from 'pg';
import { projectPath } from '../paths.js';
import { lockDataDir, type DataDirLock, type LockMechanism } from './data-dir-lock.js';
import * as schema from './schema.js';

/** The Drizzle database, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction or the database itself: repositories take either. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database;

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** How the embedded database's directory is locked (none in memory or on PostgreSQL). */
  lockMechanism?: LockMechanism;
  /**
   * Applies pending migrations (idempotent; safe with several processes on PostgreSQL), then runs
   * `andThen` (the start's reference data and demo) under the same lock, so processes starting at
   * once on one PostgreSQL database do it one after the other.
   */
  migrate(andThen?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = projectPath('drizzle');

/**
 * PGlite's own start parameters, with a buffer pool of 32 MB instead of PostgreSQL's 128 MB. The
 * pool is set up in memory at every open, at a cost in proportion to its size: the smaller pool
 * opens about 0.35 s (a quarter) faster and takes about 100 MB less memory, while comparison
 * queries over 10,000 evaluations cost the same (docs/decisions/0008-pglite-buffer-pool.md).
 * pg_trgm is loaded for the report search's index of compound-word parts.
 */
const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'], extensions: { pg_trgm } };
/** Any constant works; it only has to be the same for every Kompass process. */
const MIGRATION_LOCK_KEY = 727_274_001;

/** Opens PostgreSQL through node-postgres; its connections show as `applicationName` in pg_stat_activity. */
export function openPostgres(url: string, poolSize = 10, applicationName = 'kompass'): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: applicationName });
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Database;
  return {
    db,
    engine: 'postgres',
    async migrate(andThen) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
        await andThen?.();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens the embedded PGlite database. With a directory, the directory is locked first so a
 * second process cannot open it; without one, the database lives in memory (tests). `from` starts
 * it from a copy of another database's files (`dumpDataDir`; the tests' prepared template).
 */
export async function openPglite(dataDir?: string, options: { from?: Blob } = {}): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = await lockDataDir(dataDir);
  try {
    const start = { ...PGLITE_OPTIONS, ...(options.from ? { loadDataDir: options.from } : {}) };
    const client = dataDir ? await PGlite.create(join(dataDir, 'pg'), start) : await PGlite.create(start);
    const db = drizzlePglite({ client, schema }) as unknown as Database;
    return {
      db,
      engine: 'pglite',
      lockMechanism: lock?.mechanism,
      migrate: async (andThen) => {
        await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
        await andThen?.();
      },
      async close() {
        await client.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
