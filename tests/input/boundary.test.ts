/**
 * The input boundary through the API (src/kernel/input-boundary.ts): bad text, bad dates,
 * malformed or poisoned JSON, unsupported content types, over-long or undecodable URLs, and bad
 * values of the headers the app reads, each answered 400/413/414/415 in the app's error format
 * naming the field, never 500. On the real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../support/accounts.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let world: TestWorld;
let admin: Client;
let draftId: string;

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  admin = await signedInAs(world, 'admin');
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
  expect(created.statusCode, created.body).toBe(201);
  draftId = created.json().id;
}, 120_000);
afterAll(async () => world?.close());

const anonymous = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  world.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

/** The answer is the app's error with this status and code, and names the field. */
function expectRefusal(response: LightMyRequestResponse, status: number, code: string, field?: string) {
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json();
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  expect(Array.isArray(error.details)).toBe(true);
  if (field) expect(error.details.map((detail: { field: string }) => detail.field)).toContain(field);
}

describe(`the anonymous probes of the issue answer 400 (${testEngine})`, () => {
  it('sign-in with a NUL in the e-mail address', async () => {
    const response = await anonymous('POST', '/api/session', { email: 'a\u0000b@example.se', password: 'x' });
    expectRefusal(response, 400, 'validation', 'body.email');
    expect(response.json().error.details[0].message).toContain('U+0000');
  });

  it('the municipality search with a NUL', async () => {
    expectRefusal(await anonymous('GET', '/api/municipalities?q=a%00b'), 400, 'validation', 'query.q');
  });

  it('the framework filter of evaluations and of reference averages with a NUL', async () => {
    expectRefusal(await anonymous('GET', '/api/evaluations?framework=a%00b'), 400, 'validation', 'query.framework');
    expectRefusal(await anonymous('GET', '/api/reference-averages?framework=a%00b'), 400, 'validation', 'query.framework');
  });

  it('a report date that is no date at all, like an impossible one', async () => {
    for (const date of ['2026-99-99', '2026-02-30', '2026-00-10', '2025-02-29', 'h\u000btml']) {
      const response = await admin.get(`/api/evaluations/${world.demoIds[0]}/report?date=${encodeURIComponent(date)}`);
      expectRefusal(response, 400, 'validation', 'query.date');
    }
    // A real leap day passes the date check (the report itself is made).
    expect((await admin.get(`/api/evaluations/${world.demoIds[0]}/report?date=2024-02-29`)).statusCode).toBe(200);
  });
});

describe(`text inputs (${testEngine})`, () => {
  it('refuses other control characters and lone surrogates wherever they are, naming the path', async () => {
    for (const bad of ['\u0001', '\u001b', '\u007f', '\u0085', '\ud800', 'x\udc00']) {
      const response = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', evaluators: ['Anna', `Bo${bad}`] });
      expectRefusal(response, 400, 'validation', 'body.evaluators.1');
    }
  });

  it('refuses line breaks and tabs in path parameters and the query, keeps them in multi-line texts', async () => {
    expectRefusal(await anonymous('GET', '/api/municipalities?q=G%C3%B6teborg%0A'), 400, 'validation', 'query.q');
    expectRefusal(await anonymous('GET', '/api/municipalities/se-2284%09'), 400, 'validation', 'params.id');
    const texts = (await admin.get(`/api/evaluations/${draftId}/texts`)).json();
    const text = '## Sammanfattning\n\n- Punkt ett\r\n- Punkt två\tmed tabb\n\nÅäö 😀';
    const saved = await admin.put(`/api/evaluations/${draftId}/summary`, { version: texts.summary.version || 1, text });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().text).toBe(text);
  });

  it('refuses keys with control characters and the keys __proto__ and constructor in JSON', async () => {
    const raw = (payload: string) =>
      world.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload });
    expectRefusal(await raw('{"__proto__":{"admin":true},"email":"a@b.se","password":"x"}'), 400, 'validation', 'body.__proto__');
    expectRefusal(await raw('{"email":"a@b.se","password":"x","nested":{"constructor":{"prototype":{}}}}'), 400, 'validation', 'body.nested.constructor');
    expectRefusal(await raw('{"email":"a@b.se","password":"x","a\\u0000":1}'), 400, 'validation', 'body.a\\u0000');
  });

  it('an upload body is bytes, NUL included; its file name is text and is checked', async () => {
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00]);
    const upload = (filename: string) =>
      admin.request({
        method: 'POST',
        url: `/api/evaluations/${draftId}/evidence-files?filename=${encodeURIComponent(filename)}`,
        headers: { 'content-type': 'application/pdf' },
        payload: bytes,
      });
    const accepted = await upload('bilaga.pdf');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().sizeBytes).toBe(bytes.length);
    expectRefusal(await upload('bilaga\u0000.pdf'), 400, 'validation', 'query.filename');
  });

  it('refuses a session cookie or CSRF token with control characters instead of failing', async () => {
    const cookie = await world.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: 'kompass_session=abc\u0000def' } });
    expectRefusal(cookie, 400, 'validation', 'cookies.kompass_session');
    const token = await world.app.inject({
      method: 'PUT',
      url: `/api/evaluations/${draftId}/summary`,
      headers: { cookie: admin.cookie, 'x-csrf-token': `${admin.csrfToken}\u0001` },
      payload: { version: 1, text: 'x' },
    });
    expectRefusal(token, 400, 'validation', 'headers.x-csrf-token');
    // Another application's cookie on the same host is not Kompass's business.
    const other = await world.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `${admin.cookie}; other=\u0085\u0082` } });
    expect(other.statusCode).toBe(200);
  });
});

describe(`bodies and URLs the app cannot take (${testEngine})`, () => {
  const post = (payload: string, contentType?: string) =>
    world.app.inject({ method: 'POST', url: '/api/session', headers: contentType ? { 'content-type': contentType } : {}, payload });

  it('answers a body that is not JSON, or empty, with 400 invalid_json', async () => {
    expectRefusal(await post('{"email":', 'application/json'), 400, 'invalid_json', 'body');
    expectRefusal(await post('[1,]', 'application/json; charset=utf-8'), 400, 'invalid_json', 'body');
    expectRefusal(await post('', 'application/json'), 400, 'invalid_json', 'body');
    // Where it broke, never the body itself (the parser's own message would quote the password).
    const quoted = await post('{"email":"a@b.se","password":hemligt-lösenord}', 'application/json');
    expectRefusal(quoted, 400, 'invalid_json', 'body');
    expect(quoted.body).not.toContain('hemligt');
    expect(quoted.json().error.message).toBe('The body is not valid JSON');
  });

  it('answers a content type no route takes with 415 unsupported_media_type', async () => {
    const response = await post('<session/>', 'application/xml');
    expectRefusal(response, 415, 'unsupported_media_type', 'headers.content-type');
    expect(response.json().error.message).toContain('application/xml');
  });

  it('answers a body over the limit with 413 payload_too_large', async () => {
    expectRefusal(await post(JSON.stringify({ email: 'x'.repeat(1_100_000), password: 'x' }), 'application/json'), 413, 'payload_too_large');
  });

  it('answers an over-long path parameter with 414 and an undecodable URL with 400, in the app format', async () => {
    expectRefusal(await admin.get(`/api/evaluations/${'a'.repeat(300)}`), 414, 'uri_too_long', 'params');
    expectRefusal(await admin.get('/api/evaluations/%E0%A4%A'), 400, 'bad_request', 'url');
  });

  it('answers an unknown route with 404 not_found', async () => {
    expectRefusal(await anonymous('GET', '/api/no-such-thing'), 404, 'not_found');
  });
});
