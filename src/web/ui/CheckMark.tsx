import { useTranslation } from '../language/language-context.js';
import './check-mark.css';

/** "Matches" or "Differs" as an icon with its word beside it, never colour alone. */
export function CheckMark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={ok ? 'check check--ok' : 'check check--mismatch'}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {ok ? (
          <path d="M3 8.5 L6.5 12 L13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <>
            <path d="M8 1.5 L15 14.5 H1 Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
            <path d="M8 6 V9.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            <circle cx="8" cy="12" r="1" fill="currentColor" />
          </>
        )}
      </svg>
      {ok ? t('published.match') : t('published.mismatch')}
    </span>
  );
}
