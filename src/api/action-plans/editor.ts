import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../kernel/request.js';
import type { PlanEditor } from './commands.js';

/** Who changes the plan: the signed-in user (the route's `edit-plan` rule admits no one else). */
export function editorOf(request: FastifyRequest): PlanEditor {
  const { principal } = request;
  if (principal.kind !== 'user') throw new Error('A change to an action plan reached its handler without a signed-in user');
  return { principal, actor: actorOf(request), name: principal.user.name };
}
