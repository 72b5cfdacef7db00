/**
 * Criteria in the workspace: a sub-area's criteria as the framework detail gives them, the values
 * their scales allow, the proposed score (the shared domain function), and element ids.
 */
import { parseDecimal, type Hundredths } from '../../../domain/decimal.js';
import { allowedValues, NOT_APPLICABLE, proposeScore, type Proposal } from '../../../domain/criteria.js';
import type { Criterion, CriterionScale } from '../../../domain/framework.js';
import type { CriterionView } from '../../../contract/frameworks.js';
import type { FrameworkDetail } from '../../api/types.js';
import { fieldId } from './score-form.js';

export type { CriterionView, Proposal };

/** Every sub-area with criteria, by code (sub-areas without criteria are absent). */
export function criteriaByUnit(framework: FrameworkDetail): ReadonlyMap<string, readonly CriterionView[]> {
  const found = new Map<string, readonly CriterionView[]>();
  for (const area of framework.areas) {
    if (area.scoredBy !== 'subarea') continue;
    for (const subarea of area.subareas) if (subarea.criteria.length > 0) found.set(subarea.code, subarea.criteria);
  }
  return found;
}

/** The domain's scale of a criterion as the API shows it (labels are not needed to compute). */
function domainScale(scale: CriterionView['scale']): CriterionScale {
  if (scale.kind === 'met') return { kind: 'met' };
  return { kind: 'levels', levels: scale.levels.map((level) => ({ code: level.code, points: level.points, label: { sv: level.label, en: level.label, nb: level.label } })) };
}

function domainCriterion(criterion: CriterionView): Criterion {
  const text = { sv: criterion.text, en: criterion.text, nb: criterion.text };
  return { code: criterion.code, text, weight: criterion.weight, scale: domainScale(criterion.scale) };
}

/** The score a sub-area's criteria propose from the values chosen (null or absent = not assessed). */
export function proposalOf(
  max: number,
  criteria: readonly CriterionView[],
  values: ReadonlyMap<string, string | null>,
  scoreStep: string,
): Proposal {
  const byCode: Record<string, string | undefined> = {};
  for (const [code, value] of values) if (value !== null) byCode[code] = value;
  return proposeScore({ max, criteria: criteria.map(domainCriterion) }, byCode, parseDecimal(scoreStep) ?? 1);
}

/** The values a criterion's scale offers, in order, "na" last. */
export function valuesOf(criterion: CriterionView): string[] {
  return allowedValues(domainScale(criterion.scale));
}

/** True when the value is one of the criterion's. */
export const isValueOf = (criterion: CriterionView, value: string | null): value is string => value !== null && valuesOf(criterion).includes(value);

/** A level's points, or null for the met scale's values and "na". */
export function levelOf(criterion: CriterionView, value: string): { label: string; points: number } | null {
  if (criterion.scale.kind !== 'levels' || value === NOT_APPLICABLE) return null;
  return criterion.scale.levels.find((level) => level.code === value) ?? null;
}

/** The number of criteria with a value. */
export const assessedCount = (criteria: readonly CriterionView[], values: ReadonlyMap<string, string | null>) =>
  criteria.filter((criterion) => isValueOf(criterion, values.get(criterion.code) ?? null)).length;

/** A proposal's score in hundredths, or null when there is none yet. */
export const proposedScore = (proposal: Proposal): Hundredths | null => (proposal.kind === 'proposed' ? proposal.score : null);

/** Element ids: a criterion's group of values, its note, the deviation reason of a unit's own or agreed score. */
export const criterionFieldId = (code: string) => fieldId('kriterium', code);
export const criterionNoteId = (code: string) => fieldId('kriterium-anteckning', code);
export const deviationFieldId = (code: string) => fieldId('avvikelse', code);
export const agreedCriterionId = (code: string) => fieldId('overens-kriterium', code);
export const agreedDeviationId = (code: string) => fieldId('overens-avvikelse', code);

/** The codes an API refusal names (details' fields and messages, or arrays it carries), in order. */
export function codesNamed(details: ReadonlyArray<{ field?: string; message?: string }>, extra: Readonly<Record<string, unknown>>, pattern: RegExp): string[] {
  const found: string[] = [];
  const add = (text: unknown) => {
    if (typeof text !== 'string') return;
    for (const match of text.matchAll(pattern)) if (!found.includes(match[0])) found.push(match[0]);
  };
  for (const detail of details) {
    add(detail.field);
  }
  for (const value of Object.values(extra)) {
    if (!Array.isArray(value)) continue;
    for (const entry of value) {
      const record = entry as { code?: unknown; unitCode?: unknown; criterionCode?: unknown } | null;
      add(typeof entry === 'string' ? entry : (record?.code ?? record?.criterionCode ?? record?.unitCode));
    }
  }
  if (found.length === 0) for (const detail of details) add(detail.message);
  return found;
}

export const CRITERION_CODE = /(?<!\d\.)(?<!\d)\d+\.\d+\.\d+(?!\.?\d)/g;
export const UNIT_CODE = /(?<!\d\.)(?<!\d)\d+\.\d+(?!\.?\d)/g;
