import { describe, expect, it } from 'vitest';
import { PUBLIC, type Principal, type Role } from './access.js';
import { EVALUATION_STATUSES, type EvaluationStatus } from './evaluation-status.js';
import { availableTransitions, checkTransition, TRANSITIONS, workflowRoleOf, type WorkflowFacts } from './workflow.js';

const ready: WorkflowFacts = { unitsWithoutAgreedScore: [], openComments: 0 };
const user = (role: Role, id = `${role}-1`): Principal => ({
  kind: 'user',
  user: { id, email: `${id}@example.se`, name: id, role, municipalityCode: role === 'municipality' ? '2284' : null },
});

describe('the status flow', () => {
  it('knows who is who on an evaluation', () => {
    const evaluation = { evaluatorIds: ['evaluator-1'] };
    expect(workflowRoleOf(user('admin'), evaluation)).toBe('admin');
    expect(workflowRoleOf(user('evaluator'), evaluation)).toBe('evaluator');
    expect(workflowRoleOf(user('evaluator', 'evaluator-2'), evaluation)).toBe('none');
    expect(workflowRoleOf(user('municipality'), evaluation)).toBe('none');
    expect(workflowRoleOf(PUBLIC, evaluation)).toBe('none');
  });

  it('lets the team move the work forward and back, and only an administrator publish or reopen', () => {
    const evaluatorMoves = TRANSITIONS.filter((move) => checkTransition(move.from, move.to, 'evaluator', ready).ok).map((move) => `${move.from}→${move.to}`);
    expect(evaluatorMoves).toEqual(['draft→review', 'review→draft', 'review→fact_check', 'fact_check→review', 'fact_check→final']);
    expect(TRANSITIONS.every((move) => checkTransition(move.from, move.to, 'admin', ready).ok)).toBe(true);
    expect(TRANSITIONS.filter((move) => move.reopen).map((move) => `${move.from}→${move.to}`)).toEqual(['final→fact_check', 'final→review']);
    expect(checkTransition('final', 'published', 'evaluator', ready)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(checkTransition('final', 'review', 'evaluator', ready)).toMatchObject({ ok: false, reason: 'forbidden', message: expect.stringMatching(/reopen/) });
  });

  it('lets no one else move anything, whatever the move', () => {
    for (const from of EVALUATION_STATUSES) {
      for (const to of EVALUATION_STATUSES) expect(checkTransition(from, to, 'none', ready)).toMatchObject({ ok: false, reason: 'forbidden' });
    }
    expect(availableTransitions('fact_check', 'none', ready)).toEqual([]);
  });

  it('allows no other move (published is terminal)', () => {
    const pairs = EVALUATION_STATUSES.flatMap((from) => EVALUATION_STATUSES.map((to) => [from, to] as [EvaluationStatus, EvaluationStatus]));
    const allowed = pairs.filter(([from, to]) => checkTransition(from, to, 'admin', ready).ok);
    expect(allowed).toHaveLength(TRANSITIONS.length);
    expect(checkTransition('draft', 'published', 'admin', ready)).toMatchObject({ ok: false, reason: 'not-a-transition', message: expect.stringContaining('review') });
    expect(checkTransition('published', 'final', 'admin', ready)).toMatchObject({ ok: false, reason: 'not-a-transition', message: expect.stringContaining('nothing') });
    expect(checkTransition('draft', 'draft', 'admin', ready)).toMatchObject({ ok: false, reason: 'not-a-transition' });
  });

  it('needs an agreed score for every unit before the fact check, naming the missing ones', () => {
    const check = checkTransition('review', 'fact_check', 'evaluator', { unitsWithoutAgreedScore: ['1.2', '3.4'], openComments: 0 });
    expect(check).toMatchObject({ ok: false, reason: 'missing-scores' });
    expect(!check.ok && check.message).toMatch(/2 have none: 1\.2, 3\.4/);
    // Missing scores do not block the other moves.
    expect(checkTransition('review', 'draft', 'evaluator', { unitsWithoutAgreedScore: ['1.2'], openComments: 0 }).ok).toBe(true);
  });

  it('keeps an evaluation with open comments from becoming final (answered ones do not block)', () => {
    const check = checkTransition('fact_check', 'final', 'admin', { unitsWithoutAgreedScore: [], openComments: 1 });
    expect(check).toMatchObject({ ok: false, reason: 'open-comments', message: expect.stringMatching(/^1 fact-check comment is still open/) });
    expect(checkTransition('fact_check', 'review', 'admin', { unitsWithoutAgreedScore: [], openComments: 3 }).ok).toBe(true);
  });

  it('lists the moves the caller may make now, with the reason when a precondition fails', () => {
    const listed = availableTransitions('review', 'evaluator', { unitsWithoutAgreedScore: ['2.1'], openComments: 0 });
    expect(listed.map(({ transition, check }) => [transition.to, check.ok, check.ok ? null : check.reason])).toEqual([
      ['draft', true, null],
      ['fact_check', false, 'missing-scores'],
    ]);
    expect(availableTransitions('final', 'evaluator', ready)).toEqual([]);
    expect(availableTransitions('final', 'admin', ready).map(({ transition }) => transition.to)).toEqual(['published', 'fact_check', 'review']);
    expect(availableTransitions('published', 'admin', ready)).toEqual([]);
  });
});
