import { describe, expect, it } from 'vitest';
import { PUBLIC, type Principal, type Role } from './access.js';
import { addDays, isDueSoon, municipalityHomeOf } from './municipality-home.js';

const user = (role: Role, municipalityId: string | null = role === 'municipality' ? 'se-2029' : null): Principal => ({
  kind: 'user',
  user: { id: `${role}-1`, email: `${role}@example.se`, name: role, role, municipalityId },
});

describe('whose start page', () => {
  it('shows a municipality user their own municipality, named or not, and refuses another', () => {
    expect(municipalityHomeOf(user('municipality'), undefined)).toEqual({ kind: 'municipality', municipalityId: 'se-2029' });
    expect(municipalityHomeOf(user('municipality'), 'se-2029')).toEqual({ kind: 'municipality', municipalityId: 'se-2029' });
    expect(municipalityHomeOf(user('municipality'), 'se-2284')).toEqual({ kind: 'refused', reason: 'other-municipality' });
    expect(municipalityHomeOf(user('municipality', null), undefined)).toEqual({ kind: 'refused', reason: 'not-municipality-user' });
  });

  it('lets an administrator name any municipality, and asks them to name one', () => {
    expect(municipalityHomeOf(user('admin'), 'no-4601')).toEqual({ kind: 'municipality', municipalityId: 'no-4601' });
    expect(municipalityHomeOf(user('admin'), undefined)).toEqual({ kind: 'choose' });
  });

  it('refuses evaluators and the public', () => {
    expect(municipalityHomeOf(user('evaluator'), undefined)).toEqual({ kind: 'refused', reason: 'not-municipality-user' });
    expect(municipalityHomeOf(user('evaluator'), 'se-2029')).toEqual({ kind: 'refused', reason: 'not-municipality-user' });
    expect(municipalityHomeOf(PUBLIC, 'se-2029')).toEqual({ kind: 'refused', reason: 'not-municipality-user' });
  });
});

describe('dates ahead', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-07', 30)).toBe('2027-01-06');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
  });

  it('counts open actions due from today through 30 days ahead as due soon, not overdue or closed ones', () => {
    const today = '2026-12-07';
    const action = (dueDate: string | null, status = 'in_progress') => ({ dueDate, status });
    expect(isDueSoon(action('2026-12-07'), today)).toBe(true);
    expect(isDueSoon(action('2027-01-06'), today)).toBe(true);
    expect(isDueSoon(action('2027-01-07'), today)).toBe(false);
    expect(isDueSoon(action('2026-12-06'), today)).toBe(false);
    expect(isDueSoon(action(null), today)).toBe(false);
    expect(isDueSoon(action('2026-12-20', 'planned'), today)).toBe(true);
    expect(isDueSoon(action('2026-12-20', 'done'), today)).toBe(false);
    expect(isDueSoon(action('2026-12-20', 'dropped'), today)).toBe(false);
    expect(isDueSoon(action('2026-12-10'), today, 2)).toBe(false);
  });
});
