import type { Catalogue } from './ui-catalogue-sv.js';
import { nb as appNb } from './catalogues/app/nb.js';
import { nb as accountNb } from './catalogues/account/nb.js';
import { nb as publicNb } from './catalogues/public/nb.js';
import { nb as evaluationNb } from './catalogues/evaluation/nb.js';
import { nb as comparisonsNb } from './catalogues/comparisons/nb.js';
import { nb as referenceAveragesNb } from './catalogues/referenceAverages/nb.js';
import { nb as reportsNb } from './catalogues/reports/nb.js';
import { nb as importNb } from './catalogues/import/nb.js';
import { nb as usersNb } from './catalogues/users/nb.js';
import { nb as workspaceNb } from './catalogues/workspace/nb.js';
import { nb as evidenceNb } from './catalogues/evidence/nb.js';
import { nb as scoringNb } from './catalogues/scoring/nb.js';
import { nb as factCheckNb } from './catalogues/factCheck/nb.js';
import { nb as writingNb } from './catalogues/writing/nb.js';
import { nb as goodExamplesNb } from './catalogues/goodExamples/nb.js';
import { nb as openDataNb } from './catalogues/openData/nb.js';
import { nb as statisticsNb } from './catalogues/statistics/nb.js';
import { nb as searchNb } from './catalogues/search/nb.js';
import { nb as actionPlanNb } from './catalogues/actionPlan/nb.js';
import { nb as followUpNb } from './catalogues/followUp/nb.js';
import { nb as myMunicipalityNb } from './catalogues/myMunicipality/nb.js';
import { nb as questionnaireTeamNb } from './catalogues/questionnaireTeam/nb.js';
import { nb as questionnaireNb } from './catalogues/questionnaire/nb.js';
import { nb as questionSetsNb } from './catalogues/questionSets/nb.js';
import { nb as criteriaNb } from './catalogues/criteria/nb.js';
import { nb as frameworkAuthoringNb } from './catalogues/frameworkAuthoring/nb.js';

/** The Norwegian (bokmål) UI texts (see `ui-catalogue.ts`); its own module, so that the web app loads only the chosen language. */
export const nb: Catalogue = {
  ...appNb,
  ...accountNb,
  ...publicNb,
  ...evaluationNb,
  ...comparisonsNb,
  ...referenceAveragesNb,
  ...reportsNb,
  ...importNb,
  ...usersNb,
  ...workspaceNb,
  ...evidenceNb,
  ...scoringNb,
  ...factCheckNb,
  ...writingNb,
  ...goodExamplesNb,
  ...openDataNb,
  ...statisticsNb,
  ...searchNb,
  ...actionPlanNb,
  ...followUpNb,
  ...myMunicipalityNb,
  ...questionnaireTeamNb,
  ...questionnaireNb,
  ...questionSetsNb,
  ...criteriaNb,
  ...frameworkAuthoringNb,
};
