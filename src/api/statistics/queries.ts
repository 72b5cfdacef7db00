/**
 * The national statistics (GET /api/statistics): one read-only snapshot of a country's published
 * evaluations, municipalities and their population and SKR group series, then pure statistics
 * (src/domain/statistics) and the presenter.
 *
 * Selection, as the comparisons select (src/api/comparisons): only published evaluations of the
 * country's municipalities; an evaluation is complete when every scoring unit of its model has a
 * score, and only complete ones enter a distribution, a trend or a rank class. Each municipality
 * counts in a model's distribution with its latest complete evaluation of that model; the filters
 * are decided on the facts of that evaluation (population and SKR group as of its year), so the n
 * of a filtered distribution is the n of the comparisons' peer group with the same criteria.
 */
import type { StatisticsQuery, StatisticsResponse } from '../../contract/statistics.js';
import type { Executor } from '../../db/client.js';
import { completeMember, type GroupMember } from '../../domain/comparison/group-comparison.js';
import { populationForYear, type PopulationClass } from '../../domain/comparison/peer-groups.js';
import { listScoringUnits, type Framework } from '../../domain/framework.js';
import type { Country } from '../../domain/municipality.js';
import { nearestYearValue } from '../../domain/statistics/trends.js';
import type { AppContext } from '../../kernel/context.js';
import { invalid } from '../../kernel/errors.js';
import { populationClassesIn } from '../comparisons/queries.js';
import { presentStatistics, type StatisticsEvaluation } from './presenter.js';
import { findAttributeSeries, findCounty, findMunicipalities, findPublishedEvaluations } from './repository.js';

/** Reads the snapshot; every statement in one repeatable-read, read-only transaction. */
async function readSnapshot(executor: Executor, country: Country, countyId: string | undefined) {
  return executor.transaction(
    async (tx) => ({
      county: countyId === undefined ? null : await findCounty(tx, country, countyId),
      municipalities: await findMunicipalities(tx, country),
      evaluations: await findPublishedEvaluations(tx, country),
      series: await findAttributeSeries(tx, country),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Newest model version first: by the year it came into use, then by id. */
const newestFirst = (a: Framework, b: Framework) => b.usedFrom - a.usedFrom || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Checks the query against the country's population classes and the catalogue; 400 naming the field otherwise. */
function checkQuery(context: AppContext, query: StatisticsQuery, classes: readonly PopulationClass[]): void {
  if (query.populationClass !== undefined && !classes.some((entry) => entry.id === query.populationClass)) {
    throw invalid('query.populationClass', `unknown population class "${query.populationClass}"; use one of ${classes.map((entry) => entry.id).join(', ')}`);
  }
  if (query.model !== undefined && !context.catalogue.frameworks.has(query.model)) {
    throw invalid('query.model', `unknown model version "${query.model}"; use one of ${[...context.catalogue.frameworks.keys()].join(', ')}`);
  }
}

export async function loadStatistics(context: AppContext, query: StatisticsQuery): Promise<StatisticsResponse> {
  const country: Country = query.country ?? 'se';
  const classes = populationClassesIn(context, country);
  checkQuery(context, query, classes);
  const snapshot = await readSnapshot(context.database.db, country, query.county);
  if (query.county !== undefined && !snapshot.county) throw invalid('query.county', `"${query.county}" is not a county of ${country}`);
  const populationClass = query.populationClass === undefined ? null : classes.find((entry) => entry.id === query.populationClass)!;

  const municipalities = new Map(snapshot.municipalities.map((row) => [row.id, row]));
  const unitsOf = new Map<string, ReturnType<typeof listScoringUnits>>();
  const evaluations: StatisticsEvaluation[] = [];
  for (const row of snapshot.evaluations) {
    const framework = context.catalogue.frameworks.get(row.frameworkId);
    const municipality = municipalities.get(row.municipalityId);
    if (!framework || !municipality) continue;
    let units = unitsOf.get(framework.id);
    if (!units) unitsOf.set(framework.id, (units = listScoringUnits(framework)));
    const member: GroupMember | null = completeMember(row.id, row.scores, units);
    const population = populationForYear(snapshot.series.population.get(row.municipalityId) ?? [], row.year);
    const group = nearestYearValue(snapshot.series.group.get(row.municipalityId) ?? [], row.year);
    const matches =
      (query.county === undefined || municipality.countyId === query.county) &&
      (query.group === undefined || group === query.group) &&
      (populationClass === null ||
        (population !== null && population >= populationClass.min && (populationClass.max === null || population <= populationClass.max)));
    evaluations.push({ row, framework, municipality, member, population, group, matches });
  }

  return presentStatistics({
    country,
    language: query.lang,
    catalogue: context.catalogue,
    chosenModel: query.model ?? null,
    filters: {
      county: snapshot.county,
      group: query.group ?? null,
      populationClass,
    },
    classes,
    evaluations,
    newestFirst,
  });
}
