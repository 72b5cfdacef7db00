/** The vocabulary of the authorisation matrix: roles, targets, expected statuses, cases. */
import type { InjectOptions } from 'fastify';
import type { Client } from '../support/accounts.js';
import type { Executor } from '../../src/db/client.js';

export const ROLES = ['public', 'admin', 'evaluator', 'otherEvaluator', 'municipality', 'otherMunicipality'] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Expected = Record<MatrixRole, number>;

/** The evaluations of the matrix world: three in municipality A (2284), a draft in B (1060). */
export type Target = 'draft' | 'factCheck' | 'published' | 'otherDraft';

export interface World {
  ids: Record<Target, string>;
  /** The evaluation's current version (read fresh before each change). */
  version(id: string): Promise<number>;
  /** A new evaluator for the request (to assign, change or sign in), so requests do not change each other's world. */
  scratchUser(): Promise<{ id: string; version: number; email: string }>;
  passwordToken(): Promise<string>;
  /** An administrator's client, to prepare what a request needs (never the request itself). */
  admin: Client;
  /** The database, to prepare what no route makes (e.g. the question sets of questionnaires). */
  db: Executor;
}

export interface Case {
  name: string;
  request(world: World, role: MatrixRole): Promise<InjectOptions>;
  expected: Expected;
  /** The request signs the user out or in: run it on a session of its own. */
  ownSession?: boolean;
}

export const all = (status: number): Expected => ({ public: status, admin: status, evaluator: status, otherEvaluator: status, municipality: status, otherMunicipality: status });
export const only = (allowed: Partial<Expected>, otherwise: { public: number; others: number }): Expected => ({
  public: otherwise.public,
  admin: otherwise.others,
  evaluator: otherwise.others,
  otherEvaluator: otherwise.others,
  municipality: otherwise.others,
  otherMunicipality: otherwise.others,
  ...allowed,
});
/** Admin-only routes: anonymous 401, other users 403. */
export const adminOnly = (status: number) => only({ admin: status }, { public: 401, others: 403 });

export const get = (url: string | ((world: World) => string)) => async (world: World) => ({ method: 'GET' as const, url: typeof url === 'string' ? url : url(world) });

/** Reading one evaluation: drafts are invisible (404) to everyone but admins and its evaluators. */
export const readExpectations: Record<Target, Expected> = {
  draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 200, evaluator: 200, municipality: 200 }, { public: 404, others: 404 }),
  published: all(200),
  otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
};

export function perEvaluation(build: (target: Target) => Omit<Case, 'name'>): Case[] {
  return (['draft', 'factCheck', 'published', 'otherDraft'] as const).map((target) => ({ name: target, ...build(target) }));
}

/** A fresh 2020 draft nobody is assigned to: agreed scores need no independent submissions there. */
export async function draftWithoutEvaluators(world: World): Promise<string> {
  const response = await world.admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-11' });
  if (response.statusCode !== 201) throw new Error(`could not create a draft: ${response.statusCode} ${response.body}`);
  return response.json().id;
}
