import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/auth/passwords.js';
import { insertUser, type UserRecord } from '../../src/auth/users-repository.js';
import type { Role } from '../../src/domain/access.js';
import type { TestWorld } from './test-app.js';

/** The password of every test user. */
export const TEST_PASSWORD = 'rätt-häst-batteri-klammer';

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** Adds a user who can sign in with TEST_PASSWORD. */
export async function addUser(world: TestWorld, role: Role, options: { email?: string; municipalityId?: string; name?: string } = {}): Promise<UserRecord> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  return insertUser(world.context.database.db, {
    email: options.email ?? `${role}-${counter}-${process.pid}@test.kompass.invalid`,
    name: options.name ?? `Test ${role} ${counter}`,
    organisation: 'Test',
    role,
    municipalityId: role === 'municipality' ? (options.municipalityId ?? 'se-2284') : null,
    passwordHash: await passwordHash,
  });
}

/** A signed-in API client: sends the session cookie, and the CSRF token with every change. */
export interface Client {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((entry) => entry.name === 'kompass_session');
  if (!cookie) throw new Error(`No session cookie in the response (${response.statusCode} ${response.body})`);
  return `${cookie.name}=${cookie.value}`;
}

export function clientOf(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, cookie, 'x-csrf-token': csrfToken } });
  const withBody = (method: 'POST' | 'PUT' | 'PATCH') => (url: string, payload?: unknown) =>
    request({ method, url, ...(payload === undefined ? {} : Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }) });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** Signs in through the API and returns a client for that session. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return clientOf(app, sessionCookieOf(response), response.json().csrfToken);
}

/** Adds a user of a role and signs them in. */
export async function signedInAs(world: TestWorld, role: Role, options: { municipalityId?: string } = {}): Promise<Client & { user: UserRecord }> {
  const user = await addUser(world, role, options);
  return { ...(await signIn(world.app, user.email)), user };
}
