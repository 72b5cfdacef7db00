/**
 * The criteria behind a unit's score, as the scoring commands need them: which criterion a code
 * names, the proposal an evaluator's (or the agreed) criteria give, and the refusal of a score
 * that departs from it without a reason.
 */
import type { Executor } from '../../db/client.js';
import { deviatesFromProposal, proposeScore, type Proposal } from '../../domain/criteria.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal, parseDecimal } from '../../domain/decimal.js';
import { criteriaOf, findSubarea, type Criterion, type Framework, type Subarea } from '../../domain/framework.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { findAgreedCriteria, findAssessments } from './repository.js';

/** The framework's score step in hundredths ("0.5" → 50). */
export const scoreStepOf = (framework: Framework): Hundredths => parseDecimal(framework.scoreStep) ?? 1;

/** The sub-area and criterion a criterion code names (the sub-area's code is the code without its last part); 404 when none. */
export function locateCriterion(framework: Framework, criterionCode: string): { subarea: Subarea; criterion: Criterion } {
  const subareaCode = criterionCode.split('.').slice(0, -1).join('.');
  const subarea = subareaCode ? findSubarea(framework, subareaCode) : undefined;
  const criterion = subarea ? criteriaOf(subarea).find((candidate) => candidate.code === criterionCode) : undefined;
  if (!subarea || !criterion) throw notFound(`Criterion ${criterionCode} of ${framework.id}`);
  return { subarea, criterion };
}

/** The proposal of a unit from the given values (none for a unit without criteria, or an area scored whole). */
export function proposalOf(framework: Framework, unitCode: string, values: ReadonlyMap<string, string | null>): Proposal {
  const subarea = findSubarea(framework, unitCode);
  if (!subarea || criteriaOf(subarea).length === 0) return { kind: 'none' };
  const record: Record<string, string | undefined> = {};
  for (const [code, value] of values) if (value !== null) record[code] = value;
  return proposeScore(subarea, record, scoreStepOf(framework));
}

/** The proposal of one evaluator's criteria for a unit. */
export async function ownProposal(tx: Executor, framework: Framework, evaluationId: string, userId: string, unitCode: string): Promise<Proposal> {
  const subarea = findSubarea(framework, unitCode);
  if (!subarea || criteriaOf(subarea).length === 0) return { kind: 'none' };
  const assessments = (await findAssessments(tx, evaluationId, [userId], unitCode)).get(userId) ?? new Map();
  return proposalOf(framework, unitCode, new Map([...assessments].map(([code, row]) => [code, row.value])));
}

/** The proposal of a unit's agreed criteria. */
export async function agreedProposal(tx: Executor, framework: Framework, evaluationId: string, unitCode: string): Promise<Proposal> {
  const subarea = findSubarea(framework, unitCode);
  if (!subarea || criteriaOf(subarea).length === 0) return { kind: 'none' };
  const agreed = await findAgreedCriteria(tx, evaluationId, unitCode);
  return proposalOf(framework, unitCode, new Map([...agreed].map(([code, row]) => [code, row.value])));
}

/** 409 deviation_unexplained when the score departs from a complete proposal and no reason is given. */
export function requireExplainedDeviation(
  proposal: Proposal,
  unitCode: string,
  score: Hundredths | null,
  deviationReason: string,
  field = 'body.deviationReason',
): void {
  if (!deviatesFromProposal(proposal, score) || deviationReason.trim() !== '' || proposal.kind !== 'proposed') return;
  const proposed = formatDecimal(proposal.score);
  throw new AppError(
    'deviation_unexplained',
    `The score of ${unitCode} (${formatDecimal(score ?? 0)}) departs from the ${proposed} its criteria propose: give a reason for the deviation`,
    [{ field, message: `is required: the score departs from the proposal ${proposed}` }],
    { unitCode, proposal: proposed },
  );
}
