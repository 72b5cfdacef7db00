import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { Markdown } from '../../ui/Markdown.js';
import { formatDateTime } from '../../import/import-texts.js';
import { useTranslation } from '../../language/language-context.js';
import { CommentConflict } from './CommentConflict.js';
import { currentCommentOf, factCommentsApi, FACT_TEXT_MAX, type FactComment, type FactCommentChange } from './fact-comments-api.js';
import { statusKey } from './fact-check-units.js';
import { MarkdownField, textProblem } from './MarkdownField.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { useContentLanguage } from '../../language/content-language.js';
import { apiErrorText } from '../../api/error-text.js';

const TAG_COLOURS = { open: 'warning', answered: 'info', resolved: 'success' } as const;

interface CommentItemProps {
  evaluationId: string;
  comment: FactComment;
  label: string;
  userId: string | null;
  isTeam: boolean;
  /** Whether comments can still change (the evaluation is not final or published). */
  canChange: boolean;
  onUpdated: (comment: FactComment) => void;
  /** Filtered away: kept (with what is typed in it) but not shown. */
  hidden?: boolean;
}

/**
 * One comment on facts: who wrote it and when, its status in words, the text and the answer.
 * The team answers, resolves and reopens; the author changes their own open comment. A stale
 * change shows both versions and lets the user choose; nothing typed is dropped unasked.
 */
