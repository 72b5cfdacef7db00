/**
 * The national statistics (GET /api/statistics): one read-only snapshot of a country's published
 * evaluations and municipalities (with their population and SKR group series), then pure
 * statistics (src/domain/statistics) and the presenter.
 *
 * Selection, as the comparisons select (src/api/comparisons): only published evaluations of the
 * country's municipalities; an evaluation is complete when every scoring unit of its model has a
 * score, and only complete ones enter a distribution, a trend or a rank class. Each municipality
 * counts in a model's distribution with its latest complete evaluation of that model; the filters
 * are decided on the facts of that evaluation (population and SKR group as of its year), so the n
 * of a filtered distribution is the n of the comparisons' peer group with the same criteria.
 *
 * Statistics change only when the published data does: each request reads the published data's
 * fingerprint (src/api/published; one cheap query, kept in the read cache on the embedded database
 * until the next write), and the country's prepared snapshot and the serialised answers are kept in
 * this process's memory under it (a few of each, least recently used first out). A request whose
 * fingerprint is known costs that query and a map lookup; another filter, model or language of the
 * same data reuses the snapshot. The snapshot is read in one transaction with the fingerprint and
 * kept under that one, so it never stands for a state it does not reflect; since every request
 * reads the fingerprint from the database, several app processes on one database stay exact.
 */
import type { StatisticsQuery, StatisticsResponse } from '../../contract/statistics.js';
import type { Executor } from '../../db/client.js';
import { completeMember } from '../../domain/comparison/group-comparison.js';
import { populationForYear, type PopulationClass } from '../../domain/comparison/peer-groups.js';
import { listScoringUnits, type Catalogue, type ScoringUnit } from '../../domain/framework.js';
import type { Country } from '../../domain/municipality.js';
import { nearestYearValue } from '../../domain/statistics/trends.js';
import type { AppContext } from '../../kernel/context.js';
import { invalid } from '../../kernel/errors.js';
import { readThrough } from '../../kernel/read-cache.js';
import { populationClassesIn } from '../comparisons/queries.js';
import { publishedFingerprint } from '../published/fingerprint.js';
import { FingerprintMemory } from './memory.js';
import { presentStatistics, type StatisticsEvaluation } from './presenter.js';
import { findMunicipalities, findPublishedEvaluations, type MunicipalityRow } from './repository.js';

type PreparedEvaluation = Omit<StatisticsEvaluation, 'matches'>;

interface Snapshot {
  /** The published data's fingerprint, read in the snapshot's transaction. */
  fingerprint: string;
  municipalities: MunicipalityRow[];
  /** Grouped by municipality, newest first within it. */
  evaluations: PreparedEvaluation[];
}

