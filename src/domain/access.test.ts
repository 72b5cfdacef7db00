import { describe, expect, it } from 'vitest';
import { canDo, canOnEvaluation, canReadActionPlan, evaluationVisibility, PUBLIC, type EvaluationRef, type Principal, type Role } from './access.js';
import { EVALUATION_STATUSES } from './evaluation-status.js';

const user = (role: Role, id = `${role}-1`, municipalityId: string | null = role === 'municipality' ? 'se-2284' : null): Principal => ({
  kind: 'user',
  user: { id, email: `${id}@example.se`, name: id, role, municipalityId },
});
const evaluation = (status: EvaluationRef['status'], evaluatorIds = ['evaluator-1']): EvaluationRef => ({ id: 'e', municipalityId: 'se-2284', status, evaluatorIds });

describe('access rules', () => {
  it('lets the public read only published evaluations and change nothing', () => {
    for (const status of EVALUATION_STATUSES) {
      expect(canOnEvaluation(PUBLIC, 'read', evaluation(status))).toBe(status === 'published');
      expect(canOnEvaluation(PUBLIC, 'edit', evaluation(status))).toBe(false);
    }
    expect(canDo(PUBLIC, 'create-evaluation')).toBe(false);
  });

  it('lets a municipality read its own evaluations from the fact check on, and never another municipality’s drafts', () => {
    const own = user('municipality');
    const other = user('municipality', 'municipality-2', 'se-1060');
    expect(EVALUATION_STATUSES.filter((status) => canOnEvaluation(own, 'read', evaluation(status)))).toEqual(['fact_check', 'final', 'published']);
    expect(EVALUATION_STATUSES.filter((status) => canOnEvaluation(other, 'read', evaluation(status)))).toEqual(['published']);
    expect(canOnEvaluation(own, 'edit', evaluation('fact_check'))).toBe(false);
  });

  it('lets evaluators read, edit and see the audit of their own evaluations only', () => {
    const assigned = user('evaluator');
    const other = user('evaluator', 'evaluator-2');
    for (const action of ['read', 'edit', 'read-audit'] as const) {
      expect(canOnEvaluation(assigned, action, evaluation('draft'))).toBe(true);
      expect(canOnEvaluation(other, action, evaluation('draft'))).toBe(false);
    }
    expect(canOnEvaluation(assigned, 'assign', evaluation('draft'))).toBe(false);
    expect(canDo(assigned, 'create-evaluation')).toBe(true);
    expect(canDo(assigned, 'import')).toBe(false);
  });

  it('lets admins do everything', () => {
    const admin = user('admin');
    for (const action of ['read', 'edit', 'read-audit', 'assign'] as const) expect(canOnEvaluation(admin, action, evaluation('draft', []))).toBe(true);
    for (const action of ['create-evaluation', 'import', 'manage-users', 'read-audit-log'] as const) expect(canDo(admin, action)).toBe(true);
  });

  it('lets only admins manage reference averages', () => {
    expect(canDo(user('admin'), 'manage-reference-averages')).toBe(true);
    for (const principal of [PUBLIC, user('evaluator'), user('municipality')]) expect(canDo(principal, 'manage-reference-averages')).toBe(false);
  });

  it("lets the municipality's own users and admins edit its action plan, nobody else", () => {
    const published = evaluation('published');
    expect(canOnEvaluation(user('municipality'), 'edit-plan', published)).toBe(true);
    expect(canOnEvaluation(user('admin'), 'edit-plan', published)).toBe(true);
    for (const principal of [PUBLIC, user('evaluator'), user('municipality', 'municipality-2', 'se-1060'), user('municipality', 'municipality-3', null)]) {
      expect(canOnEvaluation(principal, 'edit-plan', published)).toBe(false);
    }
  });

  it('lets each reader see an action plan as far as its visibility shares it', () => {
    const published = evaluation('published');
    const readers = { public: PUBLIC, evaluator: user('evaluator', 'evaluator-9'), other: user('municipality', 'municipality-2', 'se-1060'), own: user('municipality'), admin: user('admin') };
    const readersOf = (visibility: 'municipality' | 'evaluators' | 'public') =>
      Object.entries(readers)
        .filter(([, principal]) => canReadActionPlan(principal, published, visibility))
        .map(([name]) => name);
    expect(readersOf('municipality')).toEqual(['own', 'admin']);
    expect(readersOf('evaluators')).toEqual(['evaluator', 'own', 'admin']);
    expect(readersOf('public')).toEqual(['public', 'evaluator', 'other', 'own', 'admin']);
    for (const status of EVALUATION_STATUSES.filter((one) => one !== 'published')) {
      expect(canReadActionPlan(user('admin'), evaluation(status), 'public')).toBe(false);
    }
  });

  it('describes the same visibility for listings', () => {
    expect(evaluationVisibility(PUBLIC)).toEqual({ kind: 'published-or' });
    expect(evaluationVisibility(user('admin'))).toEqual({ kind: 'all' });
    expect(evaluationVisibility(user('evaluator'))).toEqual({ kind: 'published-or', assignedTo: 'evaluator-1' });
    expect(evaluationVisibility(user('municipality'))).toEqual({
      kind: 'published-or',
      municipality: { code: 'se-2284', statuses: ['fact_check', 'final', 'published'] },
    });
  });
});
