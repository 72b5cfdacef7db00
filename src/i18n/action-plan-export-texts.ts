import { en } from './catalogues/action-plan-export/en.js';
import { nb } from './catalogues/action-plan-export/nb.js';
import { sv } from './catalogues/action-plan-export/sv.js';
import type { ActionPlanExportTexts } from './catalogues/action-plan-export/types.js';
import type { Language } from './language.js';

export type { ActionPlanExportTexts } from './catalogues/action-plan-export/types.js';

const TEXTS: Record<Language, ActionPlanExportTexts> = { sv, en, nb };

/** The action plan exports' and report annex's fixed texts in the asked language (complete in every language). */
export function actionPlanExportTexts(language: Language): ActionPlanExportTexts {
  return TEXTS[language];
}
