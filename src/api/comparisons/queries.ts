import { municipalityIdParts } from '../../domain/municipality.js';
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
import { buildGroupComparison, completeMember, type GroupMember, type OwnScores } from '../../domain/comparison/group-comparison.js';
import { evaluationYear, historyPointOf } from '../../domain/comparison/history.js';
import { groupWording, nationalLabel, peerLabel, thinArchiveWarning } from '../../i18n/comparison-labels.js';
import {
  classOfPopulation,
  DEFAULT_POPULATION_THRESHOLDS,
  isPeerFilterEmpty,
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

const DEFAULT_CLASSES = populationClassesOf(DEFAULT_POPULATION_THRESHOLDS);

/** The configured population classes (KOMPASS_POPULATION_CLASSES), else the defaults. */
export const populationClassesIn = (context: AppContext): readonly PopulationClass[] => context.comparison?.populationClasses ?? DEFAULT_CLASSES;

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
  options: Pick<ComparisonOptions, 'since' | 'latestOnly'>,
  facts: CandidatesQuery['facts'],
): Promise<Array<{ member: GroupMember; row: CandidateRow }>> {
  const units = listScoringUnits(framework);
  const candidates = await findCandidates(executor, {
    frameworkId: framework.id,
    unitCodes: units.map((unit) => unit.code),
    since: options.since,
    latestOnly: options.latestOnly,
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
  own: OwnScores | null,
  language: Language,
): Promise<Groups> {
  const classes = populationClassesIn(context);
  checkPeer(options, classes);
  const wanted = options.peer;
  const members = await findMembers(executor, framework, options, {
    population: wanted?.populationClass !== undefined,
    group: wanted?.municipalityGroup !== undefined,
    firstTime: wanted?.firstTime !== undefined,
  });
  const referenceRows = await listReferenceAverages(executor);
  const areaCodes = framework.areas.map((area) => area.code);
  const wording = groupWording(language);
  const group = (kind: 'national' | 'peer', label: string, chosen: typeof members) =>
    buildGroupComparison({ kind, label, frameworkId: framework.id, areaCodes, members: chosen.map((entry) => entry.member), minN: options.minN, own }, wording);

  const national = group('national', nationalLabel(options.since, language), members);
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
    populationClass: subject.population === null ? null : (classOfPopulation(populationClassesIn(context), subject.population)?.id ?? null),
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
  const groups = await compareGroups(db, context, framework, options, own, language);
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
  language: Language,
): Promise<NationalComparison> {
  const framework = frameworkOf(context, frameworkId);
  const { db } = context.database;
  const groups = await compareGroups(db, context, framework, options, null, language);
  return { frameworkId, options, ...groups };
}
