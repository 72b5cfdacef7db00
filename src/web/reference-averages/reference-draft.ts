/**
 * A reference average as its form holds it, what the form checks before sending (the forms of
 * numbers and dates here, then the API's request schema; the server checks the rest: the
 * framework, the area, the maximum), and where the server's validation messages belong.
 */
import { z } from 'zod';
import { createReferenceAverageSchema } from '../../contract/comparisons.js';
import { COUNTRIES, type Country } from '../../domain/municipality.js';
import { decimalSeparator, type Language } from '../../i18n/index.js';
import type { ReferenceAverage, ReferenceAverageInput } from '../comparisons/comparisons-api.js';

export interface ReferenceDraft {
  frameworkId: string;
  /** Whose municipalities the source averaged over. */
  country: Country;
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
export const FIELD_ORDER: readonly DraftField[] = ['frameworkId', 'country', 'label', 'scope', 'areaCode', 'mean', 'n', 'source', 'publishedOn'];

export const emptyDraft = (frameworkId: string): ReferenceDraft => ({ frameworkId, country: 'se', label: '', scope: '', areaCode: '', mean: '', n: '', source: '', publishedOn: '' });

/** The stored figure as the form shows it (the mean with the language's decimal sign: "412,50", "412.50"). */
export const draftOf = (record: ReferenceAverage, language: Language): ReferenceDraft => ({
  frameworkId: record.frameworkId,
  country: record.country,
  label: record.label,
  scope: record.scope,
  areaCode: record.areaCode ?? '',
  mean: record.mean.replace('.', decimalSeparator(language)),
  n: record.n === null ? '' : String(record.n),
  source: record.source,
  publishedOn: record.publishedOn,
});

/** The request of a (checked) draft. */
export const inputOf = (draft: ReferenceDraft): ReferenceAverageInput => ({
  frameworkId: draft.frameworkId,
  country: draft.country,
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
  /** A real-looking date that is not in the calendar (2024-02-30); else `dateInvalid`. */
  dateNotReal?: string;
  /** Any other failure (the scope too long, …), given the schema's message. */
  other?: (problem: string) => string;
}

const MEAN = /^\d{1,5}([.,]\d{1,2})?$/;
const WHOLE = /^\d{1,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form's fields as typed: the required ones and the forms of numbers and dates the API's
 * string fields leave open (a mean with at most two decimals, n a whole number, the date as
 * YYYY-MM-DD), all told at once; then the request
 * of `inputOf` checked by the API's create schema (required fields, the calendar date).
 */
export const referenceDraftSchema = z
  .object({
    frameworkId: z.string().min(1, 'must name a framework version'),
    country: z.enum(COUNTRIES),
    label: z.string().trim().min(1, 'must not be empty'),
    scope: z.string(),
    areaCode: z.string(),
    mean: z.string().refine((mean) => MEAN.test(mean.trim().replace(/[\s\u00a0]/g, '')), 'must be points with at most two decimals'),
    n: z.string().refine((n) => n.trim() === '' || (WHOLE.test(n.trim()) && Number(n.trim()) >= 1), 'must be a whole number, 1 or more'),
    source: z.string().trim().min(1, 'must name the published source'),
    publishedOn: z.string().refine((date) => DATE.test(date.trim()), 'must be a date: YYYY-MM-DD'),
  })
  .transform((draft): z.input<typeof createReferenceAverageSchema> => inputOf(draft))
  .pipe(createReferenceAverageSchema);

/** The form field a failure at `path` (a field of the draft or of the request) is about; null for others. */
export const fieldOfPath = (path: string): DraftField | null => fieldOfDetail(`body.${path}`);

/** What the form can tell before sending: required fields and the forms of numbers and dates. */
export function checkDraft(draft: ReferenceDraft, messages: DraftMessages): DraftErrors {
  const errors: DraftErrors = {};
  const result = referenceDraftSchema.safeParse(draft);
  for (const issue of result.error?.issues ?? []) {
    const field = fieldOfPath(issue.path.join('.'));
    if (field && !errors[field]) errors[field] = messageOf(field, issue.message, messages);
  }
  return errors;
}

/** The words for a failed field before sending (`problem`: the schema's English message). */
export function messageOf(field: DraftField, problem: string, messages: DraftMessages): string {
  switch (field) {
    case 'frameworkId':
      return messages.frameworkMissing;
    case 'label':
      return messages.labelMissing;
    case 'mean':
      return messages.meanInvalid;
    case 'n':
      return messages.nInvalid;
    case 'source':
      return messages.sourceMissing;
    case 'publishedOn':
      return problem.includes('real calendar') && messages.dateNotReal ? messages.dateNotReal : messages.dateInvalid;
    default:
      return messages.other?.(problem) ?? problem;
  }
}

const FIELDS_OF_REQUEST: Record<string, DraftField> = {
  frameworkId: 'frameworkId',
  country: 'country',
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
