/**
 * Every page of the web app in one place: its route pattern (App.tsx declares its routes from
 * `routes`) and one function that builds its address (`paths`). Nothing else in the web app
 * spells an app page's address. The API's own addresses live in the api clients.
 */

import { OPEN_DATA_PAGE_PATH } from '../contract/open-data-catalog.js';

/** The route patterns, as React Router matches them (the paths are Swedish, as users see them). */
export const routes = {
  start: '/',
  municipalities: '/kommuner',
  municipality: '/kommuner/:id',
  /** Search in the texts of the published reports (`?q=…` and the filters, see search/search-state.ts). */
  search: '/sok',
  newEvaluation: '/utvarderingar/ny',
  evaluation: '/utvarderingar/:id',
  report: '/utvarderingar/:id/rapport',
  /** The workspace; its parts are child routes named by `WORKSPACE_TABS` (workspace-tabs.ts). */
  workspace: '/utvarderingar/:id/arbetsyta',
  /** The municipality's action plan of a published evaluation; its view in `?visa=` (action-plan/plan-views.ts). */
  actionPlan: '/utvarderingar/:id/handlingsplan',
  /** A new action of the plan, perhaps answering an improvement opportunity (`?omrade=3&forbattring=0`). */
  newAction: '/utvarderingar/:id/handlingsplan/ny-atgard',
  /** One action of the plan: its fields, progress notes and evidence. */
  action: '/utvarderingar/:id/handlingsplan/atgarder/:actionId',
  /** A municipality user's start page (administrators name the municipality: `?kommun=se-2029`). */
  myMunicipality: '/min-kommun',
  frameworks: '/ramverk',
  framework: '/ramverk/:id',
  /** The municipalities most often named as good examples, per sub-area. */
  goodExamples: '/goda-exempel',
  import: '/import',
  accessibility: '/tillganglighet',
  /** The open data: licence, columns, downloads with filters in the address. */
  openData: OPEN_DATA_PAGE_PATH,
  /** The public statistics; filters in the query string (country, model, county, group, populationClass, q). */
  statistics: '/statistik',
  signIn: '/logga-in',
  /** Choosing a password through a one-time link (`/losenord#<token>`). */
  password: '/losenord',
  users: '/admin/anvandare',
  referenceAverages: '/admin/referensgenomsnitt',
  /** A questionnaire as its respondents answer it (and its evaluation's team reads it). */
  questionnaire: '/fragor/:questionnaireId',
  /** The question sets of the pre-visit questionnaires (administrators write them, evaluators read them). */
  questionSets: '/frageunderlag',
  /** One question set version: its sections and questions. */
  questionSet: '/frageunderlag/:setId',
  /** How often evaluators agree on criteria, per model version (administrators; `?modell=`). */
  criteriaStatistics: '/kriteriestatistik',
} as const;

/** The query parameter of the sign-in page that says where to go after signing in. */
export const RETURN_PARAM = 'till';

/** The query parameter of the page "Min kommun" by which administrators name the municipality. */
export const MUNICIPALITY_PARAM = 'kommun';

