/**
 * A questionnaire's answers as the Word export shows them: a title and facts, then per section
 * every question with its sub-areas, its answer (or "no answer"), who answered it last and when,
 * and its documents' names. Pure: the questionnaire and its answers as the API reads them, the
 * framework and a language in; report sections out (rendered by the report's Word renderer).
 * The set's own texts and the answers stay as written, marked with the set's language.
 */
import type { AnswerFile, AnsweringQuestionnaire, TeamAnswer } from '../../contract/questionnaires.js';
import { nameUnits } from '../../domain/complete-scores.js';
import type { Framework } from '../../domain/framework.js';
import type { AnswerLink } from '../../domain/question-set-values.js';
import { formatFileSize, LOCALES } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { questionnaireExportTexts, type QuestionnaireExportTexts } from '../../i18n/questionnaire-export-texts.js';
import { asciiSlug } from '../file-name.js';
import { formatDate } from '../format.js';
import type { ReportBlock, ReportFact, ReportSection } from '../model.js';

/** The ZIP's folder of the uploaded documents (`dokument/<question key>/<file name>`). */
export const ANSWER_DOCUMENTS_FOLDER = 'dokument';

export interface AnswersContent {
  language: Language;
  locale: string;
  texts: QuestionnaireExportTexts;
  title: string;
  municipality: string;
  facts: ReportFact[];
  sections: ReportSection[];
  /** The file name without its extension: "frageunderlag-olofstroms-kommun-2026-12-07". */
  fileSlug: string;
}

export interface AnswersInput {
  questionnaire: AnsweringQuestionnaire;
  items: readonly TeamAnswer[];
  framework: Framework;
  language: Language;
  /** The document goes into the ZIP with the files: it says where they are. */
  inArchive: boolean;
}

const TIME_ZONE = 'Europe/Stockholm';

/** A moment as a date and time in Sweden's time zone, in the language's words. */
function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A Markdown link's text and address made safe for a list item. */
const markdownLink = (link: AnswerLink) => `[${(link.title || link.url).replace(/[[\]\\]/g, '\\$&')}](<${link.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

/** The answer's blocks by the question's type (choices as their labels, links as links). */
function answerBlocks(item: TeamAnswer, texts: QuestionnaireExportTexts, written: { lang?: Language }): ReportBlock[] {
  const value = item.answer?.value;
  const none: ReportBlock[] = [{ kind: 'paragraph', text: texts.noAnswer }];
  if (value === null || value === undefined) return item.type === 'documents' ? [] : none;
  const label = (key: string) => item.options.find((option) => option.key === key)?.label ?? key;
  switch (item.type) {
    case 'text':
    case 'documents':
      return typeof value === 'string' && value.trim() !== '' ? [{ kind: 'markdown', markdown: value, ...written }] : item.type === 'text' ? none : [];
    case 'yes_no':
      return [{ kind: 'paragraph', text: value === 'yes' ? texts.yes : texts.no }];
    case 'single_choice':
      return [{ kind: 'paragraph', text: label(String(value)) }];
    case 'multiple_choice':
      return Array.isArray(value) && value.length > 0 ? [{ kind: 'list', style: 'bullet', items: (value as string[]).map(label), ...written }] : none;
    case 'number':
    case 'date':
      return [{ kind: 'paragraph', text: String(value) }];
    case 'links':
      return Array.isArray(value) && value.length > 0 ? [{ kind: 'list', style: 'bullet', items: (value as AnswerLink[]).map(markdownLink), ...written }] : none;
  }
}

function fileItems(files: readonly AnswerFile[], input: AnswersInput, texts: QuestionnaireExportTexts): string[] {
  // List items are inline Markdown: a file's name is shown as it is.
  const escape = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
  return files.map((file) =>
    escape(texts.fileLine(file.fileName, formatFileSize(file.sizeBytes, input.language), file.uploadedByName, formatMoment(file.uploadedAt, input.language))),
  );
}

function questionSection(item: TeamAnswer, input: AnswersInput, texts: QuestionnaireExportTexts, written: { lang?: Language }): ReportSection {
  const units = nameUnits(input.framework, item.unitCodes, input.language)
    .map((unit) => `${unit.code} ${unit.name}`)
    .join('; ');
  const facts: ReportFact[] = [{ label: texts.subareas, value: units }];
  const blocks: ReportBlock[] = [{ kind: 'facts', facts }];
  if (item.required) facts.push({ label: texts.required, value: texts.yes });
  if (!item.visible) blocks.push({ kind: 'notice', tone: 'caveat', text: texts.hidden });
  const answer = answerBlocks(item, texts, written);
  if (item.type === 'documents' && answer.length === 0 && item.files.length === 0) answer.push({ kind: 'paragraph', text: texts.noAnswer });
  blocks.push(...answer);
  if (item.files.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${texts.documents}:` });
    blocks.push({ kind: 'list', style: 'bullet', items: fileItems(item.files, input, texts) });
  }
  if (item.answer) blocks.push({ kind: 'paragraph', text: texts.answeredBy(item.answer.updatedByName, formatMoment(item.answer.updatedAt, input.language)) });
  return { id: `question-${item.questionKey}`, number: null, title: `${item.questionKey} ${item.text}`, pageBreak: false, blocks, sections: [] };
}

