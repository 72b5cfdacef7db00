import type { ReactNode } from 'react';
import type { Question } from '../../domain/question-set-values.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { Markdown } from '../ui/Markdown.js';

/** The question's label: its key and text, and "(obligatorisk)" in words when required. */
export function QuestionLabel({ question }: { question: Question }) {
  const { t } = useTranslation();
  const written = useContentLanguage();
  return (
    <>
      <span className="question__key">{question.key}</span> <span lang={written}>{question.text}</span>
      {question.required ? <span className="question__required"> ({t('questionnaire.required')})</span> : null}
    </>
  );
}

/** A question's help text (Markdown), if any. */
export function QuestionHelp({ question }: { question: Question }): ReactNode {
  const written = useContentLanguage();
  return question.help.trim() ? <Markdown source={question.help} inline lang={written} /> : undefined;
}
