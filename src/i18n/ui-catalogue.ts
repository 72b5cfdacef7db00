/**
 * The UI catalogue, composed from one folder per feature (`catalogues/<feature>/{sv,en,nb}.ts`).
 * Swedish is the source of truth for every key; English and Norwegian have a text for every key
 * (each feature's en.ts and nb.ts is typed with all its Swedish keys, and
 * `catalogue-coverage.test.ts` checks it at run time): nothing falls back to Swedish. A key's
 * first segment names its feature's folder loosely (see the folder list below).
 */
import { sv as appSv } from './catalogues/app/sv.js';
import { en as appEn } from './catalogues/app/en.js';
import { nb as appNb } from './catalogues/app/nb.js';
import { sv as accountSv } from './catalogues/account/sv.js';
import { en as accountEn } from './catalogues/account/en.js';
import { nb as accountNb } from './catalogues/account/nb.js';
import { sv as publicSv } from './catalogues/public/sv.js';
import { en as publicEn } from './catalogues/public/en.js';
import { nb as publicNb } from './catalogues/public/nb.js';
import { sv as evaluationSv } from './catalogues/evaluation/sv.js';
import { en as evaluationEn } from './catalogues/evaluation/en.js';
import { nb as evaluationNb } from './catalogues/evaluation/nb.js';
import { sv as comparisonsSv } from './catalogues/comparisons/sv.js';
import { en as comparisonsEn } from './catalogues/comparisons/en.js';
import { nb as comparisonsNb } from './catalogues/comparisons/nb.js';
import { sv as referenceAveragesSv } from './catalogues/referenceAverages/sv.js';
import { en as referenceAveragesEn } from './catalogues/referenceAverages/en.js';
import { nb as referenceAveragesNb } from './catalogues/referenceAverages/nb.js';
import { sv as reportsSv } from './catalogues/reports/sv.js';
import { en as reportsEn } from './catalogues/reports/en.js';
import { nb as reportsNb } from './catalogues/reports/nb.js';
import { sv as importSv } from './catalogues/import/sv.js';
import { en as importEn } from './catalogues/import/en.js';
import { nb as importNb } from './catalogues/import/nb.js';
import { sv as usersSv } from './catalogues/users/sv.js';
import { en as usersEn } from './catalogues/users/en.js';
import { nb as usersNb } from './catalogues/users/nb.js';
import { sv as workspaceSv } from './catalogues/workspace/sv.js';
import { en as workspaceEn } from './catalogues/workspace/en.js';
import { nb as workspaceNb } from './catalogues/workspace/nb.js';
import { sv as evidenceSv } from './catalogues/evidence/sv.js';
import { en as evidenceEn } from './catalogues/evidence/en.js';
import { nb as evidenceNb } from './catalogues/evidence/nb.js';
import { sv as scoringSv } from './catalogues/scoring/sv.js';
import { en as scoringEn } from './catalogues/scoring/en.js';
import { nb as scoringNb } from './catalogues/scoring/nb.js';
import { sv as factCheckSv } from './catalogues/factCheck/sv.js';
import { en as factCheckEn } from './catalogues/factCheck/en.js';
import { nb as factCheckNb } from './catalogues/factCheck/nb.js';
import { sv as writingSv } from './catalogues/writing/sv.js';
import { en as writingEn } from './catalogues/writing/en.js';
import { nb as writingNb } from './catalogues/writing/nb.js';
import { sv as goodExamplesSv } from './catalogues/goodExamples/sv.js';
import { en as goodExamplesEn } from './catalogues/goodExamples/en.js';
import { nb as goodExamplesNb } from './catalogues/goodExamples/nb.js';
import { sv as openDataSv } from './catalogues/openData/sv.js';
import { en as openDataEn } from './catalogues/openData/en.js';
import { nb as openDataNb } from './catalogues/openData/nb.js';
import { sv as statisticsSv } from './catalogues/statistics/sv.js';
import { en as statisticsEn } from './catalogues/statistics/en.js';
import { nb as statisticsNb } from './catalogues/statistics/nb.js';
import { sv as searchSv } from './catalogues/search/sv.js';
import { en as searchEn } from './catalogues/search/en.js';
import { nb as searchNb } from './catalogues/search/nb.js';
import { sv as actionPlanSv } from './catalogues/actionPlan/sv.js';
import { en as actionPlanEn } from './catalogues/actionPlan/en.js';
import { nb as actionPlanNb } from './catalogues/actionPlan/nb.js';
import { sv as followUpSv } from './catalogues/followUp/sv.js';
import { en as followUpEn } from './catalogues/followUp/en.js';
import { nb as followUpNb } from './catalogues/followUp/nb.js';
import { sv as myMunicipalitySv } from './catalogues/myMunicipality/sv.js';
import { en as myMunicipalityEn } from './catalogues/myMunicipality/en.js';
import { nb as myMunicipalityNb } from './catalogues/myMunicipality/nb.js';
import { sv as questionnaireTeamSv } from './catalogues/questionnaireTeam/sv.js';
import { en as questionnaireTeamEn } from './catalogues/questionnaireTeam/en.js';
import { nb as questionnaireTeamNb } from './catalogues/questionnaireTeam/nb.js';
import { sv as questionnaireSv } from './catalogues/questionnaire/sv.js';
import { en as questionnaireEn } from './catalogues/questionnaire/en.js';
import { nb as questionnaireNb } from './catalogues/questionnaire/nb.js';
import { sv as questionSetsSv } from './catalogues/questionSets/sv.js';
import { en as questionSetsEn } from './catalogues/questionSets/en.js';
import { nb as questionSetsNb } from './catalogues/questionSets/nb.js';
import { sv as criteriaSv } from './catalogues/criteria/sv.js';
import { en as criteriaEn } from './catalogues/criteria/en.js';
import { nb as criteriaNb } from './catalogues/criteria/nb.js';
import { sv as frameworkAuthoringSv } from './catalogues/frameworkAuthoring/sv.js';
import { en as frameworkAuthoringEn } from './catalogues/frameworkAuthoring/en.js';
import { nb as frameworkAuthoringNb } from './catalogues/frameworkAuthoring/nb.js';

