import type { ActionPriority, ActionStatus, PlanVisibility } from '../../domain/action-plan-values.js';
import type { MessageKey } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';

export const statusKey = (status: ActionStatus): MessageKey => `actionPlan.status.${status}`;
export const priorityKey = (priority: ActionPriority): MessageKey => `actionPlan.priority.${priority}`;
export const visibilityKey = (visibility: PlanVisibility): MessageKey => `actionPlan.visibility.${visibility}`;

/** An action's status in words, with a mark of its own shape (never colour alone). */
export function StatusTag({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`action-status action-status--${status}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {status === 'planned' ? <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" /> : null}
        {status === 'in_progress' ? (
          <>
            <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M8 2 A6 6 0 0 1 8 14 Z" fill="currentColor" />
          </>
        ) : null}
        {status === 'done' ? (
          <>
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M4.5 8.5 L7 11 L11.5 5.5" fill="none" stroke="var(--ds-color-neutral-background-default, #fff)" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </>
        ) : null}
        {status === 'dropped' ? <path d="M3 3 L13 13 M13 3 L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /> : null}
      </svg>
      {t(statusKey(status))}
    </span>
  );
}

/** "Försenad" with a warning sign: an overdue action says so in words. */
export function OverdueFlag() {
  const { t } = useTranslation();
  return (
    <span className="overdue-flag">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 L15 14.5 H1 Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        <path d="M8 6 V9.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="12" r="1" fill="currentColor" />
      </svg>
      {t('actionPlan.overdue')}
    </span>
  );
}

/** Progress as a bar with its percent written beside it. */
export function ProgressMeter({ progress, label }: { progress: number; label: string }) {
  const { t } = useTranslation();
  return (
    <span className="progress-meter">
      <progress max={100} value={progress} aria-label={label} className="progress-meter__bar">
        {progress} %
      </progress>
      <span className="progress-meter__value" aria-hidden="true">
        {t('actionPlan.percent', { value: progress })}
      </span>
    </span>
  );
}
