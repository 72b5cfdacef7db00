import type { Catalogue } from './ui-catalogue-sv.js';
import { en as appEn } from './catalogues/app/en.js';
import { en as accountEn } from './catalogues/account/en.js';
import { en as publicEn } from './catalogues/public/en.js';
import { en as evaluationEn } from './catalogues/evaluation/en.js';
import { en as comparisonsEn } from './catalogues/comparisons/en.js';
import { en as referenceAveragesEn } from './catalogues/referenceAverages/en.js';
import { en as reportsEn } from './catalogues/reports/en.js';
import { en as importEn } from './catalogues/import/en.js';
import { en as usersEn } from './catalogues/users/en.js';
import { en as workspaceEn } from './catalogues/workspace/en.js';
import { en as evidenceEn } from './catalogues/evidence/en.js';
import { en as scoringEn } from './catalogues/scoring/en.js';
import { en as factCheckEn } from './catalogues/factCheck/en.js';
import { en as writingEn } from './catalogues/writing/en.js';
import { en as goodExamplesEn } from './catalogues/goodExamples/en.js';
import { en as openDataEn } from './catalogues/openData/en.js';
import { en as statisticsEn } from './catalogues/statistics/en.js';
import { en as searchEn } from './catalogues/search/en.js';
import { en as actionPlanEn } from './catalogues/actionPlan/en.js';
import { en as followUpEn } from './catalogues/followUp/en.js';
import { en as myMunicipalityEn } from './catalogues/myMunicipality/en.js';
import { en as questionnaireTeamEn } from './catalogues/questionnaireTeam/en.js';
import { en as questionnaireEn } from './catalogues/questionnaire/en.js';
import { en as questionSetsEn } from './catalogues/questionSets/en.js';
import { en as criteriaEn } from './catalogues/criteria/en.js';
import { en as frameworkAuthoringEn } from './catalogues/frameworkAuthoring/en.js';

/** The English UI texts (see `ui-catalogue.ts`); its own module, so that the web app loads only the chosen language. */
export const en: Catalogue = {
  ...appEn,
  ...accountEn,
  ...publicEn,
  ...evaluationEn,
  ...comparisonsEn,
  ...referenceAveragesEn,
  ...reportsEn,
  ...importEn,
  ...usersEn,
  ...workspaceEn,
  ...evidenceEn,
  ...scoringEn,
  ...factCheckEn,
  ...writingEn,
  ...goodExamplesEn,
  ...openDataEn,
  ...statisticsEn,
  ...searchEn,
  ...actionPlanEn,
  ...followUpEn,
  ...myMunicipalityEn,
  ...questionnaireTeamEn,
  ...questionnaireEn,
  ...questionSetsEn,
  ...criteriaEn,
  ...frameworkAuthoringEn,
};
