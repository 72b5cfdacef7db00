/**
 * Every API resource's routes, in one list: a new resource adds its plugin here and nowhere else
 * (the server registers each under /api with the app's context). The order is the order of the
 * API documentation.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../kernel/context.js';
import { actionPlanExportRoutes } from './action-plan-export/routes.js';
import { actionPlanRoutes } from './action-plans/routes.js';
import { auditRoutes } from './audit/routes.js';
import { comparisonRoutes } from './comparisons/routes.js';
import { assignmentRoutes } from './evaluations/assignment-routes.js';
import { evaluationRoutes } from './evaluations/routes.js';
import { evidenceRoutes } from './evidence/routes.js';
import { followUpRoutes } from './follow-ups/routes.js';
import { frameworkRoutes } from './frameworks/routes.js';
import { goodExampleRoutes } from './good-examples/routes.js';
import { geoRoutes } from './geo/routes.js';
import { healthRoutes } from './health/routes.js';
import { importRoutes } from './imports/routes.js';
import { openDataCatalogRoutes } from './open-data-catalog/routes.js';
import { municipalityRoutes } from './municipalities/routes.js';
import { myMunicipalityRoutes } from './my-municipality/routes.js';
import { questionnaireRoutes } from './questionnaires/routes.js';
import { openDataRoutes } from './open-data/routes.js';
import { reportRoutes } from './reports/routes.js';
import { scoringRoutes } from './scoring/routes.js';
import { criteriaRoutes } from './criteria/routes.js';
import { searchRoutes } from './search/routes.js';
import { sessionRoutes } from './session/routes.js';
import { statisticsRoutes } from './statistics/routes.js';
import { textRoutes } from './texts/routes.js';
import { userRoutes } from './users/routes.js';
import { workflowRoutes } from './workflow/routes.js';
import { questionSetRoutes } from './question-sets/routes.js';
import { questionnaireExportRoutes } from './questionnaires/export-routes.js';
import { frameworkVersionRoutes } from './framework-versions/routes.js';

export const API_ROUTES: ReadonlyArray<FastifyPluginAsyncZod<RouteOptions>> = [
  healthRoutes,
  frameworkRoutes,
  municipalityRoutes,
  evaluationRoutes,
  assignmentRoutes,
  scoringRoutes,
  criteriaRoutes,
  textRoutes,
  evidenceRoutes,
  workflowRoutes,
  importRoutes,
  sessionRoutes,
  userRoutes,
  auditRoutes,
  comparisonRoutes,
  reportRoutes,
  actionPlanExportRoutes,
  goodExampleRoutes,
  openDataRoutes,
  openDataCatalogRoutes,
  statisticsRoutes,
  geoRoutes,
  searchRoutes,
  followUpRoutes,
  actionPlanRoutes,
  myMunicipalityRoutes,
  questionnaireRoutes,
  questionSetRoutes,
  questionnaireExportRoutes,
  frameworkVersionRoutes,
];
