/**
 * Fuzzing the whole API: every operation of the contract gets generated path parameters, query
 * strings and bodies — texts with NUL, other control characters and lone surrogates, very long
 * texts, numbers, arrays, objects, `__proto__` keys, impossible dates, wrong types, malformed JSON,
 * beside plausible values so requests also get past the schemas — sent by a signed-in
 * administrator. No answer may be a server error (status 500 or more). On the real database
 * (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 *
 * Runs per operation: FUZZ_RUNS (default 10, enough for CI); FUZZ_SEED picks another sequence.
 * `npm run bench` runs a full-size campaign (bench/run.ts).
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_PREFIX, operations, type Operation } from '../../src/contract/index.js';
import { addUser, signIn, signedInAs, type Client } from '../support/accounts.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

let world: TestWorld;
let admin: Client & { email: string };
/** Ids that exist, so that some requests reach the handlers behind the schemas. */
let known: string[] = [];

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  const signedIn = await signedInAs(world, 'admin');
  admin = { ...signedIn, email: signedIn.user.email };
  const other = await addUser(world, 'evaluator');
  known = [...world.demoIds.slice(0, 3), String(other.id)];
  // A follow-up of a published demo evaluation, so the follow-ups' operations get past their 404s.
  for (const id of world.demoIds) {
    const followUp = await signedIn.post(`/api/evaluations/${id}/follow-ups`, { frameworkId: 'kommunkompassen-2020' });
    if (followUp.statusCode === 201) {
      known.push(followUp.json().id);
      break;
    }
  }
  // Published ones get an action plan, so that the plan's changes reach their handlers.
  for (const id of known.slice(0, 3)) await admin.post(`/api/evaluations/${id}/action-plan`, { fromImprovements: true });
}, 120_000);
afterAll(async () => world?.close());

/** The keys of an object schema (through pipes, defaults, optionals and unions), for shape-aware bodies and queries. */
function keysOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, unknown>; in?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] } }).def;
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'pipe' && def.in) return keysOf(def.in);
  if (def.innerType) return keysOf(def.innerType);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap(keysOf))];
  return [];
}

/** Texts that have broken servers somewhere. */
const NASTY_TEXTS = [
  '\u0000',
  'a\u0000b',
  'se-2284\u0000',
  '\u0001\u0007\u001b[31m',
  'line\nbreak\r\n',
  '\t',
  '\u007f\u0085\u009f',
  '\ud800',
  'x\udfffy',
  '\ud83d\ude00',
  '\ufeff\u200b\u202e',
  '',
  ' ',
  'x'.repeat(5000),
  'ä'.repeat(300),
  '__proto__',
  'constructor',
  '2026-99-99',
  '2026-02-30',
  '0000-00-00',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  '../../etc/passwd',
  "'; DROP TABLE evaluations; --",
  '%00',
  '%ff',
  '{"a":1}',
  'true',
  'null',
];

/** Values that get past many schemas, so that other fields are fuzzed behind them. */
const PLAUSIBLE = () => [
  ...known,
  'se-2284',
  'no-0301',
  'kommunkompassen-2020',
  '1',
  '1.1',
  '3',
  '2026-03',
  '2026-03-14',
  'sv',
  'en',
  'html',
  'xlsx',
  'draft',
  'true',
  'admin@test.kompass.invalid',
  'Ett namn',
];

/** Characters no text of the API may carry (a NUL, other controls, lone surrogates). */
const POISON = ['\u0000', '\u0000', '\u0000', '\ud800', '\udc00', '\u0001', '\u000b', '\u001b', '\u007f', '\u0085'];

/** A plausible value with a poison character put into it: gets furthest before it must be refused. */
const poisoned = () =>
  fc
    .tuple(fc.constantFrom(...PLAUSIBLE()), fc.constantFrom(...POISON), fc.nat())
    .map(([value, poison, at]) => {
      const index = at % (value.length + 1);
      return value.slice(0, index) + poison + value.slice(index);
    });

const text = () =>
  fc.oneof(
    { weight: 4, arbitrary: poisoned() },
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE()) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  );

const jsonValue = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: text() },
      { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2, 3, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2)) },
      { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'a\u0000', 'code', 'score', 'version'), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }) },
    ),
  })).value;

