import type { Language } from '../../i18n/index.js';
import { getJson, send } from './http.js';
import type {
  AssignedEvaluator,
  AuditEntry,
  EvaluationDetail,
  EvaluationList,
  FrameworkDetail,
  FrameworkList,
  ImportJob,
  ImportJobDetail,
  ImportJobList,
  ListResponse,
  MunicipalityDetail,
  MunicipalityList,
  NewUser,
  PasswordLink,
  Session,
  User,
  UserChange,
} from './types.js';

const enc = encodeURIComponent;

/**
 * A typed client for the Kompass API; every read can be cancelled with `signal`. Changes send
 * the session's CSRF token (see http.ts).
 */
export const api = {
  listEvaluations: (query: { municipality?: string; limit?: number; lang: Language }, signal?: AbortSignal) =>
    getJson<EvaluationList>('/evaluations', query, signal),
  getEvaluation: (id: string, lang: Language, signal?: AbortSignal) => getJson<EvaluationDetail>(`/evaluations/${enc(id)}`, { lang }, signal),
  searchMunicipalities: (query: { q?: string; limit?: number }, signal?: AbortSignal) => getJson<MunicipalityList>('/municipalities', query, signal),
  getMunicipality: (code: string, signal?: AbortSignal) => getJson<MunicipalityDetail>(`/municipalities/${enc(code)}`, {}, signal),
  listFrameworks: (lang: Language, signal?: AbortSignal) => getJson<FrameworkList>('/frameworks', { lang }, signal),
  getFramework: (id: string, lang: Language, signal?: AbortSignal) => getJson<FrameworkDetail>(`/frameworks/${enc(id)}`, { lang }, signal),
  /** Sends one document's bytes; the server answers at once with the queued import job. */
  uploadImport: (file: Blob, fileName: string, signal?: AbortSignal) =>
    send<{ job: ImportJob }>('POST', '/imports', file, { query: { filename: fileName }, signal }),
  getImport: (id: string, signal?: AbortSignal) => getJson<ImportJobDetail>(`/imports/${enc(id)}`, {}, signal),
  listImports: (query: { limit?: number }, signal?: AbortSignal) => getJson<ImportJobList>('/imports', query, signal),

  getSession: (signal?: AbortSignal) => getJson<Session>('/session', {}, signal),
  signIn: (email: string, password: string) => send<Session>('POST', '/session', { email, password }, { credentials: true }),
  signOut: () => send<void>('DELETE', '/session'),
  /** Whose password a one-time link sets; 404 when the link is unknown, used or expired. */
  inspectPasswordLink: (token: string, signal?: AbortSignal) =>
    send<{ email: string; name: string }>('POST', '/password-link', { token }, { signal, credentials: true }),
  setPassword: (token: string, password: string) => send<void>('PUT', '/password', { token, password }, { credentials: true }),

  listUsers: (signal?: AbortSignal) => getJson<{ items: User[] }>('/users', {}, signal),
  createUser: (user: NewUser) => send<{ user: User; link: PasswordLink }>('POST', '/users', user),
  changeUser: (id: string, change: UserChange) => send<User>('PATCH', `/users/${enc(id)}`, change),
  newPasswordLink: (id: string) => send<PasswordLink>('POST', `/users/${enc(id)}/password-link`),

  listEvaluators: (evaluationId: string, signal?: AbortSignal) =>
    getJson<{ items: AssignedEvaluator[] }>(`/evaluations/${enc(evaluationId)}/evaluators`, {}, signal),
  assignEvaluator: (evaluationId: string, userId: string) =>
    send<{ items: AssignedEvaluator[] }>('POST', `/evaluations/${enc(evaluationId)}/evaluators`, { userId }),
  unassignEvaluator: (evaluationId: string, userId: string) =>
    send<{ items: AssignedEvaluator[] }>('DELETE', `/evaluations/${enc(evaluationId)}/evaluators/${enc(userId)}`),
  evaluationAudit: (evaluationId: string, query: { limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<ListResponse<AuditEntry>>(`/evaluations/${enc(evaluationId)}/audit`, query, signal),
};
