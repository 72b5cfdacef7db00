import type { MessageKey } from '../../i18n/index.js';
import type { QuestionSetLanguage, QuestionType } from '../../domain/question-set-values.js';

/** The name of a set's language in the UI language. */
export const languageKey = (language: QuestionSetLanguage): MessageKey => `questionSets.language.${language}`;

/** The name of a question type in the UI language. */
export const typeKey = (type: QuestionType): MessageKey => `questionSets.type.${type}`;

/** 'yes' / 'no' as a condition value, in the UI language. */
export const yesNoKey = (value: string): MessageKey => (value === 'yes' ? 'questionSets.yes' : 'questionSets.no');
