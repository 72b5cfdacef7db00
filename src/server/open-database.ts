import { openPglite, openPostgres, type DatabaseHandle } from '../db/client.js';
import type { Config } from './config.js';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite (locked). */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'KOMPASS_DATA_DIR'>): Promise<DatabaseHandle> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.KOMPASS_DATA_DIR);
}
