import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.js';

/**
 * Runs raw SQL and returns its rows. Both drivers (PGlite and node-postgres) answer with an
 * object holding `rows`; the row type is the caller's promise about its own select list.
 */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
