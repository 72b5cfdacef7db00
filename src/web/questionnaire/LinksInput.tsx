import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { ANSWER_LINKS_MAX, type AnswerLink, type Question } from '../../domain/question-set-values.js';
import { useTranslation } from '../language/language-context.js';
import { LinkList } from './AnswerDisplay.js';
import { isWebAddress } from './answer-forms.js';
import { QuestionHelp, QuestionLabel } from './QuestionLabel.js';

/** A links question: the links given, each removable, and a small form to add one (address and title). */
export function LinksInput({ question, links, onChange }: { question: Question; links: readonly AnswerLink[]; onChange: (links: AnswerLink[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const full = links.length >= ANSWER_LINKS_MAX;

  const add = (event?: FormEvent) => {
    event?.preventDefault();
    if (full) return;
    if (!isWebAddress(url)) {
      setError(t('questionnaire.links.urlInvalid'));
      document.getElementById(`${id}-url`)?.focus();
      return;
    }
    setError(undefined);
    onChange([...links, { url: url.trim(), title: title.trim() }]);
    setUrl('');
    setTitle('');
    document.getElementById(`${id}-url`)?.focus();
  };

  return (
    <Fieldset>
      <Fieldset.Legend>
        <QuestionLabel question={question} />
      </Fieldset.Legend>
      {question.help.trim() ? (
        <Fieldset.Description>
          <QuestionHelp question={question} />
        </Fieldset.Description>
      ) : null}
      {links.length === 0 ? (
        <Paragraph data-size="sm">{t('questionnaire.links.none')}</Paragraph>
      ) : (
        <LinkList
          links={links}
          renderAfter={(link, index) => (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t('questionnaire.links.remove', { title: link.title.trim() || link.url })}
              onClick={() => onChange(links.filter((_, at) => at !== index))}
            >
              {t('actionPlan.remove')}
            </Button>
          )}
        />
      )}
      {full ? (
        <Paragraph data-size="sm">{t('questionnaire.links.full', { max: ANSWER_LINKS_MAX })}</Paragraph>
      ) : (
        <div className="answer-links__add" role="group" aria-label={t('questionnaire.links.addHeading')}>
          <Textfield
            id={`${id}-url`}
            label={t('questionnaire.links.url')}
            type="url"
            autoComplete="off"
            value={url}
            error={error}
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add(event);
            }}
          />
          <Textfield
            label={t('questionnaire.links.title')}
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add(event);
            }}
          />
          <Button type="button" variant="secondary" data-size="sm" onClick={() => add()}>
            {t('questionnaire.links.add')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