/** A path or query part as a client would write it; lone surrogates (which no encoder takes) as the bytes a client could still send. */
function encodePart(value: string): string {
  return [...value]
    .map((character) => {
      try {
        return encodeURIComponent(character);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

/** A value as a query or path parameter (the URL has only text). */
const asUrlText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

interface FuzzRequest {
  params: Record<string, string>;
  query: Array<[string, string]>;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string };
}

/** A plausible value of a path parameter: the known ids for `:id`, anything plausible else. */
const plausibleParam = (name: string) => (name === 'id' ? fc.constantFrom(...known.slice(0, 3)) : fc.constantFrom(...PLAUSIBLE()));

/**
 * One field bad, the rest plausible or absent: a request that gets past every other check, so the
 * bad value reaches the furthest point it can (the schema, the handler, the SQL).
 */
function oneFieldArbitrary(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const paramNames = [...operation.path.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const targets: Array<['params' | 'query' | 'body', string]> = [
    ...paramNames.map((name) => ['params', name] as ['params', string]),
    ...keysOf(operation.query).map((name) => ['query', name] as ['query', string]),
    ...(hasBody ? keysOf(operation.body).map((name) => ['body', name] as ['body', string]) : []),
  ];
  if (targets.length === 0) return requestArbitrary(operation);
  const plausibleParams = fc.record(Object.fromEntries(paramNames.map((name) => [name, plausibleParam(name)])));
  // The body's other fields: plausible or absent, so some requests pass their schema but for the bad field.
  const plausibleValue = fc.oneof(fc.constantFrom(...PLAUSIBLE()), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant([]), fc.constant(null));
  const bodyKeys = keysOf(operation.body);
  const plausibleBody = fc.record(Object.fromEntries(bodyKeys.map((key) => [key, plausibleValue])), { requiredKeys: [] });
  const bad = fc.oneof({ weight: 4, arbitrary: poisoned() }, { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXTS) }, { weight: 1, arbitrary: jsonValue() });
  return fc.tuple(fc.constantFrom(...targets), bad, plausibleParams, plausibleBody).map(([[where, name], value, params, body]): FuzzRequest => ({
    params: where === 'params' ? { ...params, [name]: asUrlText(value) } : params,
    query: where === 'query' ? [[name, asUrlText(value)]] : [],
    body: !hasBody ? { kind: 'none' } : { kind: 'json', value: where === 'body' ? { ...body, [name]: value } : body },
  }));
}

/** Anything: several fields at once, wrong types, unknown keys, raw and malformed bodies. */
function requestArbitrary(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const paramNames = [...operation.path.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  const params = fc.record(Object.fromEntries(paramNames.map((name) => [name, fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE()) }, { weight: 2, arbitrary: text() })])));
  const queryKeys = [...keysOf(operation.query), 'unknown', '__proto__'];
  const queryValue = fc.oneof({ weight: 4, arbitrary: text() }, { weight: 1, arbitrary: jsonValue().map(asUrlText) });
  const query = fc.array(fc.tuple(fc.constantFrom(...queryKeys), queryValue), { maxLength: 3 });
  const bodyKeys = keysOf(operation.body);
  const shaped = bodyKeys.length > 0 ? fc.dictionary(fc.constantFrom(...bodyKeys, '__proto__', 'extra'), fc.oneof({ weight: 2, arbitrary: text() }, { weight: 3, arbitrary: jsonValue() }), { maxKeys: bodyKeys.length + 1 }) : jsonValue();
  const body: fc.Arbitrary<FuzzRequest['body']> =
    operation.method === 'GET' || operation.method === 'DELETE'
      ? fc.constant({ kind: 'none' as const })
      : fc.oneof(
          { weight: 6, arbitrary: shaped.map((value) => ({ kind: 'json' as const, value })) },
          { weight: 2, arbitrary: jsonValue().map((value) => ({ kind: 'json' as const, value })) },
          {
            weight: 1,
            arbitrary: fc.record({
              kind: fc.constant('raw' as const),
              text: fc.oneof(fc.constantFrom('', '{', '{"a":', '[1,]', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'null', '"\\u0000"', '"\\ud800"'), fc.string({ maxLength: 60 })),
              contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', 'application/octet-stream', 'multipart/form-data; boundary=x'),
            }),
          },
          { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
        );
  return fc.record({ params, query, body });
}

function toInject(operation: Operation, request: FuzzRequest): InjectOptions {
  const path = operation.path.replace(/:(\w+)/g, (_, name: string) => encodePart(request.params[name] ?? ''));
  const search = request.query.map(([key, value]) => `${encodePart(key)}=${encodePart(value)}`).join('&');
  const url = `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
  const options: InjectOptions = { method: operation.method, url };
  if (request.body.kind === 'json') {
    options.payload = JSON.stringify(request.body.value) ?? 'null';
    options.headers = { 'content-type': 'application/json' };
  } else if (request.body.kind === 'raw') {
    options.payload = request.body.text;
    options.headers = { 'content-type': request.body.contentType };
  }
  return options;
}

/** Sends as the administrator; signs in again when a request ended the session (sign-out is an operation too). */
async function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  const response = await admin.request(options);
  if (response.statusCode === 401 || (response.statusCode === 403 && response.json().error?.code === 'csrf')) {
    const again = await signIn(world.app, admin.email);
    Object.assign(admin, again);
  }
  return response;
}

const allOperations = Object.entries(operations) as Array<[string, Operation]>;

describe(`fuzzing every operation of the API (${testEngine}, ${RUNS} runs each, seed ${SEED})`, () => {
  it('covers every registered API route', () => {
    const registered = new Set(world.app.kompassRoutes.filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/') && !route.url.startsWith('/api/docs')).map((route) => `${route.method} ${route.url}`));
    const fuzzed = new Set(allOperations.map(([, operation]) => `${operation.method} ${API_PREFIX}${operation.path}`));
    expect([...registered].filter((route) => !fuzzed.has(route))).toEqual([]);
  });

  it.each(allOperations)('%s answers every generated request below 500', async (_name, operation) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(oneFieldArbitrary(operation), requestArbitrary(operation)), async (request) => {
        const options = toInject(operation, request);
        const response = await send(options);
        if (response.statusCode >= 500) {
          throw new Error(`${options.method} ${options.url} ${String(options.payload ?? '').slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
