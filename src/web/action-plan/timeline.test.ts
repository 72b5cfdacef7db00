import { describe, expect, it } from 'vitest';
import { timelineLayout } from './timeline.js';

describe('the timeline of an action plan', () => {
  it('spans whole months from the earliest date to the latest, today included', () => {
    const layout = timelineLayout(
      [
        { id: 'a', startDate: '2027-01-10', dueDate: '2027-02-28' },
        { id: 'b', startDate: null, dueDate: '2027-03-15' },
      ],
      '2026-12-07',
    );
    expect(layout.months.map((month) => month.month)).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
    expect(layout.months[0]!.offset).toBe(0);
    const total = layout.months.reduce((sum, month) => sum + month.width, 0);
    expect(total).toBeCloseTo(1, 10);
    // 31 + 31 + 28 + 31 days: January begins after December's 31 days.
    expect(layout.months[1]!.offset).toBeCloseTo(31 / 121, 10);
    expect(layout.today).toBeCloseTo(6 / 121, 10);
  });

  it('draws a bar from the start to the end of the due day, a mark for a lone due date, and an open bar for a lone start', () => {
    const layout = timelineLayout(
      [
        { id: 'span', startDate: '2027-01-01', dueDate: '2027-01-31' },
        { id: 'due', startDate: null, dueDate: '2027-01-16' },
        { id: 'start', startDate: '2027-01-11', dueDate: null },
        { id: 'none', startDate: null, dueDate: null },
      ],
      '2027-01-05',
    );
    expect(layout.months.map((month) => month.month)).toEqual(['2027-01']);
    const [span, due, start] = layout.bars;
    expect(span).toEqual({ id: 'span', kind: 'span', from: 0, to: 1 });
    expect(due).toMatchObject({ id: 'due', kind: 'due' });
    expect(due!.from).toBeCloseTo(15 / 31, 10);
    expect(due!.to).toBeCloseTo(16 / 31, 10);
    expect(start).toMatchObject({ id: 'start', kind: 'start', to: 1 });
    expect(start!.from).toBeCloseTo(10 / 31, 10);
    expect(layout.undated).toEqual(['none']);
  });

  it('has no axis when no action has a date', () => {
    expect(timelineLayout([{ id: 'x', startDate: null, dueDate: null }], '2027-01-05')).toEqual({ months: [], bars: [], today: null, undated: ['x'] });
  });
});
