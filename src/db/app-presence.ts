import pg from 'pg';

/*
 * On PostgreSQL, every running Kompass app holds a shared advisory lock on its database for as long
 * as it runs, on a connection of its own (application_name "kompass"); a restore takes the same lock
 * exclusively. So a restore refuses while any app runs, and an app refuses to start during a
 * restore. (The app's pool alone would not do: its idle connections close after a few seconds.)
 */

/** Any constant works; it only has to be the same for every Kompass process. */
const APP_PRESENCE_KEY = 727_274_002;

export const APP_NAME = 'kompass';

/** Held by the running app (PostgreSQL): shows that it runs until release(). */
export async function holdAppPresence(url: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url, application_name: APP_NAME });
  await client.connect();
  client.on('error', () => undefined);
  const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock_shared($1) as ok', [APP_PRESENCE_KEY]);
  if (!rows[0]?.ok) {
    await client.end();
    throw new Error('A restore (kompass restore) is running on this database; start Kompass when it has finished.');
  }
  return { release: () => client.end() };
}

/**
 * Taken by a restore (PostgreSQL): fails, naming them, while any Kompass app runs on the database.
 * Holds the database against apps starting until release().
 */
export async function excludeRunningApps(url: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url, application_name: `${APP_NAME}-restore` });
  await client.connect();
  client.on('error', () => undefined);
  const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [APP_PRESENCE_KEY]);
  if (!rows[0]?.ok) {
    const holders = await client.query<{ pid: number; client_addr: string | null; backend_start: Date }>(
      `select a.pid, host(a.client_addr) as client_addr, a.backend_start from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.locktype = 'advisory' and l.objid = $1 and l.database = (select oid from pg_database where datname = current_database())
       order by a.backend_start`,
      [APP_PRESENCE_KEY],
    );
    await client.end();
    const list = holders.rows.map((h) => `backend ${h.pid} from ${h.client_addr ?? 'a local socket'} since ${h.backend_start.toISOString()}`).join('; ');
    throw new Error(`Kompass is running on this database (${holders.rows.length} app(s): ${list}). Stop every Kompass app before a restore.`);
  }
  return { release: () => client.end() };
}
