import { describe, expect, it } from 'vitest';
import { actionDraftSchema, actionFieldOf, actionProblemOf, emptyActionDraft } from './action-draft.js';

const problems = (draft: Parameters<typeof actionDraftSchema.safeParse>[0]) =>
  (actionDraftSchema.safeParse(draft).error?.issues ?? []).map((issue) => {
    const field = actionFieldOf(issue.path.join('.'));
    return field ? `${field}: ${actionProblemOf(field, issue.message)}` : issue.path.join('.');
  });

describe('the form of an action', () => {
  it('sends a checked draft as the API’s request: empty dates as null, a sub-area only with its area, no reason unless dropped', () => {
    const draft = { ...emptyActionDraft({ areaCode: '3', index: 1 }, ' Ta fram en plan '), unitCode: '3.2', progress: '40', statusReason: 'glömd' };
    expect(actionDraftSchema.parse(draft)).toEqual({
      title: 'Ta fram en plan',
      description: '',
      responsible: '',
      startDate: null,
      dueDate: null,
      status: 'planned',
      statusReason: '',
      progress: 40,
      priority: 'medium',
      areaCode: '3',
      unitCode: '3.2',
      improvement: { areaCode: '3', index: 1 },
    });
    expect(actionDraftSchema.parse({ ...emptyActionDraft(), title: 'Egen', unitCode: '3.2' }).unitCode).toBeNull();
  });

  it('names each field at fault with the form’s problem', () => {
    expect(problems({ ...emptyActionDraft(), progress: '101' })).toEqual(['progress: progressInvalid']);
    expect(problems({ ...emptyActionDraft(), title: '  ' })).toEqual(['title: titleMissing']);
    expect(problems({ ...emptyActionDraft(), title: 'A', startDate: '2027-02-30' })).toEqual(['startDate: dateInvalid']);
    expect(problems({ ...emptyActionDraft(), title: 'A', startDate: '2027-03-01', dueDate: '2027-02-01' })).toEqual(['dueDate: dueBeforeStart']);
    expect(problems({ ...emptyActionDraft(), title: 'A', status: 'dropped', statusReason: ' ' })).toEqual(['statusReason: reasonMissing']);
    expect(problems({ ...emptyActionDraft(), title: 'x'.repeat(301) })).toEqual(['title: tooLong']);
  });

  it('finds the field of the server’s validation details', () => {
    expect(actionFieldOf('body.dueDate')).toBe('dueDate');
    expect(actionFieldOf('body.improvement.areaCode')).toBe('areaCode');
    expect(actionFieldOf('body.version')).toBeNull();
  });
});
