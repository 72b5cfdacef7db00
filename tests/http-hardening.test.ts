import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeError } from '../src/kernel/log-safety.js';
import { signedInAs, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';

/** A raw connection: what it received, and when it closed. */
interface RawConnection {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

function open(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', () => undefined); // a reset is also a close
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.once('connect', () => resolve({ socket, received: () => text, closed }));
    socket.once('error', reject);
  });
}

/** Whether the connection closes within `ms` (the test gives the server several times its timeout). */
async function closesWithin(connection: RawConnection, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([connection.closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  clearTimeout(timer);
  return result;
}

/** Keeps writing a byte now and then, so only the request's own deadline can end it (not silence). */
function trickle(connection: RawConnection, byte: string): NodeJS.Timeout {
  return setInterval(() => {
    if (!connection.socket.destroyed) connection.socket.write(byte);
  }, 100);
}

/** An app with short timeouts, one upload at a time and a web app directory; listening. */
let world: TestWorld;
/** An app behind a trusted proxy, writing its debug log into `log`. */
let logged: TestWorld;
let log = '';
const webDir = mkdtempSync(join(tmpdir(), 'kompass-web-'));

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kompass</title>');
  writeFileSync(join(webDir, 'assets', 'app-0123abcd.js'), 'console.log(1)');
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  world = await createTestWorld({ app: { webDir, http: { requestTimeoutMs: 1000, headersTimeoutMs: 500, idleTimeoutMs: 1500, keepAliveTimeoutMs: 1000, maxConcurrentUploads: 1 } } });
  logged = await createTestWorld({ trustProxy: true, app: { logLevel: 'debug', logStream: stream } });
});
afterAll(async () => {
  await world?.close();
  await logged?.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('slow clients', () => {
  let port: number;
  let admin: Client;
  const timers: NodeJS.Timeout[] = [];

  beforeAll(async () => {
    admin = await signedInAs(world, 'admin');
    await world.app.listen({ host: '127.0.0.1', port: 0 });
    port = (world.app.server.address() as { port: number }).port;
  });
  afterAll(() => {
    for (const timer of timers) clearInterval(timer);
  });

  it('closes a connection whose body stops halfway (and one that keeps trickling), and keeps answering others', { timeout: 20_000 }, async () => {
    const head = 'POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const silent = await open(port);
    silent.socket.write(`${head}{"email":"someone@example.se",`);
    const trickling = await open(port);
    trickling.socket.write(`${head}{"email":"`);
    timers.push(trickle(trickling, 'a'));

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);

    expect(await closesWithin(silent, 8000)).toBe(true);
    expect(await closesWithin(trickling, 8000)).toBe(true);
    expect(trickling.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(JSON.parse(trickling.received().split('\r\n\r\n')[1]!)).toMatchObject({ error: { code: 'request_timeout' } });
  });

  it('drops a client that never finishes its headers', { timeout: 20_000 }, async () => {
    const connection = await open(port);
    connection.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    timers.push(trickle(connection, 'X-Slow: y\r\n'));
    expect(await closesWithin(connection, 8000)).toBe(true);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses headers larger than the limit with 431', async () => {
    const connection = await open(port);
    connection.socket.write(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 431/);
    // In the app's own error format, like every other refusal.
    expect(JSON.parse(connection.received().split('\r\n\r\n')[1]!)).toMatchObject({ error: { code: 'headers_too_large' } });
  });

  it('answers whole requests as before, several on one connection', async () => {
    const connection = await open(port);
    connection.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    await connection.closed;
    expect(connection.received().match(/HTTP\/1\.1 200/g)).toHaveLength(2);
  });

  it('receives one upload at a time here: another is answered 503 busy with Retry-After until the first ends', { timeout: 20_000 }, async () => {
    const startUpload = async () => {
      const connection = await open(port);
      connection.socket.write(
        `POST /api/imports?filename=slow.txt HTTP/1.1\r\nHost: localhost\r\nCookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrfToken}\r\n` +
          'Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\nhalf',
      );
      return connection;
    };
    let upload = await startUpload();
    // The slot is taken once the upload's headers are through. A request sent before that may take
    // the slot first and the slow upload is then the one refused: start it again and retry.
    let second = await admin.request({ method: 'POST', url: '/api/imports?filename=second.txt', headers: { 'content-type': 'application/octet-stream' }, payload: 'Kommunkompassen' });
    for (let attempt = 0; attempt < 50 && second.statusCode !== 503; attempt += 1) {
      if (upload.received().startsWith('HTTP/1.1 503')) {
        upload.socket.destroy();
        await upload.closed;
        upload = await startUpload();
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      second = await admin.request({ method: 'POST', url: '/api/imports?filename=second.txt', headers: { 'content-type': 'application/octet-stream' }, payload: 'Kommunkompassen' });
    }
    expect(second.statusCode).toBe(503);
    expect(second.json().error.code).toBe('busy');
    expect(second.headers['retry-after']).toBe('5');
    // Other routes are not limited.
    expect((await admin.get('/api/session')).statusCode).toBe(200);

    upload.socket.destroy();
    await upload.closed;
    let third = await admin.request({ method: 'POST', url: '/api/imports?filename=third.txt', headers: { 'content-type': 'application/octet-stream' }, payload: 'Kommunkompassen' });
    for (let attempt = 0; attempt < 50 && third.statusCode === 503; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      third = await admin.request({ method: 'POST', url: '/api/imports?filename=third.txt', headers: { 'content-type': 'application/octet-stream' }, payload: 'Kommunkompassen' });
    }
    expect(third.statusCode, third.body).toBe(202);
  });
});

describe('headers of private and public answers', () => {

  it('answers every API request with Cache-Control: no-store: signed-in reads, the session, errors, public reads', async () => {
    const client = await signedInAs(world, 'evaluator');
    for (const response of [
      await client.get('/api/session'),
      await client.get('/api/evaluations'),
      await client.get('/api/evaluations/00000000-0000-4000-8000-000000000000'),
      await world.app.inject({ method: 'GET', url: '/api/session' }),
      await world.app.inject({ method: 'GET', url: '/api/municipalities?q=Ale' }),
      await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'nobody@example.se', password: 'wrong' } }),
    ]) {
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('leaves the web app files their own caching', async () => {
    const asset = await world.app.inject({ method: 'GET', url: '/assets/app-0123abcd.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await world.app.inject({ method: 'GET', url: '/kommuner' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).not.toContain('no-store');
  });

  it('sends HSTS only over HTTPS, which only a trusted proxy can say', async () => {
    const plain = await world.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const untrusted = await world.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await logged.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plainViaProxy = await logged.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'http' } });
    expect(plainViaProxy.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('the log', () => {
  it("keeps a failing query's parameters and values out of the log, and says what failed", async () => {
    const { db } = logged.context.database;
    await db.execute(sql`alter table users rename to users_away`);
    try {
      const response = await logged.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'anna.andersson@example.se', password: 'hemligt-lösenord' } });
      expect(response.statusCode).toBe(500);
    } finally {
      await db.execute(sql`alter table users_away rename to users`);
    }
    expect(log).toContain('unhandled error');
    expect(log).toContain('users'); // the failing SQL and PostgreSQL's message stay
    expect(log).toContain('params: [redacted]');
    expect(log).not.toContain('anna.andersson');
    expect(log).not.toContain('hemligt');
  });

  it('logs requests without their query strings, cookies or tokens', async () => {
    log = '';
    const response = await logged.app.inject({ method: 'GET', url: '/api/municipalities?q=anna.andersson@example.se', headers: { cookie: 'kompass_session=secret-session-token' } });
    expect(response.statusCode).toBe(200);
    expect(log).toContain('/api/municipalities');
    expect(log).not.toContain('anna.andersson');
    expect(log).not.toContain('secret-session-token');
  });

  it("drops PostgreSQL's detail and quoted input from database errors", async () => {
    const { db } = logged.context.database;
    const caught = await db
      .transaction(async (tx) => {
        await tx.execute(sql`create temporary table log_check (email text unique) on commit drop`);
        await tx.execute(sql`insert into log_check values (${'anna.andersson@example.se'})`);
        await tx.execute(sql`insert into log_check values (${'anna.andersson@example.se'})`);
      })
      .catch((error: unknown) => error);
    const uniqueLogged = JSON.stringify(safeError(caught));
    expect(uniqueLogged).toContain('23505');
    expect(uniqueLogged).toContain('log_check_email_key');
    expect(uniqueLogged).not.toContain('anna.andersson');

    const cast = await db.execute(sql`select ${'anna.andersson@example.se'}::uuid`).catch((error: unknown) => error);
    const castLogged = JSON.stringify(safeError(cast));
    expect(castLogged).toContain('invalid input syntax for type uuid');
    expect(castLogged).not.toContain('anna.andersson');
  });
});
