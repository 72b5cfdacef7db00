import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Language } from '../../i18n/index.js';
import { formatPartialDate } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import type { DueAction } from './my-municipality-api.js';

/**
 * Actions listed by due date: overdue ones carry the word "Försenad" (the colour only repeats it),
 * those due soon their date. Titles and names are in the municipality's language.
 */
export function DueActionList({ actions, kind, written }: { actions: readonly DueAction[]; kind: 'overdue' | 'dueSoon'; written: Language }) {
  const { language, t } = useTranslation();
  return (
    <ul className="due-actions">
      {actions.map((action) => (
        <li key={action.id} className={`due-actions__item due-actions__item--${kind}`}>
          <Paragraph className="due-actions__title">
            {kind === 'overdue' ? (
              <>
                <Tag data-color="danger" data-size="sm" className="due-actions__mark">
                  {t('myMunicipality.overdue.mark')}
                </Tag>{' '}
              </>
            ) : null}
            <span lang={written}>{action.title}</span>
          </Paragraph>
          <Paragraph data-size="sm" className="due-actions__facts">
            {action.dueDate ? <span>{t(kind === 'overdue' ? 'myMunicipality.overdue.due' : 'myMunicipality.dueSoon.due', { date: formatPartialDate(action.dueDate, language) })}</span> : null}
            <span>
              {action.responsible.trim() ? (
                <>
                  {t('myMunicipality.action.responsible')}: <span lang={written}>{action.responsible}</span>
                </>
              ) : (
                t('myMunicipality.action.noResponsible')
              )}
            </span>
            <span>{t('myMunicipality.action.progress', { progress: action.progress })}</span>
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
