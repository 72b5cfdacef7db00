import type { MessageKey } from '../../i18n/index.js';
import type { QuestionSetLanguage, QuestionType } from '../../domain/question-set-values.js';

/** The name of a set's language in the UI language. */
export const languageKey = (language: QuestionSetLanguage): MessageKey => `questionSets.language.${language}`;

/** The name of a question type in the UI language. */
export const typeKey = (type: QuestionType): MessageKey => `questionSets.type.${type}`;

/** 'yes' / 'no' as a condition value, in the UI language. */
export const yesNoKey = (value: string): MessageKey => (value === 'yes' ? 'questionSets.yes' : 'questionSets.no');

/**
 * The UI language's words for a rule the server found broken at a field of the set (its own
 * message is English); null when the field is not one the editor knows.
 */
export function problemKey(place: { section: number | null; question: number | null; field: string }): MessageKey | null {
  const first = place.field.split('.')[0] ?? '';
  if (place.section === null) {
    if (first === 'title') return 'questionSets.problem.setTitle';
    if (first === 'description') return 'questionSets.problem.long';
    if (first === 'language') return 'questionSets.problem.language';
    return first === 'content' ? 'questionSets.problem.size' : null;
  }
  if (first === '' || first === 'key') return 'questionSets.problem.key';
  if (first === 'questions') return 'questionSets.problem.size';
  if (place.question === null) return first === 'title' ? 'questionSets.problem.sectionTitle' : first === 'intro' ? 'questionSets.problem.long' : null;
  const byField: Record<string, MessageKey> = {
    type: 'questionSets.problem.type',
    text: 'questionSets.problem.text',
    help: 'questionSets.problem.long',
    unitCodes: 'questionSets.problem.unitCodes',
    options: 'questionSets.problem.options',
    condition: 'questionSets.problem.condition',
  };
  return byField[first] ?? null;
}
