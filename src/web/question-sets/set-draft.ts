/**
 * The question set editor's draft and the pure changes made to it: adding, removing and moving
 * sections and questions, changing a question's type (which keeps its options only for the choice
 * types), the earlier questions a condition may test, and where a server's validation detail
 * belongs. No React here; the editor's components call these.
 */
import { CHOICE_TYPES, CONDITION_TYPES, YES_NO_VALUES, type Question, type QuestionSection, type QuestionSetContent, type QuestionSetLanguage, type QuestionType } from '../../domain/question-set-values.js';

export interface SetDraft {
  title: string;
  description: string;
  language: QuestionSetLanguage;
  content: QuestionSetContent;
}

/** The draft of a set as the API shows it. */
export function draftOf(set: { title: string; description: string; language: QuestionSetLanguage; content: QuestionSetContent }): SetDraft {
  return {
    title: set.title,
    description: set.description,
    language: set.language,
    content: {
      sections: set.content.sections.map((section) => ({
        ...section,
        questions: section.questions.map((question) => ({
          ...question,
          unitCodes: [...question.unitCodes],
          options: question.options.map((option) => ({ ...option })),
          condition: question.condition ? { question: question.condition.question, anyOf: [...question.condition.anyOf] } : null,
        })),
      })),
    },
  };
}

/** Whether two drafts hold the same set (for "unsaved changes"). */
export const sameDraft = (a: SetDraft, b: SetDraft): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Moves the item at `index` one place up (-1) or down (+1); the list unchanged at its ends. */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** Every question key of the set. */
const questionKeys = (content: QuestionSetContent): Set<string> => new Set(content.sections.flatMap((section) => section.questions.map((question) => question.key)));

/** The first of `candidates(1)`, `candidates(2)`, … not in `taken`. */
function firstFree(taken: ReadonlySet<string>, candidate: (n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const key = candidate(n);
    if (!taken.has(key)) return key;
  }
}

/** A new empty section at the end, keyed by the next free number. */
export function addSection(content: QuestionSetContent, title: string): QuestionSetContent {
  const key = firstFree(new Set(content.sections.map((section) => section.key)), String);
  return { sections: [...content.sections, { key, title, intro: '', questions: [] }] };
}

/** A new free-text question at the end of a section, keyed "<section>.<n>" (the next free n). */
export function addQuestion(content: QuestionSetContent, sectionIndex: number, text: string, unitCodes: string[] = []): { content: QuestionSetContent; key: string } {
  const section = content.sections[sectionIndex];
  if (!section) return { content, key: '' };
  const key = firstFree(questionKeys(content), (n) => `${section.key}.${n}`);
  const question: Question = { key, type: 'text', text, help: '', required: false, unitCodes, options: [], condition: null };
  return { content: replaceSection(content, sectionIndex, { ...section, questions: [...section.questions, question] }), key };
}

export function replaceSection(content: QuestionSetContent, index: number, section: QuestionSection): QuestionSetContent {
  return { sections: content.sections.map((entry, at) => (at === index ? section : entry)) };
}

export function replaceQuestion(content: QuestionSetContent, sectionIndex: number, questionIndex: number, question: Question): QuestionSetContent {
  const section = content.sections[sectionIndex];
  if (!section) return content;
  return replaceSection(content, sectionIndex, { ...section, questions: section.questions.map((entry, at) => (at === questionIndex ? question : entry)) });
}

/** Removes a section; conditions on its questions go with them. */
export function removeSection(content: QuestionSetContent, index: number): QuestionSetContent {
  const removed = new Set(content.sections[index]?.questions.map((question) => question.key) ?? []);
  return dropConditionsOn({ sections: content.sections.filter((_, at) => at !== index) }, removed);
}

/** Removes a question; conditions on it go with it. */
export function removeQuestion(content: QuestionSetContent, sectionIndex: number, questionIndex: number): QuestionSetContent {
  const section = content.sections[sectionIndex];
  const question = section?.questions[questionIndex];
  if (!section || !question) return content;
  const next = replaceSection(content, sectionIndex, { ...section, questions: section.questions.filter((_, at) => at !== questionIndex) });
  return dropConditionsOn(next, new Set([question.key]));
}

