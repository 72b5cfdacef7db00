/**
 * The comparison of one evaluation (or of a framework version alone) with the national
 * average, a peer group, stored reference averages and the municipality's earlier evaluations.
 *
 * Only published evaluations count towards averages (archived reports are stored as published).
 * The evaluation compared is one of the group's evaluations when it qualifies (published,
 * complete, within the options and the peer criteria); otherwise its own scores are placed
 * among the group's for rank and percentile without changing the group's mean or n.
 */
import type { Executor } from '../../db/client.js';
import { countryOf, municipalityIdParts, type Country } from '../../domain/municipality.js';
import { buildGroupComparison, completeMember, type GroupMember, type OwnScores } from '../../domain/comparison/group-comparison.js';
import { evaluationYear, historyPointOf } from '../../domain/comparison/history.js';
import { groupWording, nationalLabel, nordicLabel, peerLabel, thinArchiveWarning } from '../../i18n/comparison-labels.js';
import {
  classOfPopulation,
  isPeerFilterEmpty,
  POPULATION_THRESHOLDS_BY_COUNTRY,
  peerPredicate,
  populationClassesOf,
  type PopulationClass,
} from '../../domain/comparison/peer-groups.js';
import { applicableReferences } from '../../domain/comparison/references.js';
import type { ComparisonOptions, EvaluationComparison, GroupComparison, MunicipalityFacts } from '../../domain/comparison/types.js';
import { listScoringUnits, type Framework, type Language } from '../../domain/framework.js';
import { deriveScores } from '../../domain/scoring.js';
import type { AppContext } from '../../kernel/context.js';
import { invalid, notFound } from '../../kernel/errors.js';
import { findScores } from '../evaluations/repository.js';
import {
  findCandidates,
  findCountyName,
  findEarlierEvaluations,
  findSubject,
  type CandidateRow,
  type CandidatesQuery,
  type SubjectRow,
} from './repository.js';
import { listReferenceAverages, toReferenceFigure } from './reference-repository.js';

const DEFAULT_CLASSES: Readonly<Record<Country, readonly PopulationClass[]>> = {
  se: populationClassesOf(POPULATION_THRESHOLDS_BY_COUNTRY.se),
  no: populationClassesOf(POPULATION_THRESHOLDS_BY_COUNTRY.no),
};

/**
 * The population classes of a country: Sweden's are the configured ones
 * (KOMPASS_POPULATION_CLASSES), else the defaults; every other country has its own defaults
 * (POPULATION_THRESHOLDS_BY_COUNTRY). A Nordic comparison uses the evaluated municipality's.
 */
export const populationClassesIn = (context: AppContext, country: Country = 'se'): readonly PopulationClass[] =>
  country === 'se' ? (context.comparison?.populationClasses ?? DEFAULT_CLASSES.se) : DEFAULT_CLASSES[country];

/** The country whose municipalities a comparison counts (null: every country's, a Nordic comparison). */
export const memberCountry = (options: Pick<ComparisonOptions, 'scope'>, country: Country): Country | null => (options.scope === 'nordic' ? null : country);

/** The framework version of `id` from the catalogue; 404 when unknown. */
export function frameworkOf(context: AppContext, id: string): Framework {
  const framework = context.catalogue.frameworks.get(id);
  if (!framework) throw notFound(`Framework ${id}`);
  return framework;
}

/** Refuses a population class that is not configured, naming those that are. */
export function checkPeer(options: ComparisonOptions, classes: readonly PopulationClass[]): void {
  const wanted = options.peer?.populationClass;
  if (wanted !== undefined && !classes.some((entry) => entry.id === wanted)) {
    throw invalid('query.peer.populationClass', `unknown population class "${wanted}"; use one of ${classes.map((entry) => entry.id).join(', ')}`);
  }
}

/**
 * The national group of a comparison: the published candidates within the options that are
 * complete (see completeMember), each with the peer facts asked for in `facts`.
 */
export async function findMembers(
  executor: Executor,
  framework: Framework,
  options: Pick<ComparisonOptions, 'since' | 'latestOnly' | 'scope'>,
  country: Country,
  facts: CandidatesQuery['facts'],
): Promise<Array<{ member: GroupMember; row: CandidateRow }>> {
  const units = listScoringUnits(framework);
  const candidates = await findCandidates(executor, {
    frameworkId: framework.id,
    unitCodes: units.map((unit) => unit.code),
    since: options.since,
    latestOnly: options.latestOnly,
    country: memberCountry(options, country),
    facts,
  });
  const members: Array<{ member: GroupMember; row: CandidateRow }> = [];
  for (const row of candidates) {
    const member = completeMember(row.id, row.scores, units);
    if (member) members.push({ member, row });
  }
  return members;
}

interface Groups {
  national: GroupComparison;
  peer: GroupComparison | null;
  references: GroupComparison[];
}

