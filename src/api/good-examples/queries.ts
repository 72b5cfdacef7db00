/** The public good-example reads, each in one read-only snapshot. */
import type { Database } from '../../db/client.js';
import type { Catalogue, Language } from '../../domain/framework.js';
import { invalid, notFound } from '../../kernel/errors.js';
import { findMunicipality } from '../municipalities/repository.js';
import { presentCitations, presentOverview } from './presenter.js';
import { listCitationsOf, listCitedFacts, listExamplesOf } from './repository.js';
import type { CitedAsGoodExample, GoodExampleOverview, GoodExampleOverviewQuery } from '../../contract/good-examples.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** Where other municipalities' published evaluations cite `municipalityId` as a good example; 404 for an unknown municipality. */
export async function loadCitations(db: Database, catalogue: Catalogue, municipalityId: string, language: Language): Promise<CitedAsGoodExample> {
  const { municipality, citations, examples } = await db.transaction(async (tx) => {
    const municipality = await findMunicipality(tx, municipalityId);
    if (!municipality) return { municipality: null, citations: [], examples: [] };
    const citations = await listCitationsOf(tx, municipalityId);
    const examples = await listExamplesOf(tx, [...new Set(citations.map((row) => row.evaluationId))]);
    return { municipality, citations, examples };
  }, SNAPSHOT);
  if (!municipality) throw notFound(`Municipality ${municipalityId}`);
  return presentCitations(catalogue, language, municipality, citations, examples);
}

/** Refuses a model the catalogue does not have and an area that model (or no model) has. */
function checkFilter(catalogue: Catalogue, query: GoodExampleOverviewQuery): void {
  const models = [...catalogue.frameworks.values()];
  if (query.model !== undefined && !catalogue.frameworks.has(query.model)) {
    throw invalid('query.model', `"${query.model}" is not a model version (allowed: ${models.map((model) => model.id).join(', ')})`);
  }
  if (query.area !== undefined) {
    const scope = query.model !== undefined ? models.filter((model) => model.id === query.model) : models;
    if (!scope.some((model) => model.areas.some((area) => area.code === query.area))) {
      throw invalid('query.area', `"${query.area}" is not an area of ${query.model ?? 'any model version'}`);
    }
  }
}

/** Per model version and sub-area (or area), the municipalities most often cited as good examples. */
export async function loadOverview(db: Database, catalogue: Catalogue, query: GoodExampleOverviewQuery): Promise<GoodExampleOverview> {
  checkFilter(catalogue, query);
  const facts = await db.transaction((tx) => listCitedFacts(tx, query), SNAPSHOT);
  return presentOverview(catalogue, query.lang, facts, query.limit);
}
