import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from '../ui/AppLink.js';
import { DueNote } from './DueNote.js';
import { questionnaireApi, type MyQuestionnaire } from './questionnaire-api.js';
import './questionnaire.css';

export const MY_QUESTIONNAIRES_HEADING_ID = 'min-kommun-fragor';

function Item({ item, today }: { item: MyQuestionnaire; today: string }) {
  const { t } = useTranslation();
  return (
    <li className="panel my-questionnaires__item">
      <Heading level={3} data-size="xs">
        <AppLink to={paths.questionnaire(item.id)}>{item.title}</AppLink>
      </Heading>
      <Paragraph data-size="sm">
        <DueNote facts={{ ...item, today }} />
      </Paragraph>
      <Paragraph data-size="sm">
        {t('questionnaire.progress.all', { answered: item.progress.answered, visible: item.progress.visible })}
        {item.status === 'open' && item.progress.requiredMissing.length > 0 ? <> · {t('questionnaire.progress.requiredLeft', { count: item.progress.requiredMissing.length })}</> : null}
      </Paragraph>
    </li>
  );
}

/**
 * On "Min kommun": the questionnaires the signed-in municipality user answers, each with its
 * progress and the reminder in words (due in N days, overdue, submitted). Nothing when none.
 */
export function MyQuestionnaires() {
  const { t } = useTranslation();
  const { user } = useSession();
  const own = user?.role === 'municipality';
  const mine = useApiQuery({
    queryKey: queryKeys.questionnaires.mine(),
    queryFn: ({ signal }) => questionnaireApi.mine(signal),
    enabled: own,
  });
  if (!own || mine.state.status !== 'ok' || mine.state.data.items.length === 0) return null;
  const { items, today } = mine.state.data;
  return (
    <section aria-labelledby={MY_QUESTIONNAIRES_HEADING_ID} className="my-municipality__section">
      <Heading level={2} data-size="sm" id={MY_QUESTIONNAIRES_HEADING_ID}>
        {t('questionnaire.mine.heading')}
      </Heading>
      <Paragraph>{t('questionnaire.mine.intro')}</Paragraph>
      <ul className="my-questionnaires">
        {items.map((item) => (
          <Item key={item.id} item={item} today={today} />
        ))}
      </ul>
    </section>
  );
}
