import type { Database } from '../../db/client.js';
import { evaluationVisibility, type Principal } from '../../domain/access.js';
import { assessCompleteness } from '../../domain/completeness.js';
import { localise, type Catalogue, type Language } from '../../domain/framework.js';
import { compareWithPrevious } from '../../domain/previous-comparison.js';
import { deriveScores } from '../../domain/scoring.js';
import { notFound } from '../../kernel/errors.js';
import { findEvaluationListRow, findScores, listEvaluations, type EvaluationListRow } from '../evaluations/repository.js';
import { frameworkOf } from '../../domain/framework.js';
import type { Overview, TransitionList } from '../../contract/workflow.js';
import { availableTransitions, type WorkflowRole } from '../../domain/workflow.js';
import { presentPrevious, presentTransition } from './presenter.js';
import { findAgreedScores, findEvaluationStatus, findEvidenceUnitCodes, findWorkflowFacts } from './repository.js';

/** More evaluations of one municipality than Kompass will ever hold. */
const MUNICIPALITY_EVALUATIONS_MAX = 500;

const yearOf = (row: EvaluationListRow): number | null => {
  const date = row.fieldworkStart ?? row.reportDate;
  return date ? Number(date.slice(0, 4)) : null;
};

/**
 * The workspace overview of one evaluation, read in a single snapshot: its place among the
 * municipality's evaluations, the comparison with the latest earlier one the caller may read,
 * and (for those who see the working material) its completeness.
 */
export async function loadOverview(
  db: Database,
  catalogue: Catalogue,
  id: string,
  principal: Principal,
  options: { withCompleteness: boolean; language: Language },
): Promise<Overview> {
  return db.transaction(
    async (tx) => {
      const [row, state] = await Promise.all([findEvaluationListRow(tx, id), findEvaluationStatus(tx, id)]);
      if (!row || !state) throw notFound(`Evaluation ${id}`);
      const framework = frameworkOf(catalogue, row.frameworkId);
      // The same visibility rule as every listing: the previous one is one the caller may read.
      const { rows } = await listEvaluations(tx, { municipality: row.municipalityId, limit: MUNICIPALITY_EVALUATIONS_MAX, offset: 0 }, evaluationVisibility(principal));
      const earlier = rows.filter((candidate) => candidate.position < row.position).sort((a, b) => b.position - a.position)[0];
      const [currentScores, previousScores, agreed, evidence] = await Promise.all([
        findScores(tx, id),
        earlier ? findScores(tx, earlier.id) : Promise.resolve(null),
        options.withCompleteness ? findAgreedScores(tx, id) : Promise.resolve(null),
        options.withCompleteness ? findEvidenceUnitCodes(tx, id) : Promise.resolve(null),
      ]);
      let previous: Overview['previous'] = null;
      if (earlier && previousScores) {
        const previousFramework = frameworkOf(catalogue, earlier.frameworkId);
        const areas = compareWithPrevious(
          { framework, derived: deriveScores(framework, currentScores) },
          { framework: previousFramework, derived: deriveScores(previousFramework, previousScores) },
          catalogue.areaMaps,
        );
        previous = presentPrevious(
          { id: earlier.id, year: yearOf(earlier), framework: previousFramework },
          framework,
          areas,
          localise(catalogue.caveat, options.language),
          options.language,
        );
      }
      return {
        status: state.status,
        version: state.version,
        position: row.position,
        previous,
        completeness: agreed && evidence ? assessCompleteness(framework, agreed, evidence) : null,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The status changes open to a caller of `role` now, each with whether it is allowed and why not; read in one snapshot. */
export async function loadTransitions(db: Database, catalogue: Catalogue, id: string, role: WorkflowRole): Promise<TransitionList> {
  const { facts, state } = await db.transaction(
    async (tx) => {
      const current = await findEvaluationStatus(tx, id);
      if (!current) throw notFound(`Evaluation ${id}`);
      return { state: current, facts: await findWorkflowFacts(tx, current, frameworkOf(catalogue, current.frameworkId)) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return {
    status: state.status,
    version: state.version,
    items: availableTransitions(state.status, role, facts).map((entry) => presentTransition(entry, facts)),
  };
}
