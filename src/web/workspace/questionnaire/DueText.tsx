import { useTranslation } from '../../language/language-context.js';

/** The days left to the due date in words: "om 5 dagar", "i dag", "för 2 dagar sedan". */
export function DueText({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft === 0) return <>{t('questionnaireTeam.due.today')}</>;
  return <>{daysLeft > 0 ? t('questionnaireTeam.due.left', { count: daysLeft }) : t('questionnaireTeam.due.overdue', { count: -daysLeft })}</>;
}

/** A clock beside a reminder's words (the words carry it; the icon only adds to them). */
export function ReminderIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="questionnaire-team__icon">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.5 V8 L10.5 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
