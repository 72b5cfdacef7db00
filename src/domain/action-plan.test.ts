import { describe, expect, it } from 'vitest';
import {
  groupByArea,
  groupByDueMonth,
  groupByStatus,
  isOverdue,
  proposeActions,
  proposedTitle,
  settledProgress,
  summarisePlan,
  type SummarisedAction,
  unitOfImprovement,
} from './action-plan.js';

const action = (fields: Partial<SummarisedAction>): SummarisedAction => ({ status: 'planned', progress: 0, dueDate: null, improvement: null, ...fields });

describe('overdue actions', () => {
  it('is overdue only after the due date, while neither done nor dropped', () => {
    expect(isOverdue(action({ dueDate: '2027-03-31' }), '2027-04-01')).toBe(true);
    expect(isOverdue(action({ dueDate: '2027-03-31', status: 'in_progress' }), '2027-04-01')).toBe(true);
    expect(isOverdue(action({ dueDate: '2027-03-31' }), '2027-03-31')).toBe(false);
    expect(isOverdue(action({ dueDate: '2027-03-31', status: 'done' }), '2027-04-01')).toBe(false);
    expect(isOverdue(action({ dueDate: '2027-03-31', status: 'dropped' }), '2027-04-01')).toBe(false);
    expect(isOverdue(action({ dueDate: null }), '2099-01-01')).toBe(false);
  });

  it('sets a done action to full progress and leaves the others as sent', () => {
    expect(settledProgress('done', 40)).toBe(100);
    expect(settledProgress('in_progress', 40)).toBe(40);
    expect(settledProgress('dropped', 40)).toBe(40);
  });
});

describe('the plan summary', () => {
  const improvements = [
    { areaCode: '1', index: 0, text: 'a' },
    { areaCode: '1', index: 1, text: 'b' },
    { areaCode: '2', index: 0, text: 'c' },
    { areaCode: '2', index: 1, text: 'd' },
  ];

  it('counts improvements with actions, the settled ones, statuses, overdue and mean progress', () => {
    const actions = [
      action({ improvement: { areaCode: '1', index: 0 }, status: 'done', progress: 100 }),
      action({ improvement: { areaCode: '1', index: 0 }, status: 'dropped', progress: 10 }),
      action({ improvement: { areaCode: '1', index: 1 }, status: 'done', progress: 100 }),
      action({ improvement: { areaCode: '1', index: 1 }, status: 'in_progress', progress: 50, dueDate: '2027-01-01' }),
      action({ improvement: { areaCode: '2', index: 0 }, status: 'dropped', progress: 0 }),
      action({ status: 'planned', progress: 5, dueDate: '2026-12-31' }),
    ];
    expect(summarisePlan(improvements, actions, '2027-02-01')).toEqual({
      improvements: 4,
      improvementsWithAction: 3,
      improvementsDone: 1,
      actions: 6,
      byStatus: { planned: 1, in_progress: 1, done: 2, dropped: 2 },
      overdue: 2,
      meanProgress: 64,
    });
  });

  it('is all zero for an empty plan', () => {
    expect(summarisePlan([], [], '2027-01-01')).toEqual({
      improvements: 0,
      improvementsWithAction: 0,
      improvementsDone: 0,
      actions: 0,
      byStatus: { planned: 0, in_progress: 0, done: 0, dropped: 0 },
      overdue: 0,
      meanProgress: 0,
    });
  });

  it('does not count an action answering an improvement that is not in the list', () => {
    const summary = summarisePlan(improvements, [action({ improvement: { areaCode: '9', index: 0 }, status: 'done', progress: 100 })], '2027-01-01');
    expect(summary.improvementsWithAction).toBe(0);
    expect(summary.actions).toBe(1);
  });
});

describe('proposals from improvement opportunities', () => {
  it('titles a proposal with the first sentence, without Markdown marks', () => {
    expect(proposedTitle('Ta fram en **samlad** plan för [medborgardialog](https://example.org). Den bör beslutas i fullmäktige.')).toBe(
      'Ta fram en samlad plan för medborgardialog',
    );
  });

  it('cuts a long title at a word boundary with an ellipsis', () => {
    const title = proposedTitle(`${'Utveckla uppföljningen av verksamhetens mål '.repeat(5)}och resultat`, 60);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith('…')).toBe(true);
    expect(title).toBe('Utveckla uppföljningen av verksamhetens mål Utveckla…');
  });

  const units = [
    { unitCode: '2.1', title: 'Kommunikation' },
    { unitCode: '2.2', title: 'Medborgardialog' },
    { unitCode: '2.10', title: 'Öppenhet' },
  ];

  it('ties a text to the one sub-area whose code or title it names', () => {
    expect(unitOfImprovement('Inom 2.2 saknas en plan.', units)).toBe('2.2');
    expect(unitOfImprovement('Inom 2.10 saknas en plan.', units)).toBe('2.10');
    expect(unitOfImprovement('Stärk medborgardialogen i nämnderna.', units)).toBe('2.2');
    expect(unitOfImprovement('Både 2.1 och 2.2 behöver stärkas.', units)).toBeNull();
    expect(unitOfImprovement('Inget särskilt delområde.', units)).toBeNull();
    expect(unitOfImprovement('Version 12.1 av systemet.', units)).toBeNull();
  });

  it('proposes one planned action per non-empty improvement, in order', () => {
    const proposals = proposeActions(
      [
        { areaCode: '2', index: 0, text: 'Stärk medborgardialogen.' },
        { areaCode: '2', index: 1, text: '  ' },
        { areaCode: '3', index: 0, text: 'Följ upp målen årligen.' },
      ],
      new Map([['2', units]]),
    );
    expect(proposals).toEqual([
      { areaCode: '2', unitCode: '2.2', improvementIndex: 0, improvementText: 'Stärk medborgardialogen.', title: 'Stärk medborgardialogen', status: 'planned' },
      { areaCode: '3', unitCode: null, improvementIndex: 0, improvementText: 'Följ upp målen årligen.', title: 'Följ upp målen årligen', status: 'planned' },
    ]);
  });
});

describe('grouping actions', () => {
  const actions = [
    { id: 'a', areaCode: '2', status: 'done' as const, dueDate: '2027-05-10' },
    { id: 'b', areaCode: null, status: 'planned' as const, dueDate: null },
    { id: 'c', areaCode: '1', status: 'planned' as const, dueDate: '2027-03-02' },
    { id: 'd', areaCode: '2', status: 'dropped' as const, dueDate: '2027-03-01' },
  ];
  const ids = <K,>(groups: { key: K; items: { id: string }[] }[]) => groups.map((group) => [group.key, group.items.map((item) => item.id)]);

  it('groups by area in framework order, actions without an area last', () => {
    expect(ids(groupByArea(actions, ['1', '2', '3']))).toEqual([
      ['1', ['c']],
      ['2', ['a', 'd']],
      [null, ['b']],
    ]);
  });

  it('groups by status in the statuses order', () => {
    expect(ids(groupByStatus(actions))).toEqual([
      ['planned', ['b', 'c']],
      ['done', ['a']],
      ['dropped', ['d']],
    ]);
  });

  it('groups by due month, earliest first, undated last', () => {
    expect(ids(groupByDueMonth(actions))).toEqual([
      ['2027-03', ['d', 'c']],
      ['2027-05', ['a']],
      [null, ['b']],
    ]);
  });
});
