import type { CommentStatus, CommentView } from '../../../contract/workflow.js';
import { getJson, send } from '../../api/http.js';

export type FactComment = CommentView;
export type FactCommentStatus = CommentStatus;
export const FACT_COMMENT_STATUSES: readonly FactCommentStatus[] = ['open', 'answered', 'resolved'];
/** The longest comment or answer the server accepts (COMMENT_MAX in the API's schema). */
export const FACT_TEXT_MAX = 10_000;

/** A change of a comment, without the version (that is added when it is sent). */
export interface FactCommentChange {
  body?: string;
  answer?: string;
  status?: FactCommentStatus;
}

const base = (evaluationId: string) => `/evaluations/${encodeURIComponent(evaluationId)}/fact-comments`;

/** The fact check's comments on one evaluation (oldest first), and adding and changing them. */
export const factCommentsApi = {
  list: (evaluationId: string, signal?: AbortSignal) => getJson<{ items: FactComment[] }>(base(evaluationId), {}, signal),
  create: (evaluationId: string, input: { unitCode: string | null; body: string }) => send<FactComment>('POST', base(evaluationId), input),
  change: (evaluationId: string, commentId: string, version: number, change: FactCommentChange) =>
    send<FactComment>('PUT', `${base(evaluationId)}/${encodeURIComponent(commentId)}`, { version, ...change }),
};

/** The current comment a 409 version_conflict carries (`extra.current`), when it looks like one. */
export function currentCommentOf(extra: Readonly<Record<string, unknown>>): FactComment | null {
  const current = extra['current'];
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Partial<FactComment>;
  return typeof record.id === 'string' && typeof record.version === 'number' && typeof record.body === 'string' ? (current as FactComment) : null;
}
