/** A questionnaire's answers as a Word document in the report's styles; every text stays editable. */
import { reportTexts } from '../../i18n/report-texts.js';
import { renderSectionsDocx } from '../docx/render-docx.js';
import type { AnswersContent } from './answers-content.js';

export function renderAnswersDocx(content: AnswersContent): Buffer {
  return renderSectionsDocx({
    title: content.title,
    subject: content.municipality,
    description: content.title,
    locale: content.locale,
    labels: { ...reportTexts(content.language).labels, runningTitle: content.title },
    facts: content.facts,
    sections: content.sections,
  });
}