export function CommentItem({ evaluationId, comment, label, userId, isTeam, canChange, onUpdated, hidden = false }: CommentItemProps) {
  const contentLanguage = useContentLanguage();
  const { language, t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [answer, setAnswer] = useState(comment.answer ?? '');
  const [answerBase, setAnswerBase] = useState(comment.answer);
  const [answerError, setAnswerError] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<{ change: FactCommentChange; current: FactComment } | null>(null);

  // A newer answer read from the server replaces the field's text only when nothing was typed there.
  if (comment.answer !== answerBase) {
    setAnswerBase(comment.answer);
    if (answer === (answerBase ?? '')) setAnswer(comment.answer ?? '');
  }

  const isAuthor = userId !== null && comment.author.id === userId;
  const canEdit = canChange && isAuthor && comment.status === 'open';
  const canReopen = canChange && comment.status !== 'open' && (isTeam || isAuthor);

  const saved = (updated: FactComment, message: string) => {
    onUpdated(updated);
    setConflict(null);
    setAnswer(updated.answer ?? '');
    setAnswerBase(updated.answer);
    setBody(updated.body);
    setEditing(false);
    setNotice({ color: 'success', text: message });
    // The button pressed may be gone with the new status: the comment's heading keeps the place.
    headingRef.current?.focus();
  };

  const send = async (change: FactCommentChange, version: number, message: string) => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    try {
      saved(await factCommentsApi.change(evaluationId, comment.id, version, change), message);
    } catch (failure) {
      const current = failure instanceof ApiError && failure.code === 'version_conflict' ? currentCommentOf(failure.extra) : null;
      if (current) {
        setConflict({ change, current });
      } else {
        const detail = apiErrorText(failure, t);
        const text =
          failure instanceof ApiError && failure.status === 403
            ? t('factCheck.error.forbidden')
            : failure instanceof ApiError && failure.status === 409
              ? t('factCheck.error.locked')
              : t('factCheck.error.failed');
        setNotice({ color: 'danger', text, detail });
      }
    } finally {
      setBusy(false);
    }
  };

  const messageFor = (change: FactCommentChange) =>
    change.body !== undefined
      ? t('factCheck.edit.saved')
      : change.status === 'resolved'
        ? t('factCheck.resolved')
        : change.status === 'open'
          ? t('factCheck.reopened')
          : t('factCheck.answered');

  const submitAnswer = () => {
    const problem = textProblem(answer, FACT_TEXT_MAX, t);
    setAnswerError(problem);
    if (problem) {
      answerRef.current?.focus();
      return;
    }
    const change: FactCommentChange = { answer: answer.trim(), status: 'answered' };
    void send(change, comment.version, messageFor(change));
  };

  const resolve = () => {
    const text = answer.trim();
    if (text.length > FACT_TEXT_MAX) {
      setAnswerError(textProblem(answer, FACT_TEXT_MAX, t));
      answerRef.current?.focus();
      return;
    }
    setAnswerError(undefined);
    // What was typed in the answer field is saved with the resolution, not dropped.
    const change: FactCommentChange = { status: 'resolved', ...(text && text !== (comment.answer ?? '') ? { answer: text } : {}) };
    void send(change, comment.version, messageFor(change));
  };

  const reopen = () => {
    const change: FactCommentChange = { status: 'open' };
    void send(change, comment.version, messageFor(change));
  };

  const saveBody = () => {
    const problem = textProblem(body, FACT_TEXT_MAX, t);
    setBodyError(problem);
    if (problem) {
      bodyRef.current?.focus();
      return;
    }
    const change: FactCommentChange = { body: body.trim() };
    void send(change, comment.version, messageFor(change));
  };

  const takeSaved = () => {
    if (!conflict) return;
    const current = conflict.current;
    onUpdated(current);
    setConflict(null);
    setAnswer(current.answer ?? '');
    setAnswerBase(current.answer);
    setBody(current.body);
    setEditing(false);
    setNotice({ color: 'success', text: t('factCheck.conflict.taken') });
    headingRef.current?.focus();
  };

  const created = formatDateTime(comment.createdAt, language);
  const updated = comment.updatedAt !== comment.createdAt ? formatDateTime(comment.updatedAt, language) : null;
  return (
    <li className="fact-comment" data-status={comment.status} hidden={hidden}>
      <article aria-labelledby={headingId}>
        <Heading level={4} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target fact-comment__heading">
          {label}
        </Heading>
        <p className="fact-comment__meta">
          {t('factCheck.item.by', { name: comment.author.name, organisation: comment.author.organisation })}
          {isAuthor ? ` ${t('factCheck.item.you')}` : ''}, <time dateTime={comment.createdAt}>{t('factCheck.item.at', { date: created })}</time>
          {updated ? (
            <>
              , <time dateTime={comment.updatedAt}>{t('factCheck.item.updated', { date: updated })}</time>
            </>
          ) : null}
        </p>
        <p className="fact-comment__status">
          <Tag data-color={TAG_COLOURS[comment.status]} data-size="sm">
            {t('factCheck.item.status', { status: t(statusKey(comment.status)) })}
          </Tag>
        </p>
        {editing ? (
          <div className="fact-comment__edit">
            <MarkdownField label={t('factCheck.edit.label')} value={body} onChange={setBody} error={bodyError} textareaRef={bodyRef} />
            <div className="fact-check__actions">
              <Button type="button" data-size="sm" aria-disabled={busy || undefined} onClick={saveBody}>
                {t('factCheck.edit.save')}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setEditing(false);
                  setBody(comment.body);
                  setBodyError(undefined);
                }}
              >
                {t('factCheck.edit.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Markdown source={comment.body} lang={contentLanguage} className="fact-comment__body" />
        )}
        {comment.answer ? (
          <div className="fact-comment__answer">
            <p className="fact-comment__label">{comment.answeredBy ? t('factCheck.item.answerBy', { name: comment.answeredBy.name }) : t('factCheck.item.answer')}</p>
            <Markdown source={comment.answer} lang={contentLanguage} />
          </div>
        ) : null}

        {canEdit && !editing ? (
          <div className="fact-check__actions">
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                setEditing(true);
                setBody(comment.body);
                setNotice(null);
              }}
            >
              {t('factCheck.edit.open')}
            </Button>
          </div>
        ) : null}

        {canChange && isTeam && comment.status !== 'resolved' ? (
          <div className="fact-comment__respond">
            <MarkdownField
              label={t('factCheck.answer.labelFor', { unit: label })}
              description={t('factCheck.answer.hint')}
              value={answer}
              onChange={setAnswer}
              error={answerError}
              textareaRef={answerRef}
              rows={4}
            />
            <div className="fact-check__actions">
              <Button type="button" data-size="sm" aria-disabled={busy || undefined} onClick={submitAnswer}>
                {t('factCheck.answer.submit')}
              </Button>
              <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} onClick={resolve}>
                {t('factCheck.answer.resolve')}
              </Button>
              {canReopen ? (
                <Button type="button" variant="tertiary" data-size="sm" aria-disabled={busy || undefined} onClick={reopen}>
                  {t('factCheck.answer.reopen')}
                </Button>
              ) : null}
            </div>
          </div>
        ) : canReopen ? (
          <div className="fact-check__actions">
            <Button type="button" variant="tertiary" data-size="sm" aria-disabled={busy || undefined} onClick={reopen}>
              {t('factCheck.answer.reopen')}
            </Button>
          </div>
        ) : null}

        {conflict ? (
          <CommentConflict
            mine={conflict.change}
            current={conflict.current}
            busy={busy}
            onKeepMine={() => void send(conflict.change, conflict.current.version, messageFor(conflict.change))}
            onTakeSaved={takeSaved}
          />
        ) : null}
        <LiveNotice notice={notice} status className="fact-comment__notice" />
      </article>
    </li>
  );
}
