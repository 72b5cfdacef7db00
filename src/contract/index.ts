/**
 * The API contract: every operation of the Kompass API (method, path, schemas) and the constants
 * the server and the web app share. It imports only zod and `src/domain`.
 */
import { actionPlanExportOperations } from './action-plan-export.js';
import { actionPlansOperations } from './action-plans.js';
import { auditOperations } from './audit.js';
import { comparisonsOperations } from './comparisons.js';
import { criteriaOperations } from './criteria.js';
import { evaluationsOperations } from './evaluations.js';
import { evidenceOperations } from './evidence.js';
import { followUpsOperations } from './follow-ups.js';
import { frameworksOperations } from './frameworks.js';
import { frameworkVersionsOperations } from './framework-versions.js';
import { goodExamplesOperations } from './good-examples.js';
import { geoOperations } from './geo.js';
import { healthOperations } from './health.js';
import { importsOperations } from './imports.js';
import { openDataCatalogOperations } from './open-data-catalog.js';
import { municipalitiesOperations } from './municipalities.js';
import { myMunicipalityOperations } from './my-municipality.js';
import { openDataOperations } from './open-data.js';
import { questionnairesOperations } from './questionnaires.js';
import { questionSetsOperations } from './question-sets.js';
import { reportsOperations } from './reports.js';
import { scoringOperations } from './scoring.js';
import { searchOperations } from './search.js';
import { sessionOperations } from './session.js';
import { statisticsOperations } from './statistics.js';
import { textsOperations } from './texts.js';
import { usersOperations } from './users.js';
import { workflowOperations } from './workflow.js';

export { API_PREFIX, defineOperation, type Operation } from './operation.js';

/** Every operation of the API, by name (names are unique across resources). */
export const operations = {
  ...healthOperations,
  ...frameworksOperations,
  ...municipalitiesOperations,
  ...evaluationsOperations,
  ...scoringOperations,
  ...textsOperations,
  ...evidenceOperations,
  ...workflowOperations,
  ...importsOperations,
  ...sessionOperations,
  ...usersOperations,
  ...auditOperations,
  ...comparisonsOperations,
  ...reportsOperations,
  ...goodExamplesOperations,
  ...openDataOperations,
  ...openDataCatalogOperations,
  ...statisticsOperations,
  ...geoOperations,
  ...searchOperations,
  ...followUpsOperations,
  ...actionPlansOperations,
  ...actionPlanExportOperations,
  ...myMunicipalityOperations,
  ...questionSetsOperations,
  ...frameworkVersionsOperations,
  ...criteriaOperations,
  ...questionnairesOperations,
};
