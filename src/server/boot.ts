import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../kernel/auth-settings.js';
import { hasNoEvaluations } from '../api/evaluations/repository.js';
import { addNewlyPublishedVersions, addPublishedVersions } from '../api/framework-versions/catalogue.js';
import { SerialImportQueue } from '../api/imports/import-queue.js';
import { importWorkerLimitsOf, type ImportWorkerLimits } from '../api/imports/import-worker.js';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import type { DatabaseHandle } from '../db/client.js';
import { syncReferenceData } from '../db/sync-reference.js';
import { loadReferenceData } from '../reference/load-reference.js';
import { createPdfEngine } from '../report/pdf/pdf-engine.js';
import type { ComparisonSettings } from '../domain/comparison/peer-groups.js';
import type { Catalogue } from '../domain/framework.js';
import { DEFAULT_CHROMIUM_PATH } from './config.js';
import type { AppContext } from '../kernel/context.js';
import type { OpenDataSettings } from '../kernel/open-data-settings.js';
import type { ReportJobSettings } from '../kernel/job-settings.js';
import { EpochBarrier, ReadCache } from '../kernel/read-cache.js';
import { bumpCacheEpoch, readCacheEpoch } from '../db/cache-epoch.js';

// In a module of its own, so the app's entry can open the database before it loads the rest.
export { openDatabase } from './open-database.js';

/**
 * Makes a database ready for the app: migrations, reference data and framework catalogue,
 * and the demo data when asked and the database holds no evaluation yet.
 */
export async function prepareContext(
  database: DatabaseHandle,
  options: {
    demo?: 'auto' | 'off';
    auth?: Partial<AuthSettings>;
    chromiumPath?: string;
    comparison?: ComparisonSettings;
    /** The open-data catalogue's publisher and contact (openDataSettingsOf); the defaults when absent. */
    openData?: OpenDataSettings;
    /** The import worker's limits; from the environment (importWorkerLimitsOf) when absent. */
    importLimits?: ImportWorkerLimits;
    /** How report jobs are retried and kept; the defaults when absent. */
    reportJobs?: Partial<ReportJobSettings>;
  } = {},
): Promise<AppContext & { demoLoaded: boolean }> {
  const catalogue = loadCatalogue();
  const reference = loadReferenceData();
  let demoLoaded = false;
  // Under the migration lock: two processes starting at once on an empty PostgreSQL database
  // would otherwise both find no evaluation and both load the demo.
  await database.migrate(async () => {
    await database.db.transaction((tx) => syncReferenceData(tx, reference, catalogue));
    // After the shipped versions: the versions published in Kompass join the catalogue.
    await addPublishedVersions(database.db, catalogue);
    if (options.demo === 'auto' && (await hasNoEvaluations(database.db))) {
      // Loaded only when needed: a restart on a data dir with evaluations never reads the demo.
      const { seedDemo } = await import('../demo/seed-demo.js');
      await seedDemo(database.db, catalogue);
      demoLoaded = true;
    }
  });
  // A copy of its own: the settings are per app, never shared between apps in one process.
  const auth = { ...DEFAULT_AUTH_SETTINGS, ...options.auth };
  const readCache = createReadCache(database, catalogue);
  const importQueue = new SerialImportQueue({
    db: database.db,
    catalogue,
    municipalities: reference.municipalities,
    importLimits: options.importLimits ?? importWorkerLimitsOf(process.env),
    onSaved: () => void readCache.changed().catch(() => undefined),
    exclusive: database.engine === 'pglite',
  });
  const pdf = createPdfEngine({ executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH });
  return { database, catalogue, municipalities: reference.municipalities, importQueue, pdf, readCache, auth, comparison: options.comparison, openData: options.openData, reportJobs: options.reportJobs, demoLoaded };
}

/**
 * The read cache: on the embedded database this process is the only writer and clears it on
 * every change; on PostgreSQL, where several processes may write, it follows the database's epoch.
 */
function createReadCache(database: DatabaseHandle, catalogue: Catalogue): ReadCache {
  if (database.engine === 'pglite') return new ReadCache();
  const { db } = database;
  return new ReadCache(2000, {
    barrier: new EpochBarrier(() => readCacheEpoch(db)),
    bump: () => bumpCacheEpoch(db),
    // A model version published through another process joins this one's catalogue.
    onNewerEpoch: () => addNewlyPublishedVersions(db, catalogue),
  });
}
