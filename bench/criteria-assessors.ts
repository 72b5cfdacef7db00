/**
 * Two evaluators assessing the criteria of one evaluation at once over HTTP, each in two tabs
 * (sessions): tab 1 saves the evaluator's criteria round robin with the version it last read, as
 * fast as the server answers, and every `contestedEvery`-th save goes to a contested criterion
 * that tab 2 saves flat out as well (a 409 gives the current version, saved again on the next
 * turn, as the conflict view's merge does). At the end every criterion must hold the last
 * acknowledged save (of a contested one: the one given the highest version), no criterion saved by
 * one tab alone may have seen a 409, and each sub-area's own score must be its criteria's proposal
 * (it follows them, no deviation reason being given); otherwise it throws.
 */
import { isDeepStrictEqual } from 'node:util';
import { allowedValues, proposeScore } from '../src/domain/criteria.js';
import { formatDecimal, parseDecimal } from '../src/domain/decimal.js';
import type { DraftFramework } from '../src/domain/framework-draft.js';
import { headersOf, summary, type Session } from './http-session.js';

interface Saved {
  value: string;
  note: string;
  version: number;
}

interface Tally {
  roundTrips: number[];
  accepted: number;
  conflicts: number;
  followedScores: number;
  errors: string[];
}

const newTally = (): Tally => ({ roundTrips: [], accepted: 0, conflicts: 0, followedScores: 0, errors: [] });

interface CriterionFacts {
  unitCode: string;
  values: string[];
}

/** Every criterion of the definition: its sub-area and the values its scale allows ("na" included). */
export function criteriaFacts(definition: DraftFramework): Map<string, CriterionFacts> {
  return new Map(
    definition.areas.flatMap((area) =>
      area.subareas.flatMap((subarea) =>
        subarea.criteria.map((criterion) => [criterion.code, { unitCode: subarea.code, values: allowedValues(criterion.scale as Parameters<typeof allowedValues>[0]) }] as const),
      ),
    ),
  );
}

interface Tab {
  session: Session;
  name: string;
  /** The criterion of the tab's save number `save`. */
  turn: (save: number) => string;
  /** Where a save of `code` is counted. */
  tallyOf: (code: string) => Tally;
  /** The version this tab last read of each criterion. */
  versions: Map<string, number>;
}

/** One save with the version the tab last read; the acknowledged ones kept by criterion (the highest version wins). */
async function saveOnce(url: (code: string) => string, facts: Map<string, CriterionFacts>, tab: Tab, save: number, acknowledged: Map<string, Saved>): Promise<void> {
  const code = tab.turn(save);
  const tally = tab.tallyOf(code);
  const choices = facts.get(code)!.values;
  const value = choices[(save + tab.name.length) % choices.length]!;
  const note = `${tab.name}, sparning ${save}: bedömt efter intervju och dokument.`;
  const began = performance.now();
  const response = await fetch(url(code), { method: 'PUT', headers: headersOf(tab.session), body: JSON.stringify({ version: tab.versions.get(code) ?? 0, value, note }) });
  const answer = (await response.json()) as { assessment?: { version: number }; followedScore?: unknown; error?: { currentVersion?: number } };
  tally.roundTrips.push(performance.now() - began);
  if (response.status === 200 && answer.assessment) {
    tally.accepted += 1;
    if (answer.followedScore) tally.followedScores += 1;
    tab.versions.set(code, answer.assessment.version);
    const before = acknowledged.get(code);
    if (!before || before.version < answer.assessment.version) acknowledged.set(code, { value, note, version: answer.assessment.version });
  } else if (response.status === 409 && answer.error?.currentVersion !== undefined) {
    tally.conflicts += 1;
    tab.versions.set(code, answer.error.currentVersion);
  } else {
    tally.errors.push(`${response.status} on ${code}: ${JSON.stringify(answer).slice(0, 200)}`);
  }
}

async function runTab(url: (code: string) => string, facts: Map<string, CriterionFacts>, tab: Tab, acknowledged: Map<string, Saved>, deadline: number): Promise<void> {
  for (let save = 0; performance.now() < deadline; save += 1) await saveOnce(url, facts, tab, save, acknowledged);
}

interface Evaluator {
  name: string;
  tabs: [Session, Session];
}

