/** Reading an evaluation's evidence register. */
import type { Database } from '../../db/client.js';
import { listScoringUnits, type Catalogue } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentEvidence, presentEvidenceSummary } from './presenter.js';
import { countEvidenceByUnit, findFrameworkId, listEvidence } from './repository.js';
import type { EvidenceListQuery } from '../../contract/evidence.js';

/** The evaluation's evidence, newest first, filtered by linked sub-area and kind. */
export async function loadEvidenceList(db: Database, evaluationId: string, query: EvidenceListQuery) {
  const items = (await listEvidence(db, evaluationId, query)).map(presentEvidence);
  return { items, total: items.length };
}

/** Per scoring unit of the framework, how many evidence items of each kind link to it; read in one snapshot. */
export async function loadEvidenceSummary(db: Database, catalogue: Catalogue, id: string) {
  const [frameworkId, counts] = await db.transaction((tx) => Promise.all([findFrameworkId(tx, id), countEvidenceByUnit(tx, id)]), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
  const framework = frameworkId ? catalogue.frameworks.get(frameworkId) : undefined;
  if (!framework) throw notFound(`Evaluation ${id}`);
  return presentEvidenceSummary(listScoringUnits(framework).map((unit) => unit.code), counts);
}
