import { describe, expect, it } from 'vitest';
import { PUBLIC, type Principal, type Role } from './access.js';
import { EVALUATION_STATUSES, type EvaluationStatus } from './evaluation-status.js';
import { availableTransitions, checkTransition, TRANSITIONS, workflowRoleOf, type WorkflowFacts } from './workflow.js';

const ready: WorkflowFacts = { origin: 'workspace', unitsWithoutAgreedScore: [], unitCount: 36, openComments: 0 };
const unit = (code: string) => ({ code, name: `Delområde ${code}` });
const missing = (...codes: string[]): WorkflowFacts => ({ ...ready, unitsWithoutAgreedScore: codes.map(unit) });
const user = (role: Role, id = `${role}-1`): Principal => ({
  kind: 'user',
  user: { id, email: `${id}@example.se`, name: id, role, municipalityId: role === 'municipality' ? 'se-2284' : null },
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

  it('needs an agreed score for every unit before every move into fact_check, final or published, naming the missing ones', () => {
    const check = checkTransition('review', 'fact_check', 'evaluator', missing('1.2', '3.4'));
    expect(check).toMatchObject({ ok: false, reason: 'missing-scores' });
    expect(!check.ok && check.message).toMatch(/at fact_check .* 2 of 36 would have none: 1\.2 Delområde 1\.2; 3\.4 Delområde 3\.4/);
    const into = TRANSITIONS.filter((move) => ['fact_check', 'final', 'published'].includes(move.to)).map((move) => `${move.from}→${move.to}`);
    expect(into).toEqual(['review→fact_check', 'fact_check→final', 'final→published', 'final→fact_check']);
    for (const move of TRANSITIONS) {
      const result = checkTransition(move.from, move.to, 'admin', missing('8.4'));
      expect(result.ok, `${move.from}→${move.to}`).toBe(!into.includes(`${move.from}→${move.to}`));
      if (!result.ok) expect(result).toMatchObject({ reason: 'missing-scores', message: expect.stringContaining(`at ${move.to}`) });
    }
    // Missing scores do not block the other moves.
    expect(checkTransition('review', 'draft', 'evaluator', missing('1.2')).ok).toBe(true);
    expect(checkTransition('final', 'review', 'admin', missing('1.2')).ok).toBe(true);
  });

  it('lists a long list of missing units by code', () => {
    const codes = Array.from({ length: 31 }, (_, index) => `${1 + Math.floor(index / 5)}.${1 + (index % 5)}`);
    const check = checkTransition('fact_check', 'final', 'evaluator', missing(...codes));
    expect(!check.ok && check.message).toMatch(/31 of 36 would have none: 1\.1, 1\.2, .*7\.1$/);
  });

  it('leaves archived evaluations out of the agreed-scores rule', () => {
    expect(checkTransition('final', 'published', 'admin', { ...missing('1.2'), origin: 'archive' }).ok).toBe(true);
  });

  it('checks open comments as well as scores before the evaluation becomes final', () => {
    expect(checkTransition('fact_check', 'final', 'admin', { ...missing('1.2'), openComments: 2 })).toMatchObject({ ok: false, reason: 'missing-scores' });
    expect(checkTransition('fact_check', 'final', 'admin', { ...ready, openComments: 2 })).toMatchObject({ ok: false, reason: 'open-comments' });
  });

  it('keeps an evaluation with open comments from becoming final (answered ones do not block)', () => {
    const check = checkTransition('fact_check', 'final', 'admin', { ...ready, openComments: 1 });
    expect(check).toMatchObject({ ok: false, reason: 'open-comments', message: expect.stringMatching(/^1 fact-check comment is still open/) });
    expect(checkTransition('fact_check', 'review', 'admin', { ...ready, openComments: 3 }).ok).toBe(true);
  });

  it('lists the moves the caller may make now, with the reason when a precondition fails', () => {
    const listed = availableTransitions('review', 'evaluator', missing('2.1'));
    expect(listed.map(({ transition, check }) => [transition.to, check.ok, check.ok ? null : check.reason])).toEqual([
      ['draft', true, null],
      ['fact_check', false, 'missing-scores'],
    ]);
    expect(availableTransitions('final', 'evaluator', ready)).toEqual([]);
    expect(availableTransitions('final', 'admin', ready).map(({ transition }) => transition.to)).toEqual(['published', 'fact_check', 'review']);
    expect(availableTransitions('published', 'admin', ready)).toEqual([]);
  });
});