function dropConditionsOn(content: QuestionSetContent, keys: ReadonlySet<string>): QuestionSetContent {
  if (keys.size === 0) return content;
  return {
    sections: content.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => (question.condition && keys.has(question.condition.question) ? { ...question, condition: null } : question)),
    })),
  };
}

/**
 * A question with another type: choice types keep (or start with two empty) options, other types
 * have none. Conditions of later questions on it stay only while it can still be tested.
 */
export function withType(question: Question, type: QuestionType): Question {
  const choice = CHOICE_TYPES.includes(type);
  const options = choice ? (question.options.length > 0 ? question.options : [{ key: '1', label: '' }, { key: '2', label: '' }]) : [];
  return { ...question, type, options };
}

/** After a question's type or options changed: later conditions on it keep only values it still has. */
export function pruneConditions(content: QuestionSetContent): QuestionSetContent {
  const values = new Map<string, Set<string>>();
  for (const section of content.sections) {
    for (const question of section.questions) {
      if (CONDITION_TYPES.includes(question.type)) values.set(question.key, new Set(conditionValues(question).map((value) => value.key)));
    }
  }
  return {
    sections: content.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        if (!question.condition) return question;
        const allowed = values.get(question.condition.question);
        if (!allowed) return { ...question, condition: null };
        const anyOf = question.condition.anyOf.filter((value) => allowed.has(value));
        return anyOf.length === question.condition.anyOf.length ? question : { ...question, condition: { ...question.condition, anyOf } };
      }),
    })),
  };
}

/** A new option key for a question: the next free number. */
export const nextOptionKey = (question: Question): string => firstFree(new Set(question.options.map((option) => option.key)), String);

/** The values a condition on this question may test: 'yes'/'no', or its options (labels as given; `yesNo` labels the first). */
export function conditionValues(question: Question): Array<{ key: string; label: string | null }> {
  if (question.type === 'yes_no') return YES_NO_VALUES.map((key) => ({ key, label: null }));
  if (CHOICE_TYPES.includes(question.type)) return question.options.map((option) => ({ key: option.key, label: option.label }));
  return [];
}

/** The questions before the given one (in set order) that a condition may test. */
export function earlierConditionQuestions(content: QuestionSetContent, sectionIndex: number, questionIndex: number): Question[] {
  const found: Question[] = [];
  content.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const earlier = s < sectionIndex || (s === sectionIndex && q < questionIndex);
      if (earlier && CONDITION_TYPES.includes(question.type)) found.push(question);
    });
  });
  return found;
}

/** Where a field of the draft is, by the API's path (`body.content.sections.0.questions.2.condition.question`). */
export interface FieldPlace {
  section: number | null;
  question: number | null;
  /** The rest of the path ('title', 'condition.question', 'options.1.key', …); '' for the whole item. */
  field: string;
}

/** The place in the draft a validation detail names; null when it names none (e.g. the file of an import). */
export function placeOf(path: string | undefined): FieldPlace | null {
  if (!path) return null;
  const rest = path.replace(/^body\./, '');
  const question = /^content\.sections\.(\d+)\.questions\.(\d+)(?:\.(.+))?$/.exec(rest);
  if (question) return { section: Number(question[1]), question: Number(question[2]), field: question[3] ?? '' };
  const section = /^content\.sections\.(\d+)(?:\.(.+))?$/.exec(rest);
  if (section) return { section: Number(section[1]), question: null, field: section[2] ?? '' };
  if (/^(title|description|language|content|content\.sections|version)$/.test(rest)) return { section: null, question: null, field: rest };
  return null;
}

/** The element id of a field of the editor (the validation summary links to it). */
export function fieldElementId(place: FieldPlace): string {
  const parts = ['qs'];
  if (place.section !== null) parts.push(`s${place.section}`);
  if (place.question !== null) parts.push(`q${place.question}`);
  const first = place.field.split('.')[0] || 'key';
  parts.push(first === 'content' ? 'title' : first === 'sections' ? 'title' : first);
  return parts.join('-');
}

/** Numbers of the draft's questions and sections (shown in the conflict view). */
export function draftCounts(content: QuestionSetContent): { sections: number; questions: number } {
  return { sections: content.sections.length, questions: content.sections.reduce((sum, section) => sum + section.questions.length, 0) };
}
