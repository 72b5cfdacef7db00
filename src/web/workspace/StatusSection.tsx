import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { queryKeys } from '../api/query-keys.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { MissingUnitList, missingUnitsOf, type NamedUnit } from '../evaluation/MissingUnitList.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { useTranslation } from '../language/language-context.js';
import { workspaceApi, type EvaluationStatus, type Transition } from './workspace-api.js';
import { useWorkspace } from './workspace-context.js';
import { LiveNotice, type Notice as LiveNoticeValue } from '../ui/LiveNotice.js';
import { apiErrorText, errorCodeText } from '../api/error-text.js';

/** The status flow in order; a move to an earlier status is a move back. */
const STATUS_ORDER: readonly EvaluationStatus[] = ['draft', 'review', 'fact_check', 'final', 'published'];

const isStatus = (value: string | null): value is EvaluationStatus => value !== null && (STATUS_ORDER as readonly string[]).includes(value);
const statusKey = (status: EvaluationStatus): MessageKey => `status.${status}`;

interface Notice extends LiveNoticeValue {
  /** The units a refusal names (a move refused for missing agreed scores). */
  units?: NamedUnit[];
}

function buttonLabel(item: Transition, from: EvaluationStatus, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const status = t(statusKey(item.to));
  if (item.reopen) return t('workspace.status.reopen', { status });
  return STATUS_ORDER.indexOf(item.to) < STATUS_ORDER.indexOf(from) ? t('workspace.status.moveBack', { status }) : t('workspace.status.moveTo', { status });
}

/** Why a move is not possible now, in words. */
function reasonText(item: Transition, t: (key: MessageKey, params?: Record<string, string | number>) => string): string | null {
  if (item.allowed || !item.reason) return null;
  switch (item.reason.code) {
    case 'missing-scores':
      return t('workspace.status.reason.missingScores', { count: item.missingUnits.length });
    case 'open-comments':
      return item.openComments === 1 ? t('workspace.status.reason.openComment') : t('workspace.status.reason.openComments', { count: item.openComments });
    case 'forbidden':
      return t('workspace.status.reason.forbidden');
    case 'not-a-transition':
      return t('workspace.status.reason.notATransition');
    default:
      return errorCodeText(item.reason.code, t);
  }
}

function TransitionItem({ item, from, busy, onMove }: { item: Transition; from: EvaluationStatus; busy: boolean; onMove: (item: Transition) => void }) {
  const { t } = useTranslation();
  const { framework } = useWorkspace();
  const reasonId = useId();
  const reason = reasonText(item, t);
  return (
    <li className="status-moves__item">
      <Button
        type="button"
        variant={STATUS_ORDER.indexOf(item.to) < STATUS_ORDER.indexOf(from) || item.reopen ? 'secondary' : 'primary'}
        disabled={!item.allowed}
        aria-disabled={busy || undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => (busy ? undefined : onMove(item))}
      >
        {buttonLabel(item, from, t)}
      </Button>
      {reason ? (
        <Paragraph data-size="sm" id={reasonId} className="status-moves__reason">
          {reason}
        </Paragraph>
      ) : null}
      {item.missingUnits.length > 0 ? (
        <Details data-size="sm" className="status-moves__units">
          <Details.Summary>{t('workspace.status.missingUnits')}</Details.Summary>
          <Details.Content>
            <MissingUnitList units={item.missingUnits} framework={framework} />
          </Details.Content>
        </Details>
      ) : null}
    </li>
  );
}

/** The flow in order, the current status marked in words (not by colour alone). */
function StatusFlow({ current }: { current: EvaluationStatus }) {
  const { t } = useTranslation();
  return (
    <ol className="status-flow" aria-label={t('workspace.status.flowLabel')}>
      {STATUS_ORDER.map((status) => (
        <li key={status} className="status-flow__step" aria-current={status === current ? 'step' : undefined}>
          {t(statusKey(status))}
          {status === current ? <span className="status-flow__now"> {t('workspace.status.now')}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * Where the evaluation stands and the moves the user may make now; a move not possible yet says
 * why. A move made by someone else in the meantime (409) is told and the page read again.
 */
export function StatusSection() {
  const { t } = useTranslation();
  const { evaluationId, evaluation, framework, isTeam, reload } = useWorkspace();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const queryClient = useQueryClient();
  // Read again by the workspace's reload (after a move, or anything that changes the evaluation).
  const transitions = useQuery({ queryKey: queryKeys.evaluation(evaluationId).transitions(), queryFn: ({ signal }) => workspaceApi.transitions(evaluationId, signal), refetchOnMount: 'always' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const list = transitions.isError ? undefined : transitions.data;

  const move = async (item: Transition) => {
    if (busy || !list) return;
    setBusy(true);
    setNotice(null);
    try {
      const result = await workspaceApi.changeStatus(evaluationId, list.status, item.to);
      setNotice({ color: 'success', text: t('workspace.status.changed', { status: t(statusKey(result.status)) }) });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        const current = error.textOf('currentStatus');
        setNotice({
          color: 'warning',
          text: isStatus(current) ? t('workspace.status.conflictNow', { status: t(statusKey(current)) }) : t('workspace.status.conflict'),
        });
      } else if (error instanceof ApiError && error.status === 409 && error.textOf('reason') === 'missing-scores') {
        setNotice({ color: 'warning', text: t('workspace.status.refusedMissingScores'), units: missingUnitsOf(error) });
      } else if (error instanceof ApiError && error.status === 409 && error.textOf('reason') === 'open-comments') {
        setNotice({ color: 'warning', text: t('workspace.status.refusedOpenComments') });
      } else {
        setNotice({ color: 'danger', text: t('workspace.status.failed'), detail: apiErrorText(error, t) });
      }
    } finally {
      setBusy(false);
    }
    // The buttons change with the status: focus goes to the section's heading, the notice is announced.
    headingRef.current?.focus();
    // The lists show the status (and a published evaluation joins the comparisons).
    void queryClient.invalidateQueries({ queryKey: queryKeys.evaluations.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.goodExamples.all });
    reload();
  };

  return (
    <section aria-labelledby={headingId} className="workspace-section">
      <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {t('workspace.status.heading')}
      </Heading>
      <Paragraph>{t('workspace.status.current', { status: t(statusKey(evaluation.status)) })}</Paragraph>
      <StatusFlow current={evaluation.status} />
      <LiveNotice notice={notice} status>
        {notice?.units && notice.units.length > 0 ? <MissingUnitList units={notice.units} framework={framework} /> : null}
      </LiveNotice>
      {transitions.isError ? <ErrorAlert error={transitions.error} onRetry={() => void transitions.refetch()} /> : null}
      {!list && transitions.isPending ? <LoadingStatus /> : null}
      {list && list.items.length > 0 ? (
        <ul className="status-moves" aria-label={t('workspace.status.movesLabel')}>
          {list.items.map((item) => (
            <TransitionItem key={item.to} item={item} from={list.status} busy={busy} onMove={(chosen) => void move(chosen)} />
          ))}
        </ul>
      ) : null}
      {list && list.items.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {isTeam ? t('workspace.status.noMoves') : t('workspace.status.teamMoves')}
        </Paragraph>
      ) : null}
    </section>
  );
}