/** National and peer groups from one candidate query, and the applicable reference averages. */
async function compareGroups(
  executor: Executor,
  context: AppContext,
  framework: Framework,
  options: ComparisonOptions,
  country: Country,
  own: OwnScores | null,
  language: Language,
): Promise<Groups> {
  const classes = populationClassesIn(context, country);
  checkPeer(options, classes);
  const wanted = options.peer;
  const members = await findMembers(executor, framework, options, country, {
    population: wanted?.populationClass !== undefined,
    group: wanted?.municipalityGroup !== undefined,
    firstTime: wanted?.firstTime !== undefined,
  });
  // Reference averages are a country's: shown with that country's municipalities only.
  const referenceRows = (await listReferenceAverages(executor)).filter((row) => row.country === country);
  const areaCodes = framework.areas.map((area) => area.code);
  const wording = groupWording(language);
  const group = (kind: 'national' | 'peer', label: string, chosen: typeof members) =>
    buildGroupComparison({ kind, label, frameworkId: framework.id, areaCodes, members: chosen.map((entry) => entry.member), minN: options.minN, own }, wording);

  const national = group('national', options.scope === 'nordic' ? nordicLabel(options.since, language) : nationalLabel(options.since, language), members);
  let peer: GroupComparison | null = null;
  if (options.peer && !isPeerFilterEmpty(options.peer)) {
    const matches = peerPredicate(options.peer, classes);
    const countyName = options.peer.countyId === undefined ? null : await findCountyName(executor, options.peer.countyId);
    const label = peerLabel(options.peer, { classes, countyName, since: options.since }, language);
    peer = group('peer', label, members.filter((entry) => matches(entry.row)));
  }
  const references = applicableReferences(referenceRows.map(toReferenceFigure), framework, context.catalogue, options.minN, language, wording);
  const thin = national.n < options.minN ? references.find((reference) => reference.total !== null) : undefined;
  // A thin archive points to the newest stored reference average with a total.
  if (thin) national.warning = thinArchiveWarning(national.n, options.minN, thin.label, language);
  return { national, peer, references };
}

/** What peer groups are formed by, for the evaluation compared. */
export function municipalityFactsOf(context: AppContext, subject: SubjectRow): MunicipalityFacts {
  return {
    countyId: subject.countyId,
    countyName: subject.countyName,
    population: subject.population,
    populationClass:
      subject.population === null ? null : (classOfPopulation(populationClassesIn(context, countryOf(subject.municipalityId)), subject.population)?.id ?? null),
    municipalityGroup: subject.groupCode,
    firstTime: subject.firstTime,
  };
}

/**
 * The evaluation's comparison (see EvaluationComparison). The caller has checked that the
 * principal may read the evaluation; the groups hold published evaluations only.
 */
export async function loadEvaluationComparison(
  context: AppContext,
  evaluationId: string,
  options: ComparisonOptions,
  language: Language,
): Promise<EvaluationComparison> {
  const { db } = context.database;
  const subject = await findSubject(db, evaluationId);
  if (!subject) throw notFound(`Evaluation ${evaluationId}`);
  const framework = frameworkOf(context, subject.frameworkId);
  const derived = deriveScores(framework, await findScores(db, evaluationId));
  const own: OwnScores = { id: subject.id, total: derived.total, areas: new Map(derived.areas.map((area) => [area.code, area.score])) };
  const groups = await compareGroups(db, context, framework, options, countryOf(subject.municipalityId), own, language);
  const earlier = await findEarlierEvaluations(db, evaluationId);
  const history = earlier.flatMap((row) => {
    const earlierFramework = context.catalogue.frameworks.get(row.frameworkId);
    if (!earlierFramework) return [];
    const year = evaluationYear(row.fieldworkStart, row.reportDate);
    return [historyPointOf({ evaluationId: row.id, year, framework: earlierFramework, scores: row.scores }, framework, context.catalogue, language)];
  });
  return {
    evaluationId,
    frameworkId: framework.id,
    options,
    municipality: {
      ...municipalityIdParts(subject.municipalityId),
      name: subject.municipalityName,
      shortName: subject.municipalityShortName,
      total: derived.total / 100,
      areas: derived.areas.map((area) => ({ code: area.code, score: area.score / 100 })),
      facts: municipalityFactsOf(context, subject),
    },
    ...groups,
    history,
  };
}

/** National (and peer) averages of a framework version, without an evaluation to place. */
export interface NationalComparison {
  frameworkId: string;
  options: ComparisonOptions;
  national: GroupComparison;
  peer: GroupComparison | null;
  references: GroupComparison[];
}

/** The averages alone (GET /api/comparisons/national): no rank, percentile or history. */
export async function loadNationalComparison(
  context: AppContext,
  frameworkId: string,
  options: ComparisonOptions,
  country: Country,
  language: Language,
): Promise<NationalComparison> {
  const framework = frameworkOf(context, frameworkId);
  const { db } = context.database;
  const groups = await compareGroups(db, context, framework, options, country, null, language);
  return { frameworkId, options, ...groups };
}
