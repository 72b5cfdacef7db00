/**
 * Whose start page a signed-in user sees (`GET /my-municipality`, the page "Min kommun"): a
 * municipality user sees their own municipality's, an administrator names one. Pure, beside the
 * access rules in `access.ts`.
 */
import type { Principal } from './access.js';

export type MunicipalityHomeChoice =
  | { kind: 'municipality'; municipalityId: string }
  /** Not a user of a municipality (an evaluator, a municipality user asking for another municipality). */
  | { kind: 'refused'; reason: 'not-municipality-user' | 'other-municipality' }
  /** An administrator who named no municipality. */
  | { kind: 'choose' };

/** Decides whose start page `principal` sees when asking for `requested` (or for none). */
export function municipalityHomeOf(principal: Principal, requested: string | undefined): MunicipalityHomeChoice {
  if (principal.kind !== 'user') return { kind: 'refused', reason: 'not-municipality-user' };
  const { user } = principal;
  if (user.role === 'admin') return requested === undefined ? { kind: 'choose' } : { kind: 'municipality', municipalityId: requested };
  if (user.role !== 'municipality' || !user.municipalityId) return { kind: 'refused', reason: 'not-municipality-user' };
  if (requested !== undefined && requested !== user.municipalityId) return { kind: 'refused', reason: 'other-municipality' };
  return { kind: 'municipality', municipalityId: user.municipalityId };
}

/** The ISO date `days` days after `date` ("2026-12-07" + 30 → "2027-01-06"). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** How far ahead the start page lists the actions that fall due. */
export const DUE_SOON_DAYS = 30;

/**
 * Whether an open action (neither done nor dropped) falls due within `days` days from `today`
 * (today included). Overdue actions (due before today) are not "due soon": they are overdue.
 */
export function isDueSoon(action: { status: string; dueDate: string | null }, today: string, days = DUE_SOON_DAYS): boolean {
  if (action.dueDate === null || action.status === 'done' || action.status === 'dropped') return false;
  return action.dueDate >= today && action.dueDate <= addDays(today, days);
}
