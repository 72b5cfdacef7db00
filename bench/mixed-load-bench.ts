/**
 * Mixed load: many connections at once, each sending one request after another, a mix of public
 * reads, signed-in reads and text edits (with the version last read; a 409 is expected when
 * another connection edited the text first, and the connection takes the version from it).
 * Counts errors (network failures and answers other than 2xx and those expected 409s) and
 * timeouts; the target is none of either.
 *
 * Against a running Kompass in demo mode:
 *   npx tsx bench/mixed-load-bench.ts http://127.0.0.1:3000 [connections] [seconds]
 */
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { createDraft, headersOf, signIn, summary, type Session } from './http-session.js';

export interface MixedLoadOptions {
  connections?: number;
  seconds?: number;
  /** A request that takes longer than this counts as a timeout. */
  timeoutMs?: number;
}

type Kind = 'public' | 'signed-in' | 'write';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function benchMixedLoad(baseUrl: string, options: MixedLoadOptions = {}) {
  const { connections = 200, seconds = 60, timeoutMs = 10_000 } = options;
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
  const evaluator = DEMO_ACCOUNTS.find((account) => account.role === 'evaluator')!;
  const sessions: Array<{ session: Session; draftIds: string[] }> = [];
  for (let index = 0; index < 20; index += 1) {
    const account = index % 2 === 0 ? admin : evaluator;
    const session = await signIn(baseUrl, account.email, account.password);
    const drafts = await json<{ items: Array<{ id: string }> }>(await fetch(`${baseUrl}/api/evaluations?status=draft`, { headers: headersOf(session) }));
    sessions.push({ session, draftIds: drafts.items.map((item) => item.id) });
  }
  const adminSessions = sessions.filter((_, index) => index % 2 === 0).map((entry) => entry.session);
  // The edits go to a draft of their own, so the demo stays as it is.
  const editedId = await createDraft(baseUrl, adminSessions[0]!);
  const texts = await json<{ areas: Array<{ subareas: Array<{ unitCode: string; version: number }> }> }>(
    await fetch(`${baseUrl}/api/evaluations/${editedId}/texts`, { headers: headersOf(adminSessions[0]!) }),
  );
  const units = texts.areas.flatMap((area) => area.subareas.map((subarea) => subarea.unitCode));
  const published = await json<{ items: Array<{ id: string; municipality: { id: string } }> }>(await fetch(`${baseUrl}/api/evaluations?limit=50`));
  const publishedIds = published.items.map((item) => item.id);
  const municipalityIds = [...new Set(published.items.map((item) => item.municipality.id))];
  if (publishedIds.length === 0) throw new Error('no published evaluation to read');

  const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const publicReads = [
    () => `/api/evaluations/${pick(publishedIds)}`,
    () => `/api/evaluations?municipality=${pick(municipalityIds)}`,
    () => `/api/municipalities/${pick(municipalityIds)}`,
    () => `/api/evaluations/${pick(publishedIds)}/comparison`,
    () => '/api/frameworks',
    () => '/api/health',
  ];

  const latencies: Record<Kind, number[]> = { public: [], 'signed-in': [], write: [] };
  const counts = { requests: 0, ok: 0, conflicts409: 0, timeouts: 0 };
  const errors = new Map<string, number>();
  const error = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const timeouts = new Map<string, number>();
  /** When in the run (10-second steps) the requests that timed out were sent. */
  const timeoutsSentAt = new Map<string, number>();
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;

  async function connection(index: number): Promise<void> {
    const { session, draftIds } = sessions[index % sessions.length]!;
    const editor = adminSessions[index % adminSessions.length]!;
    const known = new Map<string, number>();
    while (performance.now() < deadline) {
      const roll = Math.random();
      const kind: Kind = roll < 0.45 ? 'public' : roll < 0.9 ? 'signed-in' : 'write';
      const unit = pick(units);
      let request: { path: string; init: RequestInit };
      if (kind === 'public') request = { path: pick(publicReads)(), init: {} };
      else if (kind === 'signed-in') {
        const id = draftIds.length > 0 ? pick(draftIds) : editedId;
        request = { path: Math.random() < 0.5 ? `/api/evaluations/${id}` : `/api/evaluations/${id}/texts`, init: { headers: headersOf(session) } };
      } else {
        const body = JSON.stringify({ version: known.get(unit) ?? 0, analysis: `Anslutning ${index} skrev ${new Date().toISOString()}` });
        request = { path: `/api/evaluations/${editedId}/subareas/${unit}/text`, init: { method: 'PUT', headers: headersOf(editor), body } };
      }
      const began = performance.now();
      counts.requests += 1;
      try {
        const response = await fetch(`${baseUrl}${request.path}`, { ...request.init, signal: AbortSignal.timeout(timeoutMs) });
        const text = await response.text();
        latencies[kind].push(performance.now() - began);
        if (response.ok) {
          counts.ok += 1;
          if (kind === 'write') known.set(unit, (JSON.parse(text) as { version: number }).version);
        } else if (kind === 'write' && response.status === 409) {
          counts.conflicts409 += 1;
          known.set(unit, (JSON.parse(text) as { error: { currentVersion: number } }).error.currentVersion);
        } else {
          error(`${request.init.method ?? 'GET'} ${request.path.replace(/[0-9a-f-]{36}/g, ':id').replace(/=.*$/, '=…')} → ${response.status}`);
        }
      } catch (failure) {
        if (failure instanceof Error && (failure.name === 'TimeoutError' || failure.name === 'AbortError')) {
          counts.timeouts += 1;
          const route = `${request.init.method ?? 'GET'} ${request.path.replace(/[0-9a-f-]{36}/g, ':id').replace(/=.*$/, '=…').replace(/\/(se|no)-\d+/, '/:municipality')}`;
          timeouts.set(route, (timeouts.get(route) ?? 0) + 1);
          const step = `${Math.floor((began - startedAt) / 10_000) * 10}s`;
          timeoutsSentAt.set(step, (timeoutsSentAt.get(step) ?? 0) + 1);
        } else error(`${request.init.method ?? 'GET'} ${request.path.replace(/[0-9a-f-]{36}/g, ':id')}: ${failure instanceof Error ? (failure.cause instanceof Error ? failure.cause.message : failure.message) : String(failure)}`);
      }
    }
  }

  const began = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, index) => connection(index)));
  const elapsed = (performance.now() - began) / 1000;
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  return {
    connections,
    seconds: Math.round(elapsed * 10) / 10,
    requests: counts.requests,
    requestsPerSecond: Math.round(counts.requests / elapsed),
    ok: counts.ok,
    expectedConflicts409: counts.conflicts409,
    errors: errorCount,
    timeouts: counts.timeouts,
    errorsByKind: Object.fromEntries(errors),
    timeoutsByRoute: Object.fromEntries(timeouts),
    timeoutsBySecondSent: Object.fromEntries([...timeoutsSentAt].sort(([a], [b]) => parseInt(a) - parseInt(b))),
    latencyMs: { public: summary(latencies.public), signedIn: summary(latencies['signed-in']), write: summary(latencies.write) },
    mix: { public: latencies.public.length, signedIn: latencies['signed-in'].length, write: latencies.write.length },
    target: { errors: 0, timeouts: 0, timeoutMs },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  console.log(JSON.stringify(await benchMixedLoad(baseUrl, { connections: Number(process.argv[3] ?? 200), seconds: Number(process.argv[4] ?? 60) }), null, 2));
}
