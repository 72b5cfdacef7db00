import type { Database } from '../db/client.js';
import { purgeExpiredSessions } from './session-store.js';
import type { AuthSettings } from '../kernel/auth-settings.js';
import { purgeOldAttempts } from './sign-in.js';

const HOUR_MS = 3_600_000;

/**
 * Removes ended sessions and old sign-in attempts once an hour (and once at start), so the
 * tables stay small. Returns a function that stops it. Failures are logged, never fatal.
 */
export function startAuthHousekeeping(db: Database, settings: AuthSettings, log: (error: unknown) => void): () => void {
  const run = () => {
    Promise.all([purgeExpiredSessions(db, settings), purgeOldAttempts(db)]).catch(log);
  };
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
