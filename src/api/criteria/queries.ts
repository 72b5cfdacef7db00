/** Reading criteria: the caller's own assessments, and agreement statistics across evaluations. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { evaluationAssignments, evaluations, municipalities } from '../../db/schema.js';
import { agreementOf, compareCriterion, mostDisagreed, type CriterionComparison } from '../../domain/criteria-agreement.js';
import { criteriaOf, frameworkOf, localise, type Catalogue, type Criterion, type Framework, type Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { findFrameworkId } from '../scoring/repository.js';
import { presentAssessment } from './commands.js';
import { findAssessments, findAssessmentValues } from './repository.js';
import type { CriteriaStatistics } from '../../contract/criteria.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** Every criterion of the framework with the sub-area it belongs to, in framework order. */
export function listCriteria(framework: Framework): Array<{ unitCode: string; criterion: Criterion }> {
  return framework.areas.flatMap((area) => area.subareas.flatMap((subarea) => criteriaOf(subarea).map((criterion) => ({ unitCode: subarea.code, criterion }))));
}

/** The caller's assessment of every criterion of the evaluation's framework (version 0 where none is saved). */
export async function loadMyCriteria(db: Database, catalogue: Catalogue, id: string, userId: string) {
  return db.transaction(async (tx) => {
    const frameworkId = await findFrameworkId(tx, id);
    if (!frameworkId) throw notFound(`Evaluation ${id}`);
    const own = (await findAssessments(tx, id, [userId])).get(userId);
    return {
      items: listCriteria(frameworkOf(catalogue, frameworkId)).map(({ unitCode, criterion }) => presentAssessment(unitCode, criterion.code, own?.get(criterion.code))),
    };
  }, SNAPSHOT);
}

/**
 * Agreement over criteria in the revealed evaluations of one model version (every assigned
 * evaluator submitted): per evaluation, overall, and the criteria disagreed on most.
 */
export async function loadCriteriaStatistics(db: Database, catalogue: Catalogue, frameworkId: string, language: Language): Promise<CriteriaStatistics> {
  const framework = catalogue.frameworks.get(frameworkId);
  if (!framework) throw notFound(`Model version ${frameworkId}`);
  const criteria = listCriteria(framework);
  return db.transaction(async (tx) => {
    const revealed = await tx
      .select({ id: evaluations.id, municipalityId: evaluations.municipalityId, municipalityName: municipalities.name, status: evaluations.status })
      .from(evaluations)
      .innerJoin(municipalities, eq(municipalities.id, evaluations.municipalityId))
      .where(
        and(
          eq(evaluations.frameworkId, frameworkId),
          sql`exists (select 1 from evaluation_assignments a where a.evaluation_id = ${evaluations.id})`,
          sql`not exists (select 1 from evaluation_assignments a where a.evaluation_id = ${evaluations.id}
                and not exists (select 1 from evaluator_submissions s where s.evaluation_id = a.evaluation_id and s.user_id = a.user_id))`,
        ),
      )
      .orderBy(asc(municipalities.name), asc(evaluations.id));
    const ids = revealed.map((evaluation) => evaluation.id);
    const assigned = ids.length === 0 ? [] : await tx.select().from(evaluationAssignments).where(sql`${evaluationAssignments.evaluationId} in ${ids}`);
    const values = await findAssessmentValues(tx, ids);
    const all: CriterionComparison[] = [];
    const perEvaluation = revealed.map((evaluation) => {
      const evaluators = assigned.filter((row) => row.evaluationId === evaluation.id).map((row) => row.userId);
      const byUser = values.get(evaluation.id);
      const comparisons = criteria.map(({ criterion }) =>
        compareCriterion({ code: criterion.code, scale: criterion.scale, values: evaluators.map((userId) => byUser?.get(userId)?.get(criterion.code) ?? null) }),
      );
      all.push(...comparisons);
      return { evaluationId: evaluation.id, municipalityId: evaluation.municipalityId, municipalityName: evaluation.municipalityName, status: evaluation.status, ...agreementOf(comparisons) };
    });
    const byCode = new Map(criteria.map((entry) => [entry.criterion.code, entry]));
    return {
      frameworkId,
      frameworkTitle: localise(framework.title, language),
      overall: { evaluations: revealed.length, ...agreementOf(all) },
      evaluations: perEvaluation,
      criteria: mostDisagreed(all, 20).map((entry) => {
        const found = byCode.get(entry.code);
        return { ...entry, unitCode: found?.unitCode ?? '', text: found ? localise(found.criterion.text, language) : entry.code };
      }),
    };
  }, SNAPSHOT);
}