/** The export's content in the asked language. */
export function buildAnswersContent(input: AnswersInput): AnswersContent {
  const { questionnaire, language } = input;
  const texts = questionnaireExportTexts(language);
  const written = questionnaire.questionSet.language === language ? {} : { lang: questionnaire.questionSet.language };
  const municipality = questionnaire.municipality.name;
  const date = (iso: string) => formatDate(iso, language);
  const status =
    questionnaire.status === 'submitted' && questionnaire.submittedAt
      ? texts.submitted(formatMoment(questionnaire.submittedAt, language), questionnaire.submittedByName)
      : texts.status[questionnaire.status];
  const facts: ReportFact[] = [
    { label: texts.facts.municipality, value: municipality },
    { label: texts.facts.framework, value: questionnaire.frameworkTitle },
    { label: texts.facts.questionSet, value: texts.setVersion(questionnaire.questionSet.title, questionnaire.questionSet.versionNo) },
    { label: texts.facts.opensOn, value: date(questionnaire.opensOn) },
    { label: texts.facts.dueOn, value: date(questionnaire.dueOn) },
    { label: texts.facts.status, value: status },
    { label: texts.facts.progress, value: texts.progress(questionnaire.progress.answered, questionnaire.progress.visible) },
    { label: texts.facts.respondents, value: questionnaire.respondents.map((person) => person.name).join(', ') },
    { label: texts.facts.exportedOn, value: date(questionnaire.today) },
  ];
  const sections = questionnaire.content.sections.map((section): ReportSection => {
    const blocks: ReportBlock[] = section.intro.trim() ? [{ kind: 'markdown', markdown: section.intro, ...written }] : [];
    const questions = input.items.filter((item) => item.sectionKey === section.key).map((item) => questionSection(item, input, texts, written));
    return { id: `section-${section.key}`, number: null, title: section.title, pageBreak: false, blocks, sections: questions };
  });
  if (input.inArchive && questionnaire.files.length > 0) {
    sections.unshift({ id: 'documents', number: null, title: texts.documents, pageBreak: false, blocks: [{ kind: 'paragraph', text: texts.filesInArchive(`${ANSWER_DOCUMENTS_FOLDER}/`) }], sections: [] });
  }
  return {
    language,
    locale: LOCALES[language],
    texts,
    title: texts.title(municipality),
    municipality,
    facts,
    sections,
    fileSlug: `${texts.fileSlug}-${asciiSlug(municipality)}-${questionnaire.today}`,
  };
}
