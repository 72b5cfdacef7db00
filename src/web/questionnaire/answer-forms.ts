/**
 * What a respondent edits of an answer (its form) and the answer value it gives: texts, numbers
 * and dates are edited as text; yes/no and single choice as the chosen key ('' for none);
 * multiple choice as the chosen keys; links as the list. Pure functions.
 */
import type { AnswerLink, AnswerValue, Question } from '../../domain/question-set-values.js';

export type AnswerForm = string | string[] | AnswerLink[];

const isLinkList = (value: unknown): value is AnswerLink[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof (item as AnswerLink).url === 'string' && typeof (item as AnswerLink).title === 'string');

/** The form of a stored answer value (undefined or null: the empty form). */
export function formOf(question: Question, value: unknown, decimalSign = ','): AnswerForm {
  switch (question.type) {
    case 'multiple_choice':
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    case 'links':
      return isLinkList(value) ? value.map((link) => ({ url: link.url, title: link.title })) : [];
    case 'number':
      return typeof value === 'number' ? String(value).replace('.', decimalSign) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** A number typed with a comma or a point as its decimal sign and perhaps spaces between digits; null when it is none. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace(/^[\u2212]/, '-');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The answer value a form gives, or undefined when it cannot be sent as it is (a number or a
 * date not yet written right). An empty form clears the answer (null); a documents question's
 * form is its note.
 */
export function valueOf(question: Question, form: AnswerForm): AnswerValue | undefined {
  if (Array.isArray(form)) return form.length === 0 ? null : form;
  const text = form;
  switch (question.type) {
    case 'number': {
      if (text.trim() === '') return null;
      return parseNumber(text) ?? undefined;
    }
    case 'date': {
      const trimmed = text.trim();
      if (trimmed === '') return null;
      return isIsoDate(trimmed) ? trimmed : undefined;
    }
    case 'text':
    case 'documents':
      return text.trim() === '' ? null : text;
    default:
      return text === '' ? null : text;
  }
}

/** Whether two forms hold the same answer. */
export const sameForm = (a: AnswerForm, b: AnswerForm): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether a typed web address can be a link's: http or https with a host. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The question keys a 409 questionnaire_incomplete names (`answers.<key>`), in its order. */
export function missingKeysOf(details: ReadonlyArray<{ field?: string }>): string[] {
  return details.flatMap((detail) => (detail.field?.startsWith('answers.') ? [detail.field.slice('answers.'.length)] : []));
}
