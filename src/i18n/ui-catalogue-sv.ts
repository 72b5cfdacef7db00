import { sv as appSv } from './catalogues/app/sv.js';
import { sv as accountSv } from './catalogues/account/sv.js';
import { sv as publicSv } from './catalogues/public/sv.js';
import { sv as evaluationSv } from './catalogues/evaluation/sv.js';
import { sv as comparisonsSv } from './catalogues/comparisons/sv.js';
import { sv as referenceAveragesSv } from './catalogues/referenceAverages/sv.js';
import { sv as reportsSv } from './catalogues/reports/sv.js';
import { sv as importSv } from './catalogues/import/sv.js';
import { sv as usersSv } from './catalogues/users/sv.js';
import { sv as workspaceSv } from './catalogues/workspace/sv.js';
import { sv as evidenceSv } from './catalogues/evidence/sv.js';
import { sv as scoringSv } from './catalogues/scoring/sv.js';
import { sv as factCheckSv } from './catalogues/factCheck/sv.js';
import { sv as writingSv } from './catalogues/writing/sv.js';
import { sv as goodExamplesSv } from './catalogues/goodExamples/sv.js';
import { sv as openDataSv } from './catalogues/openData/sv.js';
import { sv as statisticsSv } from './catalogues/statistics/sv.js';
import { sv as searchSv } from './catalogues/search/sv.js';
import { sv as actionPlanSv } from './catalogues/actionPlan/sv.js';
import { sv as followUpSv } from './catalogues/followUp/sv.js';
import { sv as myMunicipalitySv } from './catalogues/myMunicipality/sv.js';
import { sv as questionnaireTeamSv } from './catalogues/questionnaireTeam/sv.js';
import { sv as questionnaireSv } from './catalogues/questionnaire/sv.js';
import { sv as questionSetsSv } from './catalogues/questionSets/sv.js';
import { sv as criteriaSv } from './catalogues/criteria/sv.js';
import { sv as frameworkAuthoringSv } from './catalogues/frameworkAuthoring/sv.js';

/** The Swedish UI texts, the source of truth for every key (see `ui-catalogue.ts`); its own module, so that the web app loads only the chosen language. */
export const sv = {
  ...appSv,
  ...accountSv,
  ...publicSv,
  ...evaluationSv,
  ...comparisonsSv,
  ...referenceAveragesSv,
  ...reportsSv,
  ...importSv,
  ...usersSv,
  ...workspaceSv,
  ...evidenceSv,
  ...scoringSv,
  ...factCheckSv,
  ...writingSv,
  ...goodExamplesSv,
  ...openDataSv,
  ...statisticsSv,
  ...searchSv,
  ...actionPlanSv,
  ...followUpSv,
  ...myMunicipalitySv,
  ...questionnaireTeamSv,
  ...questionnaireSv,
  ...questionSetsSv,
  ...criteriaSv,
  ...frameworkAuthoringSv,
} as const;

/** Every key of the UI catalogue. */
export type MessageKey = keyof typeof sv;

/** A catalogue for another language: a text for every Swedish key. */
export type Catalogue = Record<MessageKey, string>;
