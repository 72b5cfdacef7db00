import type { AnswerLink } from '../../../domain/question-set-values.js';
import type { TeamAnswer } from '../../../contract/questionnaires.js';

/** How a given answer reads beside the evidence: Markdown, one line of words, a list of links or nothing. */
export type AnswerDisplay =
  | { kind: 'markdown'; text: string }
  | { kind: 'line'; text: string }
  | { kind: 'date'; date: string }
  | { kind: 'number'; value: number }
  | { kind: 'links'; links: AnswerLink[] }
  | { kind: 'none' };

const isLink = (value: unknown): value is AnswerLink =>
  typeof value === 'object' && value !== null && typeof (value as AnswerLink).url === 'string' && typeof (value as AnswerLink).title === 'string';

/**
 * The display of a question's answer by its type: yes/no in the reader's words, chosen options by
 * their labels (an option no longer offered by its key), texts as Markdown. A value that does not
 * fit its type (never stored by the server) reads as no answer.
 */
export function answerDisplay(item: Pick<TeamAnswer, 'type' | 'options' | 'answer'>, words: { yes: string; no: string }): AnswerDisplay {
  const value = item.answer?.value;
  if (value === null || value === undefined) return { kind: 'none' };
  const label = (key: string) => item.options.find((option) => option.key === key)?.label ?? key;
  switch (item.type) {
    case 'text':
    case 'documents':
      return typeof value === 'string' && value.trim() !== '' ? { kind: 'markdown', text: value } : { kind: 'none' };
    case 'yes_no':
      return value === 'yes' ? { kind: 'line', text: words.yes } : value === 'no' ? { kind: 'line', text: words.no } : { kind: 'none' };
    case 'single_choice':
      return typeof value === 'string' ? { kind: 'line', text: label(value) } : { kind: 'none' };
    case 'multiple_choice': {
      const keys = Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
      return keys.length > 0 ? { kind: 'line', text: keys.map(label).join(', ') } : { kind: 'none' };
    }
    case 'number':
      return typeof value === 'number' ? { kind: 'number', value } : { kind: 'none' };
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { kind: 'date', date: value } : { kind: 'none' };
    case 'links': {
      const links = Array.isArray(value) ? value.filter(isLink) : [];
      return links.length > 0 ? { kind: 'links', links } : { kind: 'none' };
    }
  }
}

/** Whether the answer itself (not only its documents) can become evidence: it holds a value. */
export const answerLinkable = (item: Pick<TeamAnswer, 'type' | 'options' | 'answer'>): boolean => answerDisplay(item, { yes: 'yes', no: 'no' }).kind !== 'none';

/** Whether the answer itself, or one of its documents (`fileId`), is already an evidence item. */
export const isLinked = (item: Pick<TeamAnswer, 'linkedEvidence'>, fileId: string | null): boolean =>
  item.linkedEvidence.some((entry) => entry.fileId === fileId);

/** The questions linked to one scoring unit, in set order (the list of every question as the server gives it). */
export const answersOfUnit = <T extends Pick<TeamAnswer, 'unitCodes'>>(items: readonly T[], unitCode: string): T[] =>
  items.filter((item) => item.unitCodes.includes(unitCode));
