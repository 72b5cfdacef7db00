/** A signed-in HTTP session against a running Kompass, and latency summaries: shared by the benches. */

export interface Session {
  /** The `kompass_session=…` pair to send as Cookie. */
  cookie: string;
  csrfToken: string;
}

/** The value at percentile p (nearest rank) of ascending values, to two decimals. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 100) / 100;
}

export const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
};

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export const headersOf = (session: Session) => ({ 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken });

/** A fresh 2020 draft without assigned evaluators (agreed scores may be set at once). */
export async function createDraft(baseUrl: string, session: Session): Promise<string> {
  const created = await fetch(`${baseUrl}/api/evaluations`, {
    method: 'POST',
    headers: headersOf(session),
    body: JSON.stringify({ municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-06' }),
  });
  if (created.status !== 201) throw new Error(`could not create the draft: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}
