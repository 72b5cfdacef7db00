import type { Language } from '../../i18n/index.js';
import type { Query } from './http.js';

/**
 * Every key of the web app's server-state cache (TanStack Query), in one place, so a change
 * invalidates exactly what it affects. Keys are arrays, most general first: invalidating a prefix
 * invalidates everything under it — `queryKeys.evaluation(id)` covers every read of that
 * evaluation (its detail, team, audit log, workspace lists, comparisons).
 *
 * Convention: a read uses `queryKeys.<resource>.<read>(…)`; a change invalidates the narrowest
 * prefix that covers what it changed (e.g. assigning an evaluator invalidates
 * `queryKeys.evaluation(id).evaluators()` and the audit log; a finished import invalidates
 * `queryKeys.evaluations.all` and `queryKeys.imports.all`).
 */

/** Filters of the evidence list (the same shape as `EvidenceFilter` of the evidence api). */
interface EvidenceListFilter {
  kind?: string;
  unit?: string;
}

/** The keys of one evaluation; `all` is the prefix of every one of them. */
function evaluationKeys(id: string) {
  const all = ['evaluation', id] as const;
  return {
    all,
    /** The evaluation as the API shows it; without `lang`, the prefix of every language's. */
    detail: (lang?: Language) => (lang === undefined ? ([...all, 'detail'] as const) : ([...all, 'detail', lang] as const)),
    /** Who evaluates it (the team section and the workspace link read the same list). */
    evaluators: () => [...all, 'evaluators'] as const,
    /** The audit log (read a page at a time). */
    audit: () => [...all, 'audit'] as const,
    /** The saves of one burst in the audit log (under the log's key, so they go stale with it). */
    auditBurst: (burst: number) => [...all, 'audit', 'burst', burst] as const,
    /** Comparisons on the evaluation page (choices in the address). */
    comparison: (query: Query, lang: Language) => [...all, 'comparison', query, lang] as const,
    peerGroups: (query: Query, lang: Language) => [...all, 'peer-groups', query, lang] as const,

    // The workspace (/utvarderingar/:id/arbetsyta).
    /** The workspace overview (completeness, previous evaluation); without `lang`, every language's. */
    overview: (lang?: Language) => (lang === undefined ? ([...all, 'overview'] as const) : ([...all, 'overview', lang] as const)),
    transitions: () => [...all, 'transitions'] as const,
    presence: (section: string) => [...all, 'presence', section] as const,
    /** The signed-in evaluator's own scores. */
    myScores: () => [...all, 'my-scores'] as const,
    /** The signed-in evaluator's own criterion assessments. */
    myCriteria: () => [...all, 'my-criteria'] as const,
    /** The calibration view and the texts, titled in `lang`; without it, the prefix of every language's. */
    calibration: (lang?: Language) => (lang === undefined ? ([...all, 'calibration'] as const) : ([...all, 'calibration', lang] as const)),
    texts: (lang?: Language) => (lang === undefined ? ([...all, 'texts'] as const) : ([...all, 'texts', lang] as const)),
    /** Every evidence read (lists with any filter and the summary). */
    evidence: () => [...all, 'evidence'] as const,
    evidenceList: (filter: EvidenceListFilter) => [...all, 'evidence', 'list', filter.kind ?? '', filter.unit ?? ''] as const,
    evidenceSummary: () => [...all, 'evidence', 'summary'] as const,
    factComments: () => [...all, 'fact-comments'] as const,

    /** The municipality's action plan of a published evaluation (with its actions, notes and evidence). */
    actionPlan: () => [...all, 'action-plan'] as const,
    /** A follow-up's baseline (the previous evaluation's scores, texts, the municipality's actions and the judgements), in `lang`. */
    baseline: (lang?: Language) => (lang === undefined ? ([...all, 'baseline'] as const) : ([...all, 'baseline', lang] as const)),
    /** The questionnaire as the team manages it, and every read of its answers. */
    teamQuestionnaire: () => [...all, 'team-questionnaire'] as const,
    /** The questions with their answers, all (`unit` empty) or those of one sub-area. */
    teamAnswers: (unit?: string) => [...all, 'team-questionnaire', 'answers', unit ?? ''] as const,
  };
}

