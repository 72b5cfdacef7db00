/**
 * An answer of the question set as an item of the evidence register: its title and its notes (the
 * answer as Markdown text in the set's language: choices by their labels, links as Markdown links,
 * with the question's key). Pure functions.
 */
import { EVIDENCE_NOTES_MAX, EVIDENCE_TITLE_MAX } from './evidence.js';
import type { AnswerLink, Question, QuestionSetLanguage } from './question-set-values.js';

const WORDS: Record<QuestionSetLanguage, { question: string; answer: string; document: string; yes: string; no: string; none: string }> = {
  sv: { question: 'Fråga', answer: 'Svar', document: 'Dokument', yes: 'Ja', no: 'Nej', none: 'Inget svar' },
  nb: { question: 'Spørsmål', answer: 'Svar', document: 'Dokument', yes: 'Ja', no: 'Nei', none: 'Ikke besvart' },
  en: { question: 'Question', answer: 'Answer', document: 'Document', yes: 'Yes', no: 'No', none: 'No answer' },
};

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The evidence item's title: the question's text, or the document's file name. */
export function answerEvidenceTitle(question: Question, fileName: string | null): string {
  return truncate((fileName ?? question.text).replace(/\s+/g, ' ').trim(), EVIDENCE_TITLE_MAX);
}

const isLink = (item: unknown): item is AnswerLink => typeof item === 'object' && item !== null && typeof (item as AnswerLink).url === 'string';

/** Markdown link text with the characters that would end it escaped. */
const linkText = (text: string): string => text.replace(/([[\]\\])/g, '\\$1');

/** An answer's value as Markdown text in the set's language. */
export function answerAsMarkdown(question: Question, value: unknown, language: QuestionSetLanguage): string {
  const words = WORDS[language];
  const label = (key: string) => question.options.find((option) => option.key === key)?.label ?? key;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return words.none;
  switch (question.type) {
    case 'yes_no':
      return value === 'yes' ? words.yes : value === 'no' ? words.no : String(value);
    case 'single_choice':
      return typeof value === 'string' ? label(value) : String(value);
    case 'multiple_choice':
      return Array.isArray(value) ? value.map((key) => `- ${label(String(key))}`).join('\n') : String(value);
    case 'links':
      return Array.isArray(value) ? value.filter(isLink).map((link) => `- [${linkText(link.title.trim() || link.url)}](<${link.url}>)`).join('\n') : String(value);
    case 'number':
      return String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/**
 * The evidence item's notes: the question (with its key) and the answer, or for a document the
 * question it answers and the answer's own text when there is one.
 */
export function answerEvidenceNotes(question: Question, value: unknown, language: QuestionSetLanguage, fileName: string | null): string {
  const words = WORDS[language];
  const heading = `**${words.question} ${question.key}:** ${question.text}`;
  const body =
    fileName === null
      ? `**${words.answer}:**\n\n${answerAsMarkdown(question, value, language)}`
      : `**${words.document}:** ${fileName}${typeof value === 'string' && value.trim() ? `\n\n**${words.answer}:**\n\n${value}` : ''}`;
  return truncate(`${heading}\n\n${body}`, EVIDENCE_NOTES_MAX);
}
