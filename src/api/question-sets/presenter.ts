/** What leaves the server of a question set: its summary in listings, and the whole set. */
import type { QuestionSetSummary, QuestionSetView } from '../../contract/question-sets.js';
import { frameworkOf, localise, type Catalogue } from '../../domain/framework.js';
import { questionCount } from '../../domain/question-set-rules.js';
import type { QuestionSetRow } from './repository.js';

export function presentQuestionSetSummary(row: QuestionSetRow, catalogue: Catalogue): QuestionSetSummary {
  return {
    id: row.id,
    familyId: row.familyId,
    versionNo: row.versionNo,
    latest: row.latest,
    frameworkId: row.frameworkId,
    // The model version's title in the set's own language.
    frameworkTitle: localise(frameworkOf(catalogue, row.frameworkId).title, row.language),
    language: row.language,
    title: row.title,
    sections: row.content.sections.length,
    questions: questionCount(row.content),
    frozen: row.usedBy > 0,
    usedBy: row.usedBy,
    demo: row.demo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentQuestionSet(row: QuestionSetRow, catalogue: Catalogue): QuestionSetView {
  return {
    ...presentQuestionSetSummary(row, catalogue),
    description: row.description,
    content: {
      sections: row.content.sections.map((section) => ({
        key: section.key,
        title: section.title,
        intro: section.intro,
        questions: section.questions.map((question) => ({
          key: question.key,
          type: question.type,
          text: question.text,
          help: question.help,
          required: question.required,
          unitCodes: [...question.unitCodes],
          options: question.options.map((option) => ({ key: option.key, label: option.label })),
          condition: question.condition === null ? null : { question: question.condition.question, anyOf: [...question.condition.anyOf] },
        })),
      })),
    },
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
