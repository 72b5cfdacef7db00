import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { queryKeys } from '../../api/query-keys.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { useTranslation } from '../../language/language-context.js';
import { useSession } from '../../session/session-context.js';
import { useWorkspace } from '../workspace-context.js';
import { CommentForm } from './CommentForm.js';
import { CommentItem } from './CommentItem.js';
import { factCommentsApi, FACT_COMMENT_STATUSES, type FactComment, type FactCommentStatus } from './fact-comments-api.js';
import { areaCodeOf, commentTargets, statusKey, unitLabel } from './fact-check-units.js';
import './factcheck.css';

const ALL = '';
const WHOLE = 'hela';

/**
 * The fact check: the municipality comments on facts, the evaluators answer or resolve each
 * comment. Shows the comments (filterable by part of the evaluation and status), a live count,
 * how many open comments keep the evaluation from becoming final, and the form for new comments
 * while the evaluation is at the fact check.
 */
export function FactCheckPanel() {
  const { evaluationId, evaluation, framework, isTeam, setSection } = useWorkspace();
  const { pageUser } = useSession();
  const { t } = useTranslation();
  const headingId = useId();
  const listHeadingId = useId();
  // The workspace layout sets the page title ("Faktakontroll – <evaluation>") and the h1.

  useEffect(() => {
    setSection('factcheck');
  }, [setSection]);

  // Read again each time the panel opens, so the comments (and their versions) are the server's.
  const list = useQuery({ queryKey: queryKeys.evaluation(evaluationId).factComments(), queryFn: ({ signal }) => factCommentsApi.list(evaluationId, signal), refetchOnMount: 'always' });
  const retry = () => void list.refetch();
  // Comments added or changed here since the list was read, by id.
  const [local, setLocal] = useState<{ loaded: { items: FactComment[] } | null; items: Map<string, FactComment> }>({ loaded: null, items: new Map() });
  const [area, setArea] = useState(ALL);
  const [status, setStatus] = useState<FactCommentStatus | typeof ALL>(ALL);

  // While reading again, or after a failed reload, the comments read last stay (with what is typed in them).
  const fresh = !list.isError && list.isFetchedAfterMount ? list.data : null;
  if (fresh && local.loaded !== fresh) setLocal({ loaded: fresh, items: new Map() });
  const loaded = fresh ?? local.loaded;

  const targets = useMemo(() => commentTargets(framework), [framework]);
  const comments = useMemo(() => {
    if (!loaded) return [];
    const items = local.loaded === loaded ? local.items : new Map<string, FactComment>();
    const known = new Set(loaded.items.map((item) => item.id));
    return [...loaded.items.map((item) => items.get(item.id) ?? item), ...[...items.values()].filter((item) => !known.has(item.id))];
  }, [loaded, local]);

  const remember = (comment: FactComment) =>
    setLocal((current) => ({ loaded: current.loaded, items: new Map(current.items).set(comment.id, comment) }));

  const counts = { open: 0, answered: 0, resolved: 0 };
  for (const comment of comments) counts[comment.status] += 1;
  const atFactCheck = evaluation.status === 'fact_check';
  const canChange = evaluation.status !== 'final' && evaluation.status !== 'published';
  const mayComment = isTeam || pageUser?.role === 'municipality' || pageUser?.role === 'admin';

  const shown = comments.filter((comment) => {
    if (status !== ALL && comment.status !== status) return false;
    if (area === ALL) return true;
    if (area === WHOLE) return comment.unitCode === null;
    return areaCodeOf(comment.unitCode, targets) === area;
  });

  return (
    <section aria-labelledby={headingId} className="fact-check">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('factCheck.heading')}
      </Heading>
      <Paragraph>{t('factCheck.intro')}</Paragraph>

      {!list.isError && !loaded ? <LoadingStatus /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={retry} /> : null}

      {loaded ? (
        <>
          <section aria-labelledby={`${headingId}-summary`} className="fact-check__summary">
            <Heading level={3} data-size="xs" id={`${headingId}-summary`}>
              {t('factCheck.summaryHeading')}
            </Heading>
            <div role="status" aria-live="polite" aria-atomic="true">
              <Paragraph>
                {comments.length === 0
                  ? t('factCheck.summaryNone')
                  : t('factCheck.summary', { total: comments.length, open: counts.open, answered: counts.answered, resolved: counts.resolved })}
              </Paragraph>
              {atFactCheck ? (
                <Paragraph data-size="sm" className="fact-check__blocking">
                  {counts.open === 0
                    ? t('factCheck.blocking.none')
                    : counts.open === 1
                      ? t('factCheck.blocking.one')
                      : t('factCheck.blocking.other', { count: counts.open })}
                </Paragraph>
              ) : null}
            </div>
          </section>

          {atFactCheck && mayComment ? (
            <CommentForm evaluationId={evaluationId} framework={framework} onCreated={remember} />
          ) : !atFactCheck ? (
            <Alert data-color="info" className="fact-check__closed">
              <Paragraph>
                {canChange
                  ? t('factCheck.closed.before', { status: t(`status.${evaluation.status}`) })
                  : t('factCheck.closed.after', { status: t(`status.${evaluation.status}`) })}
              </Paragraph>
            </Alert>
          ) : null}

          <section aria-labelledby={listHeadingId} className="fact-check__list">
            <Heading level={3} data-size="xs" id={listHeadingId}>
              {t('factCheck.list.label')}
            </Heading>
            {comments.length > 0 ? (
              <div className="fact-check__filters">
                <Field>
                  <Label>{t('factCheck.filter.label')}</Label>
                  <Select value={area} onChange={(event) => setArea(event.target.value)}>
                    <Select.Option value={ALL}>{t('factCheck.filter.all')}</Select.Option>
                    <Select.Option value={WHOLE}>{t('factCheck.whole')}</Select.Option>
                    {framework.areas.map((entry) => (
                      <Select.Option key={entry.code} value={entry.code}>
                        {t('factCheck.unit', { code: entry.code, title: entry.title })}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Field>
                  <Label>{t('factCheck.filter.status')}</Label>
                  <Select value={status} onChange={(event) => setStatus(event.target.value as FactCommentStatus | typeof ALL)}>
                    <Select.Option value={ALL}>{t('factCheck.filter.allStatuses')}</Select.Option>
                    {FACT_COMMENT_STATUSES.map((entry) => (
                      <Select.Option key={entry} value={entry}>
                        {t(statusKey(entry))}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              </div>
            ) : null}
            {comments.length > 0 ? (
              <Paragraph data-size="sm" className="muted" role="status">
                {t('factCheck.filter.shown', { shown: shown.length, total: comments.length })}
              </Paragraph>
            ) : null}
            {comments.length > 0 && shown.length === 0 ? <Paragraph>{t('factCheck.list.noneMatch')}</Paragraph> : null}
            {comments.length > 0 ? (
              // Comments filtered away are hidden, not removed, so an answer being typed stays.
              <ul className="fact-comment-list" aria-labelledby={listHeadingId} hidden={shown.length === 0}>
                {comments.map((comment) => (
                  <CommentItem
                    key={comment.id}
                    hidden={!shown.includes(comment)}
                    evaluationId={evaluationId}
                    comment={comment}
                    label={unitLabel(comment.unitCode, targets, t)}
                    userId={pageUser?.id ?? null}
                    isTeam={isTeam}
                    canChange={canChange}
                    onUpdated={remember}
                  />
                ))}
              </ul>
            ) : null}
            <Button type="button" variant="tertiary" data-size="sm" onClick={retry}>
              {t('factCheck.reload')}
            </Button>
          </section>
        </>
      ) : null}
    </section>
  );
}
