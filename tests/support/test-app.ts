import type { FastifyInstance } from 'fastify';
import type { AuthSettings } from '../../src/kernel/auth-settings.js';
import { buildApp, type BuildAppOptions } from '../../src/server/app.js';
import { prepareContext } from '../../src/server/boot.js';
import type { ReportJobSettings } from '../../src/kernel/job-settings.js';
import type { AppContext } from '../../src/kernel/context.js';
import { projectPath } from '../../src/paths.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { openTestDatabase } from './test-database.js';
import { testTemplates } from './test-templates.js';
import type { ImportWorkerLimits } from '../../src/api/imports/import-worker.js';
import type { OpenDataSettings } from '../../src/kernel/open-data-settings.js';

export interface TestWorld {
  app: FastifyInstance;
  context: AppContext;
  /** Ids of the demo evaluations, when the world was created with demo data. */
  demoIds: string[];
  close(): Promise<void>;
}

/**
 * Creates an isolated world for a test file: its own database (migrated, reference data
 * loaded), optionally the demo evaluations and accounts (demo mode), and the in-process app
 * (not listening unless asked).
 */
export async function createTestWorld(
  options: {
    demo?: boolean;
    web?: boolean;
    auth?: Partial<AuthSettings>;
    trustProxy?: boolean;
    importLimits?: ImportWorkerLimits;
    /** The open-data catalogue's publisher and contact (defaults when absent). */
    openData?: OpenDataSettings;
    /** How report jobs are run (a test driving its own job loop keeps the app's from polling). */
    reportJobs?: Partial<ReportJobSettings>;
    /** The app's own options beyond these (timeouts, log, another web directory). */
    app?: Partial<Pick<BuildAppOptions, 'http' | 'logLevel' | 'logStream' | 'webDir'>>;
  } = {},
): Promise<TestWorld> {
  // From the run's prepared template when there is one: preparing below then finds nothing to do.
  const templates = testTemplates();
  const database = await openTestDatabase(options.demo ? 'demo' : 'base');
  const context = await prepareContext(database, { auth: { demoMode: Boolean(options.demo), ...options.auth }, importLimits: options.importLimits, openData: options.openData, reportJobs: options.reportJobs });
  let demoIds: string[] = [];
  if (options.demo) demoIds = templates ? templates.demoIds : await seedDemo(database.db, context.catalogue);
  const app = await buildApp({
    context,
    logLevel: 'silent',
    webDir: options.web ? projectPath('dist', 'web') : undefined,
    trustProxy: options.trustProxy,
    checkResponses: true,
    ...options.app,
  });
  await app.ready();
  return {
    app,
    context,
    demoIds,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
