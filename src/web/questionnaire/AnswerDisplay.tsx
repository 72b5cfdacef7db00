import type { ReactNode } from 'react';
import { formatNumber, formatPartialDate } from '../../i18n/index.js';
import type { AnswerLink, Question } from '../../domain/question-set-values.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { Markdown } from '../ui/Markdown.js';
import { formOf } from './answer-forms.js';

/** The label of a chosen option (its key when the set no longer has it). */
const labelOf = (question: Question, key: string): string => question.options.find((option) => option.key === key)?.label ?? key;

/** An answer as read (not edited): the text, "Ja"/"Nej", the chosen options, the number, the date or the links; "Inget svar" when empty. */
export function AnswerDisplay({ question, value }: { question: Question; value: unknown }) {
  const { language, t } = useTranslation();
  const written = useContentLanguage();
  const form = formOf(question, value);
  const empty = <p className="muted">{t('questionnaire.noAnswer')}</p>;
  switch (question.type) {
    case 'text':
    case 'documents':
      return typeof form === 'string' && form.trim() !== '' ? <Markdown source={form} lang={written} /> : question.type === 'text' ? empty : null;
    case 'yes_no':
      return form === 'yes' || form === 'no' ? <p>{t(form === 'yes' ? 'questionnaire.yes' : 'questionnaire.no')}</p> : empty;
    case 'single_choice':
      return typeof form === 'string' && form !== '' ? <p lang={written}>{labelOf(question, form)}</p> : empty;
    case 'multiple_choice':
      return Array.isArray(form) && form.length > 0 ? (
        <ul lang={written}>
          {(form as string[]).map((key) => (
            <li key={key}>{labelOf(question, key)}</li>
          ))}
        </ul>
      ) : (
        empty
      );
    case 'number':
      return typeof value === 'number' ? <p>{formatNumber(value, language, 6)}</p> : empty;
    case 'date':
      return typeof value === 'string' && value !== '' ? <p>{formatPartialDate(value, language)}</p> : empty;
    case 'links':
      return Array.isArray(form) && form.length > 0 ? <LinkList links={form as AnswerLink[]} /> : empty;
  }
}

/** Links as a list, each named by its title (its address when it has none). */
export function LinkList({ links, renderAfter }: { links: readonly AnswerLink[]; renderAfter?: (link: AnswerLink, index: number) => ReactNode }) {
  const written = useContentLanguage();
  return (
    <ul className="answer-links">
      {links.map((link, index) => (
        <li key={`${index}-${link.url}`}>
          <a href={/^https?:\/\//i.test(link.url) ? link.url : undefined} rel="noopener noreferrer" lang={link.title.trim() ? written : undefined}>
            {link.title.trim() || link.url}
          </a>
          {renderAfter?.(link, index)}
        </li>
      ))}
    </ul>
  );
}
