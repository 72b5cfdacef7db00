import { en } from './catalogues/report-document/en.js';
import { nb } from './catalogues/report-document/nb.js';
import { sv } from './catalogues/report-document/sv.js';
import type { ReportTexts } from './catalogues/report-document/types.js';
import type { Language } from './language.js';

export type { ReportTexts } from './catalogues/report-document/types.js';

const TEXTS: Record<Language, ReportTexts> = { sv, en, nb };

/** The report's fixed texts in the asked language (complete in every language). */
export function reportTexts(language: Language): ReportTexts {
  return TEXTS[language];
}