export async function benchAssessors(
  baseUrl: string,
  evaluationId: string,
  definition: DraftFramework,
  evaluators: readonly [Evaluator, Evaluator],
  options: { seconds: number; contestedEvery: number },
) {
  const facts = criteriaFacts(definition);
  const codes = [...facts.keys()];
  const url = (code: string) => `${baseUrl}/api/evaluations/${evaluationId}/my-criteria/${encodeURIComponent(code)}`;
  // Each evaluator's contested criterion (one of its own criteria, saved by both its tabs): the last one, and one in the middle.
  const contested = [codes.at(-1)!, codes[Math.floor(codes.length / 2)]!];
  const own = (index: number) => codes.filter((code) => code !== contested[index]);
  const ownTallies = [newTally(), newTally()];
  const contestedTallies = [newTally(), newTally()];
  const acknowledged = [new Map<string, Saved>(), new Map<string, Saved>()];
  const deadline = performance.now() + options.seconds * 1000;
  const began = performance.now();
  await Promise.all(
    evaluators.flatMap((evaluator, index) => {
      const ownCodes = own(index);
      const mine = contested[index]!;
      const tallyOf = (code: string) => (code === mine ? contestedTallies[index]! : ownTallies[index]!);
      // Tab 1: the evaluator's criteria in turn, every contestedEvery-th save on the contested one.
      const first: Tab = {
        session: evaluator.tabs[0],
        name: `${evaluator.name} flik 1`,
        turn: (save) => (save % options.contestedEvery === options.contestedEvery - 1 ? mine : ownCodes[save % ownCodes.length]!),
        tallyOf,
        versions: new Map(),
      };
      // Tab 2: the contested criterion only.
      const second: Tab = { session: evaluator.tabs[1], name: `${evaluator.name} flik 2`, turn: () => mine, tallyOf, versions: new Map() };
      return [runTab(url, facts, first, acknowledged[index]!, deadline), runTab(url, facts, second, acknowledged[index]!, deadline)];
    }),
  );
  const elapsed = (performance.now() - began) / 1000;

  // Read back: every criterion holds the last acknowledged save; each own score is the proposal.
  const lost: string[] = [];
  const notFollowing: string[] = [];
  const scoreStep = parseDecimal(definition.scoreStep) ?? 1;
  for (const [index, evaluator] of evaluators.entries()) {
    const mine = (await (await fetch(`${baseUrl}/api/evaluations/${evaluationId}/my-criteria`, { headers: headersOf(evaluator.tabs[0]) })).json()) as {
      items: Array<{ criterionCode: string; value: string | null; note: string; version: number }>;
    };
    const held = new Map(mine.items.map((item) => [item.criterionCode, item]));
    for (const [code, last] of acknowledged[index]!) {
      const server = held.get(code);
      if (!server || !isDeepStrictEqual({ value: server.value, note: server.note, version: server.version }, last)) {
        lost.push(`${evaluator.name} ${code}: acknowledged v${last.version} ${last.value} "${last.note}", server holds v${server?.version} ${server?.value} "${server?.note}"`);
      }
    }
    const scores = (await (await fetch(`${baseUrl}/api/evaluations/${evaluationId}/my-scores`, { headers: headersOf(evaluator.tabs[0]) })).json()) as {
      items: Array<{ unitCode: string; score: string | null }>;
    };
    const scoreOf = new Map(scores.items.map((item) => [item.unitCode, item.score]));
    for (const area of definition.areas) {
      for (const subarea of area.subareas) {
        if (subarea.criteria.length === 0) continue;
        const values = Object.fromEntries(subarea.criteria.map((criterion) => [criterion.code, held.get(criterion.code)?.value ?? undefined]));
        const proposal = proposeScore(subarea as Parameters<typeof proposeScore>[0], values, scoreStep);
        if (proposal.kind !== 'proposed') continue;
        const expected = formatDecimal(proposal.score);
        if (scoreOf.get(subarea.code) !== expected) notFollowing.push(`${evaluator.name} ${subarea.code}: own score ${scoreOf.get(subarea.code)}, proposal ${expected}`);
      }
    }
  }

  const all = [...ownTallies, ...contestedTallies].flatMap((tally) => tally.roundTrips);
  const sum = (tallies: Tally[], key: 'accepted' | 'conflicts' | 'followedScores') => tallies.reduce((total, tally) => total + tally[key], 0);
  const result = {
    evaluators: 2,
    tabsEach: 2,
    criteria: codes.length,
    contestedShareOfTab1: `1 in ${options.contestedEvery}`,
    seconds: Math.round(elapsed * 10) / 10,
    saves: all.length,
    acceptedPerSecond: Math.round((sum(ownTallies, 'accepted') + sum(contestedTallies, 'accepted')) / elapsed),
    latencyMs: summary(all),
    ownCriteria: { accepted: sum(ownTallies, 'accepted'), conflicts409: sum(ownTallies, 'conflicts'), ownScoresFollowed: sum(ownTallies, 'followedScores'), latencyMs: summary(ownTallies.flatMap((t) => t.roundTrips)) },
    contestedCriteria: { accepted: sum(contestedTallies, 'accepted'), conflicts409: sum(contestedTallies, 'conflicts'), latencyMs: summary(contestedTallies.flatMap((t) => t.roundTrips)) },
    lostWrites: lost.length,
    ownScoresNotFollowingProposal: notFollowing.length,
  };
  const errors = [...ownTallies, ...contestedTallies].flatMap((tally) => tally.errors);
  const failures = [
    ...lost.slice(0, 10).map((line) => `lost write: ${line}`),
    ...notFollowing.slice(0, 10).map((line) => `score not following: ${line}`),
    ...(sum(ownTallies, 'conflicts') > 0 ? [`${sum(ownTallies, 'conflicts')} 409s on criteria only one tab saves`] : []),
    ...errors.slice(0, 5).map((line) => `error: ${line}`),
  ];
  if (failures.length > 0) throw new Error(`CRITERIA ASSESSORS BENCH FAILED (${JSON.stringify(result)}):\n${failures.join('\n')}`);
  return result;
}
