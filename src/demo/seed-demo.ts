import { createEvaluation } from '../api/evaluations/commands.js';
import { findEvaluationByArchiveKey } from '../api/evaluations/repository.js';
import { createEvaluationSchema } from '../contract/evaluations.js';
import { archiveKeyOf } from '../domain/archive-key.js';
import type { Database } from '../db/client.js';
import type { Catalogue } from '../domain/framework.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { DEMO_EVALUATIONS } from './demo-evaluations.js';

/**
 * Loads the demo evaluations as published archive evaluations (their published figures, as
 * printed), skipping those already there, then the demo accounts and their work (drafts, a
 * calibration, a complete fact check: see src/demo/demo-work.ts). Everything goes through the
 * app's commands, so the demo obeys the same rules as real work. Used on first start (empty
 * database), by `kompass demo`, and by tests that want a realistic world.
 * @returns the ids of the archive evaluations, in the order of DEMO_EVALUATIONS
 */
export async function seedDemo(db: Database, catalogue: Catalogue, actor = 'system:demo'): Promise<string[]> {
  const ids: string[] = [];
  for (const demo of DEMO_EVALUATIONS) {
    const archiveKey = archiveKeyOf(demo);
    const same = archiveKey ? await findEvaluationByArchiveKey(db, archiveKey) : null;
    if (same) {
      // Loading the demo twice must not duplicate the archive.
      ids.push(same.id);
      continue;
    }
    const record = await createEvaluation(
      db,
      catalogue,
      createEvaluationSchema.parse({
        ...demo,
        status: 'published',
        origin: 'archive',
        scores: Object.entries(demo.scores).map(([code, score]) => ({ code, score })),
      }),
      actor,
    );
    ids.push(record.id);
  }
  await seedDemoAccounts(db, catalogue, actor);
  return ids;
}
