import type { Database, Executor } from '../../db/client.js';
import type { Principal, SignedInUser } from '../../domain/access.js';
import type { Catalogue, Framework } from '../../domain/framework.js';
import { frameworkOf, listScoringUnits } from '../../domain/framework.js';
import { checkTransition, MAY_NOT_MOVE, workflowRoleOf, type TransitionCheck, type WorkflowFacts } from '../../domain/workflow.js';
import { incompleteScoresRefusal } from '../../kernel/complete-scores-refusal.js';
import { AppError, forbidden, invalid, notFound, staleVersion, unauthorized } from '../../kernel/errors.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { presentComment } from './presenter.js';
import {
  findComment,
  findWorkflowFacts,
  insertComment,
  lockEvaluationStatus,
  setStatus,
  updateComment as writeComment,
  type CommentChanges,
} from './repository.js';
import type { CommentStatus, CreateCommentInput, StatusChangeInput, UpdateCommentInput } from '../../contract/workflow.js';

/** The refusal of a move as an HTTP error: 401/403 for who, 409 for the state of the evaluation. */
function refusal(check: Extract<TransitionCheck, { ok: false }>, principal: Principal, facts: WorkflowFacts): AppError {
  switch (check.reason) {
    case 'forbidden':
      return principal.kind === 'public' ? unauthorized() : forbidden(check.message);
    case 'not-a-transition':
      return new AppError('conflict', check.message, [{ field: 'body.to', message: check.message }], { reason: check.reason });
    case 'missing-scores':
      return incompleteScoresRefusal(check.transition?.to ?? 'fact_check', facts.unitsWithoutAgreedScore, facts.unitCount);
    case 'open-comments':
      return new AppError('conflict', check.message, [], { reason: check.reason, openComments: facts.openComments });
  }
}

/**
 * Moves an evaluation to another status if it still has the status the client saw, the caller
 * may make the move, and its precondition holds. Audited as `evaluation.status`, or
 * `evaluation.reopen` when a final evaluation goes back into work.
 */
export async function changeStatus(
  db: Database,
  catalogue: Catalogue,
  id: string,
  input: StatusChangeInput,
  principal: Principal,
  actor: string,
): Promise<{ status: StatusChangeInput['to']; version: number }> {
  return versionedWrite(db, {
    evaluation: { id, editable: false },
    read: async (tx) => {
      const row = await lockEvaluationStatus(tx, id);
      const ref = await findEvaluationRef(tx, id);
      if (!row || !ref) throw notFound(`Evaluation ${id}`);
      const role = workflowRoleOf(principal, ref);
      // Who may move it at all is decided before anything about its state is said.
      if (role === 'none') throw principal.kind === 'public' ? unauthorized() : forbidden(MAY_NOT_MOVE);
      // The status the client saw stands for the version it read.
      const refuse = () =>
        new AppError(
          'version_conflict',
          `The evaluation's status changed: you saw ${input.from}, it is now ${row.status}. Reload and decide again.`,
          [{ field: 'body.from', message: `is ${input.from}, current is ${row.status}` }],
          { currentStatus: row.status, currentVersion: row.version, current: { status: row.status, version: row.version } },
        );
      return { current: { row, role }, check: { what: 'The status', sent: input.from, current: row.status, refuse } };
    },
    write: async ({ tx, current: { row, role } }) => {
      const facts = await findWorkflowFacts(tx, row, frameworkOf(catalogue, row.frameworkId));
      const check = checkTransition(row.status, input.to, role, facts);
      if (!check.ok) throw refusal(check, principal, facts);
      const version = await setStatus(tx, id, input.to);
      const audit = {
        actor,
        action: check.transition.reopen ? 'evaluation.reopen' : 'evaluation.status',
        entityType: 'evaluation',
        entityId: id,
        oldValue: { status: row.status, version: row.version },
        newValue: { status: input.to, version },
      };
      return { result: { status: input.to, version }, audit };
    },
  });
}

// ---- Fact-check comments ----

function checkUnitCode(framework: Framework, code: string | null): void {
  if (code === null) return;
  const known = new Set([...framework.areas.map((area) => area.code), ...listScoringUnits(framework).map((unit) => unit.code)]);
  if (!known.has(code)) {
    throw invalid('body.unitCode', `must be an area or scoring unit code of ${framework.id} (e.g. "3" or "3.2"), or null`);
  }
}

