import { COMMENT_MAX, COMMENT_STATUSES, workflowOperations as ops, type CommentChange, type CommentStatus, type CommentView } from '../../../contract/workflow.js';
import { callApi } from '../../api/call.js';

export type FactComment = CommentView;
export type FactCommentStatus = CommentStatus;
export { COMMENT_STATUSES as FACT_COMMENT_STATUSES, COMMENT_MAX as FACT_TEXT_MAX };
export type FactCommentChange = CommentChange;

/** The fact check's comments on one evaluation (oldest first), and adding and changing them. */
export const factCommentsApi = {
  list: (evaluationId: string, signal?: AbortSignal) => callApi(ops.listFactComments, { params: { id: evaluationId } }, { signal }),
  create: (evaluationId: string, input: { unitCode: string | null; body: string }) => callApi(ops.createFactComment, { params: { id: evaluationId }, body: input }),
  change: (evaluationId: string, commentId: string, version: number, change: FactCommentChange) =>
    callApi(ops.updateFactComment, { params: { id: evaluationId, commentId }, body: { version, ...change } }),
};

/** The current comment a 409 version_conflict carries (`extra.current`), when it looks like one. */
export function currentCommentOf(extra: Readonly<Record<string, unknown>>): FactComment | null {
  const current = extra['current'];
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Partial<FactComment>;
  return typeof record.id === 'string' && typeof record.version === 'number' && typeof record.body === 'string' ? (current as FactComment) : null;
}
