import { Button } from '@digdir/designsystemet-react';
import { LOCALES } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import type { VersionedSave } from './use-versioned-save.js';
import '../ui/conflict-view.css';

/** "14:02" in the UI language. */
function timeOf(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * Where a record's autosave stands, announced politely: "Sparar…", "Sparat 14:02", "Kunde inte
 * spara – försöker igen", a refusal with a retry button, or a conflict to resolve below.
 */
export function AutosaveStatus<T>({ autosave, id }: { autosave: VersionedSave<T>; id?: string }) {
  const { language, t } = useTranslation();
  const { status, failure, savedAt, blocked, dirty } = autosave;
  let text = '';
  if (status === 'conflict') text = t('autosave.conflict');
  else if (blocked && dirty && status !== 'error') text = t('autosave.blocked');
  else if (status === 'saving') text = t('autosave.saving');
  else if (status === 'error' && failure?.retrying) text = t('autosave.retrying');
  else if (status === 'error') text = failure?.message ? t('autosave.refusedWith', { message: failure.message }) : t('autosave.refused');
  else if (status === 'saved' && savedAt) text = t('autosave.saved', { time: timeOf(savedAt, LOCALES[language]) });
  const refused = status === 'error' && failure !== null && !failure.retrying;
  return (
    <div className="autosave-status">
      <p role="status" aria-live="polite" id={id} className="autosave-status__text" data-status={status}>
        {text}
      </p>
      {refused ? (
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => autosave.retry()}>
          {t('autosave.retry')}
        </Button>
      ) : null}
    </div>
  );
}