async function currentComment(tx: Executor, evaluationId: string, commentId: string) {
  const comment = await findComment(tx, evaluationId, commentId);
  if (!comment) throw notFound(`Comment ${commentId}`);
  return comment;
}

/** Adds a comment on facts; only while the evaluation is at the fact check. */
export async function createComment(db: Database, catalogue: Catalogue, evaluationId: string, input: CreateCommentInput, user: SignedInUser, actor: string) {
  return versionedWrite(db, {
    evaluation: evaluationId,
    write: async ({ tx, evaluation }) => {
      if (evaluation.status !== 'fact_check') {
        throw new AppError('conflict', `Comments on facts can be made only during the fact check; the evaluation is ${evaluation.status}`, [], { status: evaluation.status });
      }
      checkUnitCode(frameworkOf(catalogue, evaluation.frameworkId), input.unitCode);
      const id = await insertComment(tx, { evaluationId, unitCode: input.unitCode, authorId: user.id, body: input.body });
      const audit = {
        actor,
        action: 'evaluation.fact-comment.create',
        entityType: 'evaluation',
        entityId: evaluationId,
        newValue: { id, unitCode: input.unitCode, body: input.body },
      };
      return { result: presentComment(await currentComment(tx, evaluationId, id)), audit };
    },
  });
}

/**
 * Who may change what on a comment: its text only its author; the answer and the statuses
 * answered/resolved only the team (administrators and assigned evaluators); reopening the
 * author or the team.
 */
function checkCommentRights(input: UpdateCommentInput, isAuthor: boolean, isTeam: boolean): void {
  if (input.body !== undefined && !isAuthor) throw forbidden('Only the author of a comment may change its text');
  if (input.answer !== undefined && !isTeam) throw forbidden('Only the evaluators or an administrator may answer a comment');
  if ((input.status === 'answered' || input.status === 'resolved') && !isTeam) {
    throw forbidden(`Only the evaluators or an administrator may mark a comment ${input.status}`);
  }
  if (input.status === 'open' && !isAuthor && !isTeam) throw forbidden('Only the author, the evaluators or an administrator may reopen a comment');
}

/**
 * Changes a comment if it is still at the version the client read (409 with the current comment
 * otherwise). Answering an open comment without naming a status marks it answered.
 */
export async function changeComment(
  db: Database,
  evaluationId: string,
  commentId: string,
  input: UpdateCommentInput,
  principal: Principal & { kind: 'user' },
  evaluatorIds: readonly string[],
  actor: string,
) {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const current = await currentComment(tx, evaluationId, commentId);
      const isTeam = workflowRoleOf(principal, { evaluatorIds }) !== 'none';
      checkCommentRights(input, current.authorId === principal.user.id, isTeam);
      return { current, check: { what: 'The comment', sent: input.version, current: current.version, shown: presentComment(current) } };
    },
    write: async ({ tx, current }) => {
      if (input.body !== undefined && current.status !== 'open' && input.status !== 'open') {
        throw new AppError('conflict', `The comment is ${current.status}: reopen it to change its text`, [], { status: current.status });
      }
      const status: CommentStatus | undefined = input.status ?? (input.answer !== undefined && current.status === 'open' ? 'answered' : undefined);
      if (status === 'answered' && input.answer === undefined && current.answer === null) {
        throw invalid('body.answer', 'is needed to mark the comment answered');
      }
      const changes: CommentChanges = {
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.answer !== undefined ? { answer: input.answer, answeredBy: principal.user.id } : {}),
        ...(status !== undefined ? { status } : {}),
      };
      if (!(await writeComment(tx, commentId, input.version, changes))) {
        const latest = await currentComment(tx, evaluationId, commentId);
        throw staleVersion('The comment', input.version, latest.version, presentComment(latest));
      }
      const updated = await currentComment(tx, evaluationId, commentId);
      const { answeredBy: _answeredBy, ...newValue } = changes;
      const audit = {
        actor,
        action: 'evaluation.fact-comment.update',
        entityType: 'evaluation',
        entityId: evaluationId,
        oldValue: { id: commentId, ...Object.fromEntries(Object.keys(newValue).map((key) => [key, current[key as keyof typeof newValue]])) },
        newValue: { id: commentId, ...newValue },
      };
      return { result: presentComment(updated), audit };
    },
  });
}
