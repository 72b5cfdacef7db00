import type { Language } from '../../domain/framework.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { sv } from './sv.js';
import type { ReportTexts } from './types.js';

export type { ReportTexts } from './types.js';

const TEXTS: Record<Language, ReportTexts> = { sv, en, nb };

/** The report's fixed texts in the asked language. */
export function reportTexts(language: Language): ReportTexts {
  return TEXTS[language];
}
