import { formatPartialDate } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { dueKind, type DueFacts, type DueKind } from './due.js';

function DueIcon({ kind }: { kind: DueKind }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="due-note__icon">
      {kind === 'submitted' ? <path d="M3 8.5 L6.5 12 L13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /> : null}
      {kind === 'overdue' ? (
        <>
          <path d="M8 1.5 L15 14.5 H1 Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6 V9.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill="currentColor" />
        </>
      ) : null}
      {kind === 'soon' || kind === 'later' || kind === 'notOpen' ? (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 4 V8 L10.5 10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </>
      ) : null}
    </svg>
  );
}

/**
 * The reminder in words with an icon beside it ("Ska vara klart om 3 dagar", "Försenat: …",
 * "Inskickat"); the colour only repeats what the words say.
 */
export function DueNote({ facts }: { facts: DueFacts }) {
  const { language, t } = useTranslation();
  const kind = dueKind(facts);
  const date = formatPartialDate(kind === 'notOpen' ? facts.opensOn : facts.dueOn, language);
  let text: string;
  if (kind === 'submitted') text = t('questionnaire.due.submitted');
  else if (kind === 'notOpen') text = t('questionnaire.due.notOpen', { date });
  else if (kind === 'overdue') text = t('questionnaire.due.overdue', { count: -facts.daysLeft, date });
  else if (facts.daysLeft === 0) text = t('questionnaire.due.today', { date });
  else if (kind === 'soon') text = t('questionnaire.due.soon', { count: facts.daysLeft, date });
  else text = t('questionnaire.due.later', { date });
  return (
    <span className={`due-note due-note--${kind}`}>
      <DueIcon kind={kind} />
      <span>{text}</span>
    </span>
  );
}
