/**
 * The demo evaluators' work, made through the app's commands (own and agreed scores many units
 * at a time, with the rules of the unit-by-unit ones; submissions, texts, status moves,
 * fact-check comments), so it passes every rule those enforce — the completeness invariant among
 * them — and is audited like real work:
 *
 * - Olofström, a draft being scored: each evaluator has scored some units on their own.
 * - Falun, a draft in calibration: both evaluators have submitted, so their scores stand side by
 *   side with the differences; the first two areas are agreed.
 * - Leksand, at the fact check: every unit agreed, every area written, comments from the
 *   municipality (one answered, one open).
 * - Bergen (Norway), published: the same way through the fact check, in bokmål
 *   (demo-texts-nb.ts), then final and published.
 *
 * Deterministic: the same scores and texts every time.
 */
import type { UserRecord } from '../auth/users-repository.js';
import { toSignedInUser } from '../auth/users-repository.js';
import { assignEvaluator } from '../api/evaluations/assignment-commands.js';
import { createEvaluation } from '../api/evaluations/commands.js';
import { createEvaluationSchema } from '../contract/evaluations.js';
import { saveAgreedScores, saveOwnScores } from '../api/scoring/bulk-commands.js';
import { submitOwnScores } from '../api/scoring/commands.js';
import { writeAreaText, writeSummary } from '../api/texts/commands.js';
import { createGoodExample } from '../api/texts/good-example-commands.js';
import { changeComment, changeStatus, createComment } from '../api/workflow/commands.js';
import type { Database } from '../db/client.js';
import type { EvaluationStatus } from '../domain/evaluation-status.js';
import { listScoringUnits, type Catalogue, type Framework, type ScoringUnit } from '../domain/framework.js';
import { nameUnits } from '../domain/complete-scores.js';
import { unitScores } from './unit-scores.js';
import { CALIBRATION_TEXTS, demoRationale, FACT_CHECK_COMMENTS, FACT_CHECK_TEXTS, IN_PROGRESS_TEXTS, type DemoTexts } from './demo-texts.js';
import { DEMO_FACT_CHECK_COMMENTS_NB, DEMO_SCORES_NB, DEMO_TEXTS_NB, demoRationaleNb } from './demo-texts-nb.js';

const FRAMEWORK_ID = 'kommunkompassen-2020';

/** How the two evaluators' own scores differ from the pair's, unit by unit (a fixed pattern, so calibration has something to discuss). */
const OWN_OFFSETS: readonly [readonly number[], readonly number[]] = [
  [0, 1, -1, 0, 2, -0.5, 0, 1.5, 0, -1],
  [1, 0, 0, -2, 0, 0.5, -1, 0, 2, 0],
];

export interface DemoWork {
  municipalityId: string;
  fieldworkStart: string;
  /** The status the work ends at. */
  status: Extract<EvaluationStatus, 'draft' | 'fact_check' | 'published'>;
  /** The scores the pair agrees on in the end (every unit), from which the own scores are spread. */
  scores: Record<string, number>;
  /** The units each evaluator has scored on their own (all when they have submitted). */
  ownUnits: readonly [number, number];
  submitted: boolean;
  /** The units with an agreed score: the first `agreedUnits` of the framework. */
  agreedUnits: number;
  texts: DemoTexts;
  /** The municipality's comments in the fact check (with the evaluators' answers), in the work's language. */
  comments: ReadonlyArray<{ unitCode: string | null; body: string; answer: string | null }>;
  /** The rationale of a score, in the work's language. */
  rationale: (code: string, name: string, share: number, own: boolean) => string;
}