/** Reads the country's data in one repeatable-read, read-only transaction and prepares each evaluation's sums and facts. */
async function readSnapshot(executor: Executor, catalogue: Catalogue, country: Country): Promise<Snapshot> {
  const { fingerprint, municipalities, rows } = await executor.transaction(
    async (tx) => ({
      fingerprint: await statisticsFingerprint(tx),
      municipalities: await findMunicipalities(tx, country),
      rows: await findPublishedEvaluations(tx, country),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const byId = new Map(municipalities.map((row) => [row.id, row]));
  const unitsOf = new Map<string, ScoringUnit[]>();
  const evaluations: PreparedEvaluation[] = [];
  for (const row of rows) {
    const framework = catalogue.frameworks.get(row.frameworkId);
    const municipality = byId.get(row.municipalityId);
    if (!framework || !municipality) continue;
    let units = unitsOf.get(framework.id);
    if (!units) unitsOf.set(framework.id, (units = listScoringUnits(framework)));
    evaluations.push({
      row,
      framework,
      municipality,
      member: completeMember(row.id, row.scores, units),
      population: populationForYear(municipality.population, row.year),
      group: nearestYearValue(municipality.group, row.year),
    });
  }
  return { fingerprint, municipalities, evaluations };
}

/** Newest model version first: by the year it came into use, then by id. */
const newestFirst = (a: { usedFrom: number; id: string }, b: { usedFrom: number; id: string }) =>
  b.usedFrom - a.usedFrom || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Checks the query against the country's population classes and the catalogue; 400 naming the field otherwise. */
function checkQuery(context: AppContext, query: StatisticsQuery, classes: readonly PopulationClass[]): void {
  if (query.populationClass !== undefined && !classes.some((entry) => entry.id === query.populationClass)) {
    throw invalid('query.populationClass', `unknown population class "${query.populationClass}"; use one of ${classes.map((entry) => entry.id).join(', ')}`);
  }
  if (query.model !== undefined && !context.catalogue.frameworks.has(query.model)) {
    throw invalid('query.model', `unknown model version "${query.model}"; use one of ${[...context.catalogue.frameworks.keys()].join(', ')}`);
  }
}

/** What the statistics depend on: the published data and the municipalities' population and SKR groups. */
const statisticsFingerprint = (executor: Executor) => publishedFingerprint(executor, { municipalityFacts: true });

/** The key of an answer: the parsed query (its keys in the schema's order), so equivalent addresses share it. */
export const statisticsAnswerKey = (query: StatisticsQuery): string => `statistics:${JSON.stringify(query)}`;

/** This process's memory of one app's statistics: snapshots per country and serialised answers, each under a fingerprint. */
export interface StatisticsMemory {
  snapshots: FingerprintMemory<Snapshot>;
  answers: FingerprintMemory<string>;
}

const memories = new WeakMap<AppContext, StatisticsMemory>();

/** The app's statistics memory (made on first use; tests and the bench read its counters and clear it). */
export function statisticsMemoryOf(context: AppContext): StatisticsMemory {
  let memory = memories.get(context);
  if (!memory) memories.set(context, (memory = { snapshots: new FingerprintMemory(4), answers: new FingerprintMemory(48) }));
  return memory;
}

/**
 * The answer to `query` serialised: kept in memory under the published data's current
 * fingerprint, else made from the country's snapshot (kept likewise) and kept.
 */
export async function loadStatisticsJson(context: AppContext, query: StatisticsQuery): Promise<string> {
  const country: Country = query.country ?? 'se';
  checkQuery(context, query, populationClassesIn(context, country));
  const memory = statisticsMemoryOf(context);
  const fingerprint = await readThrough(context.readCache, 'statistics:fingerprint', () => statisticsFingerprint(context.database.db));
  const answerKey = statisticsAnswerKey(query);
  return memory.answers.load(`${fingerprint}\n${answerKey}`, async () => {
    const snapshot = await memory.snapshots.load(`${fingerprint}\n${country}`, async () => {
      const read = await readSnapshot(context.database.db, context.catalogue, country);
      return { key: `${read.fingerprint}\n${country}`, value: read };
    });
    return { key: `${snapshot.fingerprint}\n${answerKey}`, value: JSON.stringify(answerStatistics(context, query, snapshot)) };
  });
}

/** The answer to a checked query from the country's snapshot. */
function answerStatistics(context: AppContext, query: StatisticsQuery, snapshot: Snapshot): StatisticsResponse {
  const country: Country = query.country ?? 'se';
  const classes = populationClassesIn(context, country);
  const countyRow = query.county === undefined ? null : snapshot.municipalities.find((row) => row.countyId === query.county);
  if (countyRow === undefined) throw invalid('query.county', `"${query.county}" is not a county of ${country}`);
  const populationClass = query.populationClass === undefined ? null : classes.find((entry) => entry.id === query.populationClass)!;
  const matches = (evaluation: PreparedEvaluation) =>
    (query.county === undefined || evaluation.municipality.countyId === query.county) &&
    (query.group === undefined || evaluation.group === query.group) &&
    (populationClass === null ||
      (evaluation.population !== null &&
        evaluation.population >= populationClass.min &&
        (populationClass.max === null || evaluation.population <= populationClass.max)));

  return presentStatistics({
    country,
    language: query.lang,
    catalogue: context.catalogue,
    chosenModel: query.model ?? null,
    filters: {
      county: countyRow === null ? null : { id: countyRow.countyId, name: countyRow.countyName },
      group: query.group ?? null,
      populationClass,
    },
    classes,
    evaluations: snapshot.evaluations.map((evaluation) => ({ ...evaluation, matches: matches(evaluation) })),
    newestFirst,
  });
}