/** A pattern with its `:name` parts filled in (encoded). */
function fill(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * The page to return to after signing in: a path on this site only. Anything else — another
 * site (`//host`, `https://…`, `/\host`), control characters, the sign-in page itself — gives
 * the start page.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return routes.start;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return routes.start;
  const url = new URL(value, window.location.origin);
  if (url.origin !== window.location.origin || url.pathname === routes.signIn) return routes.start;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where signing in leads: the page the user came from (`?till=`), else a municipality user's own
 * start page ("Min kommun") and everyone else's the start page.
 */
export function afterSignInPath(returnTo: string, role: string | undefined): string {
  return returnTo === routes.start && role === 'municipality' ? routes.myMunicipality : returnTo;
}

/** The address of every page of the app. */
export const paths = {
  start: (): string => routes.start,
  /** The municipality search, with what was searched for. */
  municipalities: (query?: string): string => (query ? `${routes.municipalities}?q=${encodeURIComponent(query)}` : routes.municipalities),
  /** The search in the reports' texts; `query` is the address's query string (without "?"), e.g. from `searchToQueryString`. */
  search: (query?: string): string => (query ? `${routes.search}?${query}` : routes.search),
  /** A municipality's page by its id ("se-2029", "no-4601"). */
  municipality: (id: string): string => fill(routes.municipality, { id }),
  newEvaluation: (): string => routes.newEvaluation,
  evaluation: (id: string): string => fill(routes.evaluation, { id }),
  report: (evaluationId: string): string => fill(routes.report, { id: evaluationId }),
  /** The workspace of an evaluation, or one of its parts (a `WORKSPACE_TABS` path). */
  workspace: (evaluationId: string, tab = ''): string => `${fill(routes.workspace, { id: evaluationId })}${tab ? `/${tab}` : ''}`,
  actionPlan: (evaluationId: string): string => fill(routes.actionPlan, { id: evaluationId }),
  /** A new action; with `improvement`, one answering that improvement opportunity (its area and place from 0 in the area's list). */
  newAction: (evaluationId: string, improvement?: { areaCode: string; index: number }): string =>
    `${fill(routes.newAction, { id: evaluationId })}${improvement ? `?omrade=${encodeURIComponent(improvement.areaCode)}&forbattring=${improvement.index}` : ''}`,
  action: (evaluationId: string, actionId: string): string => fill(routes.action, { id: evaluationId, actionId }),
  /** The start page of the signed-in municipality user, or (administrators) of the municipality `municipalityId`. */
  myMunicipality: (municipalityId?: string): string =>
    municipalityId ? `${routes.myMunicipality}?${MUNICIPALITY_PARAM}=${encodeURIComponent(municipalityId)}` : routes.myMunicipality,
  frameworks: (): string => routes.frameworks,
  framework: (id: string): string => fill(routes.framework, { id }),
  /** The good-example overview, with its filters (model version, country of the named municipalities). */
  goodExamples: (filter: { model?: string; country?: string } = {}): string => {
    const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return query.size > 0 ? `${routes.goodExamples}?${query.toString()}` : routes.goodExamples;
  },
  /** A passage of an evaluation's page by its fragment id. */
  evaluationPassage: (id: string, anchor: string | null): string => `${fill(routes.evaluation, { id })}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
  import: (): string => routes.import,
  accessibility: (): string => routes.accessibility,
  openData: (): string => routes.openData,
  /** The statistics page, with its filters as a query string (`filtersToSearch`). */
  statistics: (search?: URLSearchParams): string => {
    const query = search?.toString() ?? '';
    return query ? `${routes.statistics}?${query}` : routes.statistics;
  },
  /** The sign-in page, returning to `returnTo` afterwards (a path on this site; else the start page). */
  signIn: (returnTo?: string): string => {
    const target = safeReturnPath(returnTo);
    return target === routes.start ? routes.signIn : `${routes.signIn}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
  },
  password: (): string => routes.password,
  users: (): string => routes.users,
  referenceAverages: (): string => routes.referenceAverages,
  /** A questionnaire's answering page; with `questionKey`, at that question. */
  questionnaire: (questionnaireId: string, questionKey?: string): string =>
    `${fill(routes.questionnaire, { questionnaireId })}${questionKey ? `#${questionAnchor(questionKey)}` : ''}`,
  questionSets: (): string => routes.questionSets,
  questionSet: (setId: string): string => fill(routes.questionSet, { setId }),
  /** The criterion agreement statistics, for one model version when `frameworkId` is given. */
  criteriaStatistics: (frameworkId?: string): string =>
    frameworkId ? `${routes.criteriaStatistics}?modell=${encodeURIComponent(frameworkId)}` : routes.criteriaStatistics,
};

/** The fragment id of a question on the answering page. */
export const questionAnchor = (questionKey: string): string => `fraga-${questionKey}`;

/** Whether an address is an evaluation's page or one below it. */
export const isEvaluationPath = (pathname: string): boolean => pathname.startsWith(`${routes.evaluation.replace(':id', '')}`);

/** Whether an address is the sign-in page. */
export const isSignInPath = (pathname: string): boolean => pathname === routes.signIn;
