import { findUserByEmail } from '../auth/users-repository.js';
import { createEvaluation } from '../api/evaluations/commands.js';
import { findEvaluationByArchiveKey } from '../api/evaluations/repository.js';
import { insertEvaluationContent } from '../api/imports/archive-repository.js';
import { saveSummary } from '../api/texts/repository.js';
import { createEvaluationSchema } from '../contract/evaluations.js';
import { appendAudit } from '../db/audit.js';
import { archiveKeyOf } from '../domain/archive-key.js';
import type { Database } from '../db/client.js';
import type { Catalogue } from '../domain/framework.js';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo-accounts.js';
import { DEMO_ACTION_PLAN } from './demo-action-plan.js';
import { DEMO_EVALUATIONS } from './demo-evaluations.js';
import { seedDemoActionPlan } from './seed-action-plan.js';
import { seedDemoCriteria } from './seed-criteria.js';
import { seedDemoQuestionnaire, seedDemoQuestionSet } from './seed-questionnaire.js';
import type { ArchiveDemoTexts } from './demo-texts-archive.js';

/**
 * Stores an archive evaluation's written texts the way an import stores a report's (a published
 * evaluation's texts are not edited through the workspace), in one audited transaction.
 */
async function writeArchiveTexts(db: Database, evaluationId: string, texts: ArchiveDemoTexts, actor: string): Promise<void> {
  const content = {
    scores: [],
    areaTexts: Object.entries(texts.areas).map(([areaCode, text]) => ({
      areaCode,
      introduction: null,
      analysis: text.analysis ?? null,
      strengths: text.strengths,
      improvements: text.improvements,
    })),
    subareaTexts: [],
    goodExamples: texts.goodExamples,
  };
  await db.transaction(async (tx) => {
    await insertEvaluationContent(tx, evaluationId, content);
    // A new evaluation's summary is at its first version.
    if (!(await saveSummary(tx, evaluationId, texts.summary, 1))) throw new Error(`The demo evaluation ${evaluationId} already has a summary`);
    await appendAudit(tx, {
      actor,
      action: 'evaluation.import',
      entityType: 'evaluation',
      entityId: evaluationId,
      newValue: { file: 'demo', areaTexts: content.areaTexts, summaryComments: texts.summary, goodExamples: texts.goodExamples },
    });
  });
}

/** Leksand's action plan, written by the municipality's demo user on its published evaluation. */
async function seedPlan(db: Database, catalogue: Catalogue, ids: readonly string[]): Promise<void> {
  const index = DEMO_EVALUATIONS.findIndex((demo) => demo.municipalityId === DEMO_ACTION_PLAN.municipalityId && demo.fieldworkStart === DEMO_ACTION_PLAN.fieldworkStart);
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'municipality' && entry.municipalityId === DEMO_ACTION_PLAN.municipalityId);
  const user = account ? await findUserByEmail(db, account.email) : null;
  if (index < 0 || !user) throw new Error(`The demo's action plan needs the published evaluation and a user of ${DEMO_ACTION_PLAN.municipalityId}`);
  await seedDemoActionPlan(db, catalogue, ids[index]!, DEMO_ACTION_PLAN, user);
}

/** The demo question set, and Olofström's questionnaire from it sent by the first demo evaluator (src/demo/demo-questionnaire.ts). */
async function seedQuestionnaire(db: Database, catalogue: Catalogue, actor: string): Promise<void> {
  const sender = DEMO_ACCOUNTS.find((entry) => entry.role === 'evaluator');
  const user = sender ? await findUserByEmail(db, sender.email) : null;
  if (!user) throw new Error('The demo questionnaire needs a demo evaluator');
  await seedDemoQuestionSet(db, actor);
  await seedDemoQuestionnaire(db, catalogue, user, actor);
}

/** The example criteria's model version and Umeå's draft on it (src/demo/demo-criteria.ts), by the demo administrator and evaluators. */
async function seedCriteria(db: Database, catalogue: Catalogue): Promise<void> {
  const emails = ['admin', 'evaluator'].flatMap((role) => DEMO_ACCOUNTS.filter((entry) => entry.role === role).map((entry) => entry.email));
  const [admin, first, second] = await Promise.all(emails.map((email) => findUserByEmail(db, email)));
  if (!admin || !first || !second) throw new Error('The demo criteria need the demo administrator and both demo evaluators');
  await seedDemoCriteria(db, catalogue, { admin, evaluators: [first, second] });
}

/**
 * Loads the demo evaluations as published archive evaluations (their published figures, as
 * printed, and for some their written texts), skipping those already there, then the demo accounts and their work (drafts, a
 * calibration, a complete fact check: see src/demo/demo-work.ts) and Leksand's action plan for its
 * published evaluation (src/demo/demo-action-plan.ts), then the demo question set and a partly
 * answered questionnaire on Olofström's draft (src/demo/demo-questionnaire.ts), then a model version
 * with example criteria and Umeå's draft on it (src/demo/demo-criteria.ts). Everything goes through the
 * app's commands, so the demo obeys the same rules as real work. Used on first start (empty
 * database), by `kompass demo`, and by tests that want a realistic world.
 * @returns the ids of the archive evaluations, in the order of DEMO_EVALUATIONS
 */
export async function seedDemo(db: Database, catalogue: Catalogue, actor = 'system:demo'): Promise<string[]> {
  const ids: string[] = [];
  for (const { texts, ...demo } of DEMO_EVALUATIONS) {
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
    if (texts) await writeArchiveTexts(db, record.id, texts, actor);
    ids.push(record.id);
  }
  await seedDemoAccounts(db, catalogue, actor);
  await seedPlan(db, catalogue, ids);
  await seedQuestionnaire(db, catalogue, actor);
  await seedCriteria(db, catalogue);
  return ids;
}
