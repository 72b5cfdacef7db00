/**
 * The demo's example criteria (src/demo/demo-criteria.ts), made through the app's commands: the
 * administrator makes a new model version from the 2020 model (which copies it and maps it to
 * 2020 area by area and sub-area by sub-area), writes the criteria into the draft and publishes
 * it; then a draft evaluation of Umeå on it, with the two demo evaluators assigned and their
 * criterion assessments partly done. Each step is skipped when it is there already.
 */
import { and, eq } from 'drizzle-orm';
import type { UserRecord } from '../auth/users-repository.js';
import { assignEvaluator } from '../api/evaluations/assignment-commands.js';
import { createEvaluation } from '../api/evaluations/commands.js';
import { saveCriterionAssessment } from '../api/criteria/commands.js';
import { createFrameworkVersion, publishFrameworkVersion, saveFrameworkVersion } from '../api/framework-versions/commands.js';
import { presentedVersion } from '../api/framework-versions/queries.js';
import { createEvaluationSchema } from '../contract/evaluations.js';
import { saveCriterionAssessmentSchema } from '../contract/criteria.js';
import type { Database } from '../db/client.js';
import { evaluations, frameworkVersions } from '../db/schema.js';
import type { Catalogue } from '../domain/framework.js';
import type { DraftFramework } from '../domain/framework-draft.js';
import { DEMO_CRITERIA, DEMO_CRITERIA_EVALUATION, DEMO_CRITERIA_VERSION, DEMO_CRITERION_ASSESSMENTS } from './demo-criteria.js';

export interface CriteriaDemoPeople {
  admin: UserRecord;
  evaluators: readonly [UserRecord, UserRecord];
}

/** The base version's copy with the demo criteria written in, marked as an example. */
function withCriteria(definition: DraftFramework): DraftFramework {
  return {
    ...definition,
    example: true,
    criteriaRule: 'weighted-share',
    areas: definition.areas.map((area) => ({
      ...area,
      subareas: area.subareas.map((subarea) => {
        const criteria = DEMO_CRITERIA[subarea.code];
        return criteria ? { ...subarea, criteria: criteria.map((criterion) => ({ ...criterion })) } : subarea;
      }),
    })),
  };
}

/** The version, published (made from the 2020 model when missing, finished when left as a draft). */
async function seedVersion(db: Database, catalogue: Catalogue, admin: UserRecord): Promise<void> {
  const { id } = DEMO_CRITERIA_VERSION;
  if (catalogue.frameworks.has(id)) return;
  const [existing] = await db.select({ status: frameworkVersions.status }).from(frameworkVersions).where(eq(frameworkVersions.id, id));
  if (existing?.status === 'published') throw new Error(`The demo's model version ${id} is published but not in this process's catalogue`);
  const { version, definition, maps } = existing
    ? await presentedVersion(db, catalogue, id, 'sv')
    : await createFrameworkVersion(db, catalogue, { basedOn: DEMO_CRITERIA_VERSION.basedOn, id, title: { ...DEMO_CRITERIA_VERSION.title } }, admin.email);
  const saved = await saveFrameworkVersion(db, catalogue, id, { version, definition: withCriteria(definition), maps }, admin.email);
  await publishFrameworkVersion(db, catalogue, id, saved.version, admin.email);
}

/** The draft evaluation on the version with the evaluators' assessments so far; null when it was there already. */
async function seedEvaluation(db: Database, catalogue: Catalogue, people: CriteriaDemoPeople): Promise<string | null> {
  const { municipalityId, fieldworkStart } = DEMO_CRITERIA_EVALUATION;
  const [existing] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.frameworkId, DEMO_CRITERIA_VERSION.id), eq(evaluations.municipalityId, municipalityId)));
  if (existing) return null;
  const input = createEvaluationSchema.parse({
    municipalityId,
    frameworkId: DEMO_CRITERIA_VERSION.id,
    fieldworkStart,
    evaluators: people.evaluators.map((user) => user.name),
    status: 'draft',
    origin: 'workspace',
  });
  const { id } = await createEvaluation(db, catalogue, input, people.admin.email);
  for (const evaluator of people.evaluators) await assignEvaluator(db, id, evaluator.id, people.admin.email);
  for (const [index, user] of people.evaluators.entries()) {
    for (const [criterionCode, { value, note }] of Object.entries(DEMO_CRITERION_ASSESSMENTS[index]!)) {
      const body = saveCriterionAssessmentSchema.parse({ version: 0, value, note: note ?? '' });
      await saveCriterionAssessment(db, catalogue, { evaluationId: id, userId: user.id, criterionCode }, body, user.email);
    }
  }
  return id;
}

/**
 * Seeds the example criteria version and its draft evaluation (see the module comment).
 * @returns the evaluation's id when it was made now, else null
 */
export async function seedDemoCriteria(db: Database, catalogue: Catalogue, people: CriteriaDemoPeople): Promise<string | null> {
  await seedVersion(db, catalogue, people.admin);
  return seedEvaluation(db, catalogue, people);
}
