/**
 * A reference average as its form holds it, what the form checks before sending (the server
 * checks the rest: the framework, the area, the maximum, the calendar date), and where the
 * server's validation messages belong.
 */
import type { ReferenceAverage, ReferenceAverageInput } from '../comparisons/comparisons-api.js';

export interface ReferenceDraft {
  frameworkId: string;
  label: string;
  scope: string;
  /** An area code, or '' for the total. */
  areaCode: string;
  /** Points as typed ("412,5"). */
  mean: string;
  /** Whole number as typed, or '' when the source does not state n. */
  n: string;
  source: string;
  /** YYYY-MM-DD. */
  publishedOn: string;
}

export type DraftField = keyof ReferenceDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Fields in the order of the form (the first with a problem takes focus). */
export const FIELD_ORDER: readonly DraftField[] = ['frameworkId', 'label', 'scope', 'areaCode', 'mean', 'n', 'source', 'publishedOn'];

export const emptyDraft = (frameworkId: string): ReferenceDraft => ({ frameworkId, label: '', scope: '', areaCode: '', mean: '', n: '', source: '', publishedOn: '' });

/** The stored figure as the form shows it (decimal comma in the mean). */
export const draftOf = (record: ReferenceAverage): ReferenceDraft => ({
  frameworkId: record.frameworkId,
  label: record.label,
  scope: record.scope,
  areaCode: record.areaCode ?? '',
  mean: record.mean.replace('.', ','),
  n: record.n === null ? '' : String(record.n),
  source: record.source,
  publishedOn: record.publishedOn,
});

/** The request of a (checked) draft. */
export const inputOf = (draft: ReferenceDraft): ReferenceAverageInput => ({
  frameworkId: draft.frameworkId,
  label: draft.label.trim(),
  scope: draft.scope.trim(),
  areaCode: draft.areaCode === '' ? null : draft.areaCode,
  mean: draft.mean.trim().replace(/[\s\u00a0]/g, ''),
  n: draft.n.trim() === '' ? null : Number(draft.n.trim()),
  source: draft.source.trim(),
  publishedOn: draft.publishedOn.trim(),
});

/** The messages of the checks below, in the UI language. */
export interface DraftMessages {
  frameworkMissing: string;
  labelMissing: string;
  meanInvalid: string;
  nInvalid: string;
  sourceMissing: string;
  dateInvalid: string;
}

const MEAN = /^\d{1,5}([.,]\d{1,2})?$/;
const WHOLE = /^\d{1,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the form can tell before sending: required fields and the forms of numbers and dates. */
export function checkDraft(draft: ReferenceDraft, messages: DraftMessages): DraftErrors {
  const errors: DraftErrors = {};
  const input = inputOf(draft);
  if (!draft.frameworkId) errors.frameworkId = messages.frameworkMissing;
  if (!input.label) errors.label = messages.labelMissing;
  if (!MEAN.test(input.mean)) errors.mean = messages.meanInvalid;
  if (draft.n.trim() !== '' && (!WHOLE.test(draft.n.trim()) || Number(draft.n.trim()) < 1)) errors.n = messages.nInvalid;
  if (!input.source) errors.source = messages.sourceMissing;
  if (!DATE.test(input.publishedOn)) errors.publishedOn = messages.dateInvalid;
  return errors;
}

const FIELDS_OF_REQUEST: Record<string, DraftField> = {
  frameworkId: 'frameworkId',
  label: 'label',
  scope: 'scope',
  areaCode: 'areaCode',
  mean: 'mean',
  n: 'n',
  source: 'source',
  publishedOn: 'publishedOn',
};

/** The form field a server validation detail ("body.mean") is about; null for others. */
export function fieldOfDetail(field: string | undefined): DraftField | null {
  const name = field?.startsWith('body.') ? field.slice('body.'.length).split('.')[0] : undefined;
  return name !== undefined ? (FIELDS_OF_REQUEST[name] ?? null) : null;
}
