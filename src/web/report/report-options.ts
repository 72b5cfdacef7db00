/**
 * The report options as the form holds them, and as the API takes them: one flat set of
 * parameters, the same for the web report's address and for a Word or PDF job
 * (see src/api/reports/schemas.ts).
 */
import type { Language, MessageKey } from '../../i18n/index.js';
import type { PeerChoice } from '../comparisons/comparison-query.js';

export interface ReportForm extends PeerChoice {
  language: Language;
  includeNational: boolean;
  includePeer: boolean;
  includeHistory: boolean;
  /** Four digits or empty (all years). */
  since: string;
  /** A configured population class id, or empty. */
  populationClass: string;
  firstTime: boolean;
  /** County id ("se-22"), or empty. */
  county: string;
  /** SKR municipality group, e.g. 'B5' (chosen from SKR's groups), or empty. */
  group: string;
  /** One name per line; empty = the evaluation's evaluators. */
  evaluators: string;
  /** YYYY-MM-DD or empty = the evaluation's date. */
  date: string;
  /** The annex of criteria per sub-area (offered only when the model version has criteria). */
  criteriaAnnex: boolean;
}

export type ReportFormField = 'since';
export type ReportParams = Record<string, string | string[]>;

export const defaultReportForm = (language: Language): ReportForm => ({
  language,
  includeNational: true,
  includePeer: false,
  includeHistory: true,
  since: '',
  populationClass: '',
  firstTime: false,
  county: '',
  group: '',
  evaluators: '',
  date: '',
  criteriaAnnex: false,
});

const YEAR = /^\d{4}$/;

/** What is wrong with the form, as message keys per field (empty when it can be sent). */
export function checkReportForm(form: ReportForm): Partial<Record<ReportFormField, MessageKey>> {
  const problems: Partial<Record<ReportFormField, MessageKey>> = {};
  if (form.since.trim() && !YEAR.test(form.since.trim())) problems.since = 'reports.form.error.since';
  return problems;
}

/** The API parameters of a (checked) form. Peer criteria are sent only when a peer group is wanted. */
export function reportParams(form: ReportForm): ReportParams {
  const params: ReportParams = { language: form.language };
  const include = [form.includeNational && 'national', form.includePeer && 'peer', form.includeHistory && 'history'].filter(Boolean);
  params.include = include.length > 0 ? include.join(',') : 'none';
  if (form.since.trim()) params.since = form.since.trim();
  if (form.includePeer) {
    if (form.populationClass) params['peer.populationClass'] = form.populationClass;
    if (form.firstTime) params['peer.firstTime'] = 'true';
    if (form.county) params['peer.county'] = form.county;
    if (form.group.trim()) params['peer.group'] = form.group.trim().toUpperCase();
  }
  const evaluators = form.evaluators
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);
  if (evaluators.length > 0) params.evaluators = evaluators;
  if (form.date) params.date = form.date;
  if (form.criteriaAnnex) params.criteriaAnnex = 'true';
  return params;
}

/** The query string of `params` (repeated keys for lists). */
export function toSearch(params: ReportParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  return search.toString();
}
