import { describe, expect, it } from 'vitest';
import { dueKind, type DueFacts } from './due.js';

const facts = (changes: Partial<DueFacts>): DueFacts => ({ status: 'open', opensOn: '2026-11-01', dueOn: '2026-12-10', today: '2026-12-07', daysLeft: 3, reminder: true, ...changes });

describe('dueKind', () => {
  it('tells submitted, not yet open, overdue, soon and later apart', () => {
    expect(dueKind(facts({ status: 'submitted', daysLeft: -4 }))).toBe('submitted');
    expect(dueKind(facts({ opensOn: '2026-12-08' }))).toBe('notOpen');
    expect(dueKind(facts({ daysLeft: -1 }))).toBe('overdue');
    expect(dueKind(facts({}))).toBe('soon');
    expect(dueKind(facts({ daysLeft: 20, reminder: false }))).toBe('later');
  });
});
