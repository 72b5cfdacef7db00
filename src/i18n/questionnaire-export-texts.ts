import { en } from './catalogues/questionnaire-export/en.js';
import { nb } from './catalogues/questionnaire-export/nb.js';
import { sv } from './catalogues/questionnaire-export/sv.js';
import type { QuestionnaireExportTexts } from './catalogues/questionnaire-export/types.js';
import type { Language } from './language.js';

export type { QuestionnaireExportTexts } from './catalogues/questionnaire-export/types.js';

const TEXTS: Record<Language, QuestionnaireExportTexts> = { sv, en, nb };

/** The fixed texts of a questionnaire's exported answers in the asked language (complete in every language). */
export function questionnaireExportTexts(language: Language): QuestionnaireExportTexts {
  return TEXTS[language];
}
