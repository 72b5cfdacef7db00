import { projectPath } from '../paths.js';
import { authSettingsOf, backupScheduleOf, comparisonSettingsOf, httpSettingsOf, loadConfig, openDataSettingsOf } from './config.js';
import { openDatabase } from './open-database.js';
import { redactMessage } from '../kernel/log-safety.js';

/** Starts Kompass: configuration, database, HTTP. Exits non-zero with a clear message on failure. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  // The database opens first (data-directory lock, WASM compile, data files), and the rest of the
  // app loads while it waits for them: this module imports little so that it can start early.
  // On PostgreSQL the app shows it runs (a restore refuses meanwhile) before it touches the database.
  const presence = config.DATABASE_URL ? await (await import('../db/app-presence.js')).holdAppPresence(config.DATABASE_URL) : undefined;
  const [database, { buildApp }, { prepareContext }, { startAuthHousekeeping }] = await Promise.all([
    openDatabase(config),
    import('./app.js'),
    import('./boot.js'),
    import('../auth/housekeeping.js'),
  ]);
  const context = await prepareContext(database, { demo: config.KOMPASS_DEMO, auth: authSettingsOf(config), comparison: comparisonSettingsOf(config), openData: openDataSettingsOf(config), chromiumPath: config.CHROMIUM_PATH });
  const app = await buildApp({ context, webDir: projectPath('dist', 'web'), logLevel: config.LOG_LEVEL, trustProxy: config.TRUST_PROXY === 'true', http: httpSettingsOf(config) });
  await app.listen({ host: config.HOST, port: config.PORT });
  await context.importQueue.resume();
  const stopHousekeeping = startAuthHousekeeping(database.db, context.auth, (error) => app.log.error({ err: error }, 'session housekeeping failed'));
  // The embedded database is the app's alone: `kompass backup` asks the app over a socket in the data directory.
  const control =
    database.engine === 'pglite'
      ? await (await import('./control-socket.js')).startControlSocket(database, config.KOMPASS_DATA_DIR, (message) => app.log.info(message)).catch((error: unknown) => {
          app.log.error({ err: error }, 'the backup socket could not start; kompass backup needs the app stopped');
          return undefined;
        })
      : undefined;
  const schedule = backupScheduleOf(config);
  const backups = schedule
    ? (await import('./scheduled-backup.js')).startScheduledBackups(database, schedule, {
        info: (message) => app.log.info(message),
        error: (error, message) => app.log.error({ err: error }, message),
      })
    : undefined;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const where = config.DATABASE_URL
    ? 'PostgreSQL'
    : `the embedded database in ${config.KOMPASS_DATA_DIR}, locked with ${database.lockMechanism === 'flock' ? 'a kernel file lock (flock)' : 'a lock file (flock is not installed)'}`;
  console.log(
    `Kompass is ready at http://${config.HOST}:${port} (${where}${context.demoLoaded ? ', demo data loaded' : ''}; ` +
      `started in ${Math.round(performance.now() - startedAt)} ms)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping Kompass`);
    stopHousekeeping();
    backups?.stop();
    await control?.close();
    await app.close();
    await database.close();
    await presence?.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Kompass could not start: ${redactMessage(error instanceof Error ? error.message : String(error))}`);
  process.exit(1);
});
