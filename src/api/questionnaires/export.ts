/**
 * Makes the export of an evaluation's questionnaire: every answer as a Word document in the
 * asked language, or that document with every uploaded file in a ZIP. Read in one snapshot by
 * the questionnaires' own loader; the writers (docx, fflate) load with the first export.
 */
import type { Database } from '../../db/client.js';
import { frameworkOf, type Catalogue } from '../../domain/framework.js';
import type { Language } from '../../i18n/language.js';
import { loadQuestionnaireForExport, readAnswerFileContent } from './queries.js';

export type AnswersExportFormat = 'docx' | 'zip';

export const ANSWERS_EXPORT_MEDIA_TYPES: Record<AnswersExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

export interface AnswersExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The evaluation's questionnaire as a file (404 when none was sent). */
export async function produceAnswersExport(db: Database, catalogue: Catalogue, evaluationId: string, format: AnswersExportFormat, language: Language): Promise<AnswersExportFile> {
  const { questionnaire, items } = await loadQuestionnaireForExport(db, catalogue, evaluationId);
  const { buildAnswersContent, renderAnswersDocx, renderAnswersZip } = await import('../../report/questionnaire/index.js');
  const content = buildAnswersContent({ questionnaire, items, framework: frameworkOf(catalogue, questionnaire.frameworkId), language, inArchive: format === 'zip' });
  const docx = renderAnswersDocx(content);
  const docxName = `${content.fileSlug}.docx`;
  if (format === 'docx') return { body: docx, contentType: ANSWERS_EXPORT_MEDIA_TYPES.docx, fileName: docxName };
  const files = [];
  for (const file of questionnaire.files) {
    const stored = await readAnswerFileContent(db, questionnaire.id, file.id);
    // A file removed since the snapshot is left out.
    if (stored) files.push({ questionKey: stored.questionKey, fileName: stored.fileName, content: stored.content });
  }
  return { body: await renderAnswersZip(docxName, docx, files), contentType: ANSWERS_EXPORT_MEDIA_TYPES.zip, fileName: `${content.fileSlug}.zip` };
}