export const queryKeys = {
  session: ['session'] as const,

  evaluations: {
    /** Every list of evaluations (start page, municipality pages). */
    all: ['evaluations'] as const,
    list: (query: { municipality?: string; limit?: number; lang: Language }) => ['evaluations', query] as const,
    /** The open data's summary and the JSON example of the open-data page (a publication changes them, as it changes the lists). */
    openDataSummary: () => ['evaluations', 'open-data', 'summary'] as const,
    openDataExample: (query: Query) => ['evaluations', 'open-data', 'example', query] as const,
  },
  /** One evaluation and everything read about it. */
  evaluation: evaluationKeys,
  /** The prefix of every evaluation's keys (an import may replace any of them). */
  everyEvaluation: ['evaluation'] as const,

  municipalities: {
    all: ['municipalities'] as const,
    search: (query: { q?: string; limit?: number }) => ['municipalities', 'search', query] as const,
    detail: (code: string) => ['municipalities', 'detail', code] as const,
  },

  /** The public good-example reads (published evaluations only: publishing or importing changes them). */
  goodExamples: {
    all: ['good-examples'] as const,
    overview: (query: { model?: string; area?: string; country?: string; lang: Language }) => ['good-examples', 'overview', query] as const,
    citedAs: (municipalityId: string, lang: Language) => ['good-examples', 'cited-as', municipalityId, lang] as const,
  },

  frameworks: {
    all: ['frameworks'] as const,
    list: (lang: Language) => ['frameworks', 'list', lang] as const,
    detail: (id: string, lang: Language) => ['frameworks', 'detail', id, lang] as const,
  },

  imports: {
    all: ['imports'] as const,
    list: (query: { limit?: number }) => ['imports', 'list', query] as const,
    detail: (id: string) => ['imports', 'detail', id] as const,
  },

  users: {
    all: ['users'] as const,
    list: () => ['users', 'list'] as const,
  },
  passwordLink: (token: string) => ['password-link', token] as const,

  referenceAverages: {
    all: ['reference-averages'] as const,
    list: () => ['reference-averages', 'list'] as const,
  },

  statistics: {
    all: ['statistics'] as const,
    /** The public statistics for the filters in the address, in `lang`. */
    get: (query: Query, lang: Language) => ['statistics', query, lang] as const,
    /** A country's municipality boundaries (reference data: unchanging while the app runs). */
    boundaries: (country: string) => ['statistics', 'boundaries', country] as const,
    /** Every municipality of a country (county choices, the map's count). */
    municipalities: (country: string) => ['statistics', 'municipalities', country] as const,
  },

  search: {
    all: ['search'] as const,
    /** One page of the search in the reports' texts (the API's query, its labels' language included). */
    results: (query: Query) => ['search', 'results', query] as const,
  },

  /** A municipality's start page ("Min kommun"): any change to its evaluations or action plans changes it. */
  myMunicipality: {
    all: ['my-municipality'] as const,
    /** The signed-in municipality user's own page (`municipality` empty), or an administrator's choice, in `lang`. */
    get: (municipality: string, lang: Language) => ['my-municipality', municipality, lang] as const,
  },

  reports: {
    choices: () => ['reports', 'choices'] as const,
    job: (jobId: string) => ['reports', 'job', jobId] as const,
  },

  /** Questionnaires as their respondents answer them. */
  questionnaires: {
    all: ['questionnaires'] as const,
    /** The signed-in user's questionnaires (on "Min kommun"). */
    mine: () => ['questionnaires', 'mine'] as const,
    answering: (questionnaireId: string) => ['questionnaires', 'answering', questionnaireId] as const,
  },
  /** Agreement over criteria across the evaluations of one model version (administrators). */
  criteriaStatistics: {
    all: ['criteria-statistics'] as const,
    get: (framework: string, lang: Language) => ['criteria-statistics', framework, lang] as const,
  },
  /** The question sets of the pre-visit questionnaires (administrators write them). */
  questionSets: {
    all: ['question-sets'] as const,
    list: () => ['question-sets', 'list'] as const,
    detail: (setId: string) => ['question-sets', 'detail', setId] as const,
  },
};
