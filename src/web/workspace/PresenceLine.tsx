import { useTranslation } from '../language/language-context.js';
import type { PresentUser } from './workspace-api.js';
import { sectionText } from './workspace-tabs.js';

/** Who else has the evaluation open and what they work on ("Anna Andersson arbetar med Underlag"). */
export function PresenceLine({ others }: { others: readonly PresentUser[] }) {
  const { t } = useTranslation();
  const seen = new Set<string>();
  const unique = others.filter((other) => (seen.has(other.userId) ? false : (seen.add(other.userId), true)));
  return (
    <div className="workspace-presence" role="status" aria-live="polite" aria-label={t('workspace.presence.label')}>
      {unique.length === 0 ? (
        <p className="workspace-presence__none">{t('workspace.presence.none')}</p>
      ) : (
        <ul className="workspace-presence__list">
          {unique.map((other) => (
            <li key={other.userId}>{t('workspace.presence.working', { name: other.name, section: sectionText(other.section, t) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
