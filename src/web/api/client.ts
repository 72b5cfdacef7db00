import { auditOperations } from '../../contract/audit.js';
import { evaluationsOperations } from '../../contract/evaluations.js';
import { frameworksOperations } from '../../contract/frameworks.js';
import { importsOperations } from '../../contract/imports.js';
import { municipalitiesOperations } from '../../contract/municipalities.js';
import { sessionOperations } from '../../contract/session.js';
import { usersOperations } from '../../contract/users.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from './call.js';
import type { NewUser, UserChange } from './types.js';

/**
 * A typed client for the Kompass API; every read can be cancelled with `signal`. Changes send
 * the session's CSRF token (see http.ts).
 */
export const api = {
  listEvaluations: (query: { municipality?: string; limit?: number; lang: Language }, signal?: AbortSignal) =>
    callApi(evaluationsOperations.listEvaluations, { query }, { signal }),
  getEvaluation: (id: string, lang: Language, signal?: AbortSignal) => callApi(evaluationsOperations.getEvaluation, { params: { id }, query: { lang } }, { signal }),
  searchMunicipalities: (query: { q?: string; limit?: number }, signal?: AbortSignal) => callApi(municipalitiesOperations.searchMunicipalities, { query }, { signal }),
  getMunicipality: (id: string, signal?: AbortSignal) => callApi(municipalitiesOperations.getMunicipality, { params: { id } }, { signal }),
  listFrameworks: (lang: Language, signal?: AbortSignal) => callApi(frameworksOperations.listFrameworks, { query: { lang } }, { signal }),
  getFramework: (id: string, lang: Language, signal?: AbortSignal) => callApi(frameworksOperations.getFramework, { params: { id }, query: { lang } }, { signal }),
  /** Sends one document's bytes; the server answers at once with the queued import job. */
  uploadImport: (file: Blob, fileName: string, signal?: AbortSignal) =>
    callApi(importsOperations.uploadImport, { query: { filename: fileName }, body: file }, { signal }),
  getImport: (id: string, signal?: AbortSignal) => callApi(importsOperations.getImport, { params: { id } }, { signal }),
  cancelImport: (id: string) => callApi(importsOperations.cancelImport, { params: { id } }),
  listImports: (query: { limit?: number }, signal?: AbortSignal) => callApi(importsOperations.listImports, { query }, { signal }),

  getSession: (signal?: AbortSignal) => callApi(sessionOperations.getSession, {}, { signal }),
  signIn: (email: string, password: string) => callApi(sessionOperations.signIn, { body: { email, password } }, { credentials: true }),
  signOut: () => callApi(sessionOperations.signOut),
  /** Whose password a one-time link sets; 404 when the link is unknown, used or expired. */
  inspectPasswordLink: (token: string, signal?: AbortSignal) =>
    callApi(sessionOperations.inspectPasswordLink, { body: { token } }, { signal, credentials: true }),
  setPassword: (token: string, password: string) => callApi(sessionOperations.setPassword, { body: { token, password } }, { credentials: true }),
  /** Remembers the signed-in user's language; answers the user as the session shows them. */
  setMyLanguage: (language: Language) => callApi(sessionOperations.setMyLanguage, { body: { language } }),

  listUsers: (signal?: AbortSignal) => callApi(usersOperations.listUsers, {}, { signal }),
  createUser: (user: NewUser) => callApi(usersOperations.createUser, { body: user }),
  changeUser: (id: string, change: UserChange) => callApi(usersOperations.changeUser, { params: { userId: id }, body: change }),
  newPasswordLink: (id: string) => callApi(usersOperations.newPasswordLink, { params: { userId: id } }),

  listEvaluators: (evaluationId: string, signal?: AbortSignal) => callApi(evaluationsOperations.listEvaluators, { params: { id: evaluationId } }, { signal }),
  assignEvaluator: (evaluationId: string, userId: string) => callApi(evaluationsOperations.assignEvaluator, { params: { id: evaluationId }, body: { userId } }),
  unassignEvaluator: (evaluationId: string, userId: string) =>
    callApi(evaluationsOperations.unassignEvaluator, { params: { id: evaluationId, userId } }),
  evaluationAudit: (evaluationId: string, query: { limit: number; offset: number; burst?: number }, signal?: AbortSignal) =>
    callApi(auditOperations.listEvaluationAudit, { params: { id: evaluationId }, query }, { signal }),
};
