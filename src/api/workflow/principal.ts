import type { EvaluationRef, Principal } from '../../domain/access.js';

/** Set by the access hook on every evaluation route. */
export function refOf(request: { evaluationRef: EvaluationRef | null }): EvaluationRef {
  if (!request.evaluationRef) throw new Error('An evaluation route ran without its access check');
  return request.evaluationRef;
}

/** Routes whose rule needs a signed-in user (comment, workspace) always have one. */
export function signedInOf(request: { principal: Principal }): Principal & { kind: 'user' } {
  const { principal } = request;
  if (principal.kind !== 'user') throw new Error('A route for signed-in users ran for the public');
  return principal;
}