export const DEMO_WORK: readonly DemoWork[] = [
  {
    municipalityId: 'se-1060',
    fieldworkStart: '2026-09',
    status: 'draft',
    scores: unitScores([[9, 6, 14, 4, 18], [9, 16, 16, 14], [6, 15, 13, 12, 7]]),
    ownUnits: [14, 5],
    submitted: false,
    agreedUnits: 0,
    texts: IN_PROGRESS_TEXTS,
    comments: [],
    rationale: demoRationale,
  },
  {
    municipalityId: 'se-2080',
    fieldworkStart: '2026-10',
    status: 'draft',
    scores: unitScores([[12, 6, 14, 5, 20], [10, 17, 15, 12], [6, 16, 12, 12, 8], [12, 10, 12, 10, 11], [11, 10, 12, 9, 10], [11, 10, 14, 15], [8, 22, 14, 12], [11, 16, 11, 15]]),
    ownUnits: [36, 36],
    submitted: true,
    agreedUnits: 9,
    texts: CALIBRATION_TEXTS,
    comments: [],
    rationale: demoRationale,
  },
  {
    municipalityId: 'se-2029',
    fieldworkStart: '2026-05',
    status: 'fact_check',
    scores: unitScores([[11, 7, 16.5, 4, 23], [9, 19, 18, 17], [7, 18, 15, 14, 9], [10, 12, 11, 9, 14], [12, 8, 14, 13, 12], [13, 12, 12, 16], [9, 24, 15, 13], [12, 18, 13, 18.5]]),
    ownUnits: [36, 36],
    submitted: true,
    agreedUnits: 36,
    texts: FACT_CHECK_TEXTS,
    comments: FACT_CHECK_COMMENTS,
    rationale: demoRationale,
  },
  {
    municipalityId: 'no-4601',
    fieldworkStart: '2026-03',
    status: 'published',
    scores: DEMO_SCORES_NB,
    ownUnits: [36, 36],
    submitted: true,
    agreedUnits: 36,
    texts: DEMO_TEXTS_NB,
    comments: DEMO_FACT_CHECK_COMMENTS_NB,
    rationale: demoRationaleNb,
  },
];

/** An evaluator's own score of a unit: the pair's score moved by the evaluator's offset, kept within 0 … max. */
function ownScore(units: readonly ScoringUnit[], scores: Record<string, number>, evaluator: 0 | 1, index: number): number {
  const unit = units[index]!;
  const offsets = OWN_OFFSETS[evaluator];
  return Math.min(unit.max, Math.max(0, (scores[unit.code] ?? 0) + offsets[index % offsets.length]!));
}

const nameOf = (framework: Framework, code: string) => nameUnits(framework, [code])[0]!.name;

export interface DemoPeople {
  admin: UserRecord;
  evaluators: readonly [UserRecord, UserRecord];
  /** The demo municipality users, by their municipality's id. */
  municipalities: ReadonlyMap<string, UserRecord>;
}

async function scoreOnTheirOwn(db: Database, catalogue: Catalogue, framework: Framework, id: string, work: DemoWork, people: DemoPeople): Promise<void> {
  const units = listScoringUnits(framework);
  for (const evaluator of [0, 1] as const) {
    const user = people.evaluators[evaluator];
    const own = units.slice(0, work.ownUnits[evaluator]).map((unit, index) => {
      const score = ownScore(units, work.scores, evaluator, index);
      return { unitCode: unit.code, version: 0, score, rationale: work.rationale(unit.code, nameOf(framework, unit.code), score / unit.max, true) };
    });
    await saveOwnScores(db, catalogue, { evaluationId: id, userId: user.id }, own, user.email);
    if (work.submitted) await submitOwnScores(db, catalogue, id, user.id, user.email);
  }
}

async function agree(db: Database, catalogue: Catalogue, framework: Framework, id: string, work: DemoWork, people: DemoPeople): Promise<void> {
  const agreed = listScoringUnits(framework)
    .slice(0, work.agreedUnits)
    .map((unit) => {
      const score = work.scores[unit.code] ?? 0;
      return { unitCode: unit.code, version: 0, score, rationale: work.rationale(unit.code, nameOf(framework, unit.code), score / unit.max, false) };
    });
  if (agreed.length > 0) await saveAgreedScores(db, catalogue, id, agreed, people.evaluators[0].email);
}

