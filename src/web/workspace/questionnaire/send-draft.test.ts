import { describe, expect, it } from 'vitest';
import type { QuestionSetSummary } from '../../../contract/question-sets.js';
import { addDays, datesSchema, localIsoDate, offeredSets } from './send-draft.js';

const set = (id: string, title: string, versionNo: number, latest: boolean) => ({ id, title, versionNo, latest }) as QuestionSetSummary;

describe('the send form’s dates', () => {
  it('writes local dates and counts calendar days across months and years', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('refuses a due date before the open date and dates that do not exist', () => {
    expect(datesSchema.safeParse({ opensOn: '2026-05-01', dueOn: '2026-05-01' }).success).toBe(true);
    const early = datesSchema.safeParse({ opensOn: '2026-05-02', dueOn: '2026-05-01' });
    expect(early.success ? [] : early.error.issues.map((issue) => issue.path.join('.'))).toEqual(['dueOn']);
    expect(datesSchema.safeParse({ opensOn: '2026-02-30', dueOn: '2026-05-01' }).success).toBe(false);
  });
});

describe('offeredSets', () => {
  it('puts the latest versions first, then by title and newest version', () => {
    const sets = [set('a1', 'B-frågor', 1, false), set('b2', 'B-frågor', 2, true), set('c1', 'A-frågor', 1, true), set('c0', 'A-frågor', 0, false)];
    expect(offeredSets(sets, (x, y) => x.localeCompare(y)).map((entry) => entry.id)).toEqual(['c1', 'b2', 'c0', 'a1']);
  });
});