export { sv, type Catalogue, type MessageKey } from './ui-catalogue-sv.js';
export { en } from './ui-catalogue-en.js';
export { nb } from './ui-catalogue-nb.js';

/** The UI catalogue per feature, each in the three languages (for the coverage tests). */
export const UI_FEATURES: Record<string, { sv: Record<string, string>; en: Record<string, string | undefined>; nb: Record<string, string | undefined> }> = {
  app: { sv: appSv, en: appEn, nb: appNb },
  account: { sv: accountSv, en: accountEn, nb: accountNb },
  public: { sv: publicSv, en: publicEn, nb: publicNb },
  evaluation: { sv: evaluationSv, en: evaluationEn, nb: evaluationNb },
  comparisons: { sv: comparisonsSv, en: comparisonsEn, nb: comparisonsNb },
  referenceAverages: { sv: referenceAveragesSv, en: referenceAveragesEn, nb: referenceAveragesNb },
  reports: { sv: reportsSv, en: reportsEn, nb: reportsNb },
  import: { sv: importSv, en: importEn, nb: importNb },
  users: { sv: usersSv, en: usersEn, nb: usersNb },
  workspace: { sv: workspaceSv, en: workspaceEn, nb: workspaceNb },
  evidence: { sv: evidenceSv, en: evidenceEn, nb: evidenceNb },
  scoring: { sv: scoringSv, en: scoringEn, nb: scoringNb },
  factCheck: { sv: factCheckSv, en: factCheckEn, nb: factCheckNb },
  writing: { sv: writingSv, en: writingEn, nb: writingNb },
  goodExamples: { sv: goodExamplesSv, en: goodExamplesEn, nb: goodExamplesNb },
  openData: { sv: openDataSv, en: openDataEn, nb: openDataNb },
  statistics: { sv: statisticsSv, en: statisticsEn, nb: statisticsNb },
  search: { sv: searchSv, en: searchEn, nb: searchNb },
  actionPlan: { sv: actionPlanSv, en: actionPlanEn, nb: actionPlanNb },
  followUp: { sv: followUpSv, en: followUpEn, nb: followUpNb },
  myMunicipality: { sv: myMunicipalitySv, en: myMunicipalityEn, nb: myMunicipalityNb },
  questionnaireTeam: { sv: questionnaireTeamSv, en: questionnaireTeamEn, nb: questionnaireTeamNb },
  questionnaire: { sv: questionnaireSv, en: questionnaireEn, nb: questionnaireNb },
  questionSets: { sv: questionSetsSv, en: questionSetsEn, nb: questionSetsNb },
  criteria: { sv: criteriaSv, en: criteriaEn, nb: criteriaNb },
  frameworkAuthoring: { sv: frameworkAuthoringSv, en: frameworkAuthoringEn, nb: frameworkAuthoringNb },
};