async function write(db: Database, catalogue: Catalogue, id: string, texts: DemoTexts, people: DemoPeople): Promise<void> {
  const actor = people.evaluators[0].email;
  for (const [areaCode, text] of Object.entries(texts.areas)) {
    await writeAreaText(db, catalogue, id, areaCode, { version: 0, layout: 'summary', ...text }, actor);
  }
  if (texts.summary) await writeSummary(db, id, { version: 1, text: texts.summary }, actor);
  for (const example of texts.goodExamples) {
    await createGoodExample(db, catalogue, id, example, actor);
  }
}

/** Draft → review → fact check by the first evaluator, as in the workspace (the moves check completeness). */
async function moveToFactCheck(db: Database, catalogue: Catalogue, id: string, people: DemoPeople): Promise<void> {
  const evaluator = people.evaluators[0];
  const principal = { kind: 'user' as const, user: toSignedInUser(evaluator) };
  await changeStatus(db, catalogue, id, { from: 'draft', to: 'review' }, principal, evaluator.email);
  await changeStatus(db, catalogue, id, { from: 'review', to: 'fact_check' }, principal, evaluator.email);
}

/** The municipality's comments on facts, and the evaluators' answers to those answered. */
async function commentOnFacts(db: Database, catalogue: Catalogue, id: string, work: DemoWork, people: DemoPeople): Promise<void> {
  const evaluator = people.evaluators[0];
  const municipality = people.municipalities.get(work.municipalityId);
  if (!municipality && work.comments.length > 0) throw new Error(`The demo has no municipality user of ${work.municipalityId}`);
  for (const comment of work.comments) {
    const created = await createComment(db, catalogue, id, { unitCode: comment.unitCode, body: comment.body }, toSignedInUser(municipality!), municipality!.email);
    // Published work had every comment settled: one without an answer is resolved as it stands.
    if (comment.answer === null && work.status !== 'published') continue;
    await changeComment(
      db,
      id,
      created.id,
      comment.answer === null ? { version: created.version, status: 'resolved' } : { version: created.version, answer: comment.answer },
      { kind: 'user', user: toSignedInUser(evaluator) },
      people.evaluators.map((user) => user.id),
      evaluator.email,
    );
  }
}

/** Creates one piece of demo work (see DEMO_WORK) and returns its evaluation's id. */
export async function seedDemoWork(db: Database, catalogue: Catalogue, work: DemoWork, people: DemoPeople): Promise<string> {
  const framework = catalogue.frameworks.get(FRAMEWORK_ID);
  if (!framework) throw new Error(`The demo needs the framework ${FRAMEWORK_ID}`);
  const input = createEvaluationSchema.parse({
    municipalityId: work.municipalityId,
    frameworkId: FRAMEWORK_ID,
    fieldworkStart: work.fieldworkStart,
    evaluators: people.evaluators.map((user) => user.name),
    status: 'draft',
    origin: 'workspace',
  });
  const { id } = await createEvaluation(db, catalogue, input, people.admin.email);
  for (const evaluator of people.evaluators) await assignEvaluator(db, id, evaluator.id, people.admin.email);
  await scoreOnTheirOwn(db, catalogue, framework, id, work, people);
  await agree(db, catalogue, framework, id, work, people);
  await write(db, catalogue, id, work.texts, people);
  if (work.status === 'fact_check' || work.status === 'published') {
    await moveToFactCheck(db, catalogue, id, people);
    await commentOnFacts(db, catalogue, id, work, people);
  }
  if (work.status === 'published') {
    const evaluator = people.evaluators[0];
    const principal = { kind: 'user' as const, user: toSignedInUser(evaluator) };
    await changeStatus(db, catalogue, id, { from: 'fact_check', to: 'final' }, principal, evaluator.email);
    // Publishing is the administrator's.
    await changeStatus(db, catalogue, id, { from: 'final', to: 'published' }, { kind: 'user', user: toSignedInUser(people.admin) }, people.admin.email);
  }
  return id;
}
