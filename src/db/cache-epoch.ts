/**
 * The read caches' epoch shared by the app processes on one PostgreSQL (`kompass_cache_epoch`,
 * a sequence: moving it on never waits for a lock, and it is seen at once by every session).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './client.js';
import { queryRows } from './query.js';

export async function readCacheEpoch(executor: Executor): Promise<bigint> {
  const [row] = await queryRows<{ epoch: string }>(executor, sql`select last_value::text as epoch from kompass_cache_epoch`);
  return BigInt(row?.epoch ?? '0');
}

/** Moves the epoch on: call after a change has committed. */
export async function bumpCacheEpoch(executor: Executor): Promise<bigint> {
  const [row] = await queryRows<{ epoch: string }>(executor, sql`select nextval('kompass_cache_epoch')::text as epoch`);
  return BigInt(row?.epoch ?? '0');
}
