/**
 * Matrix rows of the questionnaire's export (src/api/questionnaires/export-routes.ts): the team's
 * workspace rule, so another municipality, an unassigned evaluator and the public see nothing.
 * Each evaluation gets a questionnaire written straight into the database when it has none yet.
 */
import { eq } from 'drizzle-orm';
import { questionnaires } from '../../src/db/schema.js';
import { insertQuestionnaire, insertQuestionSet, municipalityUserIds } from '../support/question-sets.js';
import { only, perEvaluation, type Case, type Expected, type Target, type World } from './kit.js';

const expected: Record<Target, Expected> = {
  draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 200, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
  published: only({ admin: 200 }, { public: 401, others: 403 }),
  otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
};

async function withQuestionnaire(world: World, target: Target): Promise<string> {
  const evaluationId = world.ids[target];
  const [row] = await world.db.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.evaluationId, evaluationId));
  if (!row) {
    const set = await insertQuestionSet(world.db);
    await insertQuestionnaire(world.db, evaluationId, set.id, await municipalityUserIds(world.db, target === 'otherDraft' ? 'se-1060' : 'se-2284'));
  }
  return evaluationId;
}

export const QUESTIONNAIRE_EXPORT_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/questionnaire/file': perEvaluation((target) => ({
    request: async (world) => ({ method: 'GET', url: `/api/evaluations/${await withQuestionnaire(world, target)}/questionnaire/file?format=zip&language=sv` }),
    expected: expected[target],
  })),
};
