/// <reference lib="dom" />
/**
 * Opening the workspace's evidence page of an evaluation with 200 evidence items, in Chromium,
 * signed in. "To interactive" is measured in the page from navigation start until every one of
 * the 200 items is rendered and the main thread is idle (a requestIdleCallback fires). The first
 * visit has an empty browser cache; the repeat visits have the app's files cached, as a user
 * moving between evaluations has. Target: ≤ 300 ms.
 *
 * Against a running Kompass in demo mode:
 *   npx tsx bench/workspace-open-bench.ts http://127.0.0.1:3000
 */
import { chromium } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { createDraft, headersOf, signIn, summary, type Session } from './http-session.js';

const ITEMS = 200;
const UNITS = ['1.1', '1.2', '2.1', '2.3', '3.2', '4.1', '5.4', '6.3', '7.2', '8.1'];

/** Interviews, documents and observations in turn, each linked to two or three sub-areas, with notes. */
function evidenceItem(index: number) {
  const unitCodes = [UNITS[index % UNITS.length]!, UNITS[(index + 3) % UNITS.length]!, ...(index % 3 === 0 ? [UNITS[(index + 5) % UNITS.length]!] : [])];
  const notes = `Anteckning ${index}: vad som sades och vilka dokument som nämndes. `.repeat(4);
  const day = `2026-03-${String((index % 28) + 1).padStart(2, '0')}`;
  if (index % 3 === 0) return { kind: 'interview', occurredOn: day, intervieweeGroup: 'manager', people: 1 + (index % 5), title: `Intervju ${index}`, notes, unitCodes };
  if (index % 3 === 1) return { kind: 'document', documentKind: 'plan', occurredOn: day, title: `Dokument ${index}`, url: `https://example.org/dokument/${index}`, notes, unitCodes };
  return { kind: 'observation', channel: 'website', occurredOn: day, title: `Observation ${index}`, url: `https://example.org/sida/${index}`, notes, unitCodes };
}

async function addEvidence(baseUrl: string, session: Session, id: string): Promise<void> {
  for (let index = 0; index < ITEMS; index += 1) {
    const response = await fetch(`${baseUrl}/api/evaluations/${id}/evidence`, { method: 'POST', headers: headersOf(session), body: JSON.stringify(evidenceItem(index)) });
    if (response.status !== 201) throw new Error(`evidence ${index} was refused: ${response.status} ${await response.text()}`);
  }
}

export async function benchWorkspaceOpen(baseUrl: string, options: { runs?: number; chromiumPath?: string } = {}) {
  const { runs = 10, chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = options;
  const admin = DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!;
  const session = await signIn(baseUrl, admin.email, admin.password);
  const id = await createDraft(baseUrl, session);
  await addEvidence(baseUrl, session, id);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const [name, value] = session.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    const timings: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/utvarderingar/${id}/arbetsyta/underlag`);
      await page.waitForFunction((count) => document.querySelectorAll('article.evidence-item').length === count, ITEMS, { polling: 'raf', timeout: 30_000 });
      const interactiveMs = await page.evaluate(() => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()))));
      timings.push(interactiveMs);
    }
    const [cold, ...warm] = timings;
    return { items: ITEMS, coldMs: Math.round(cold ?? 0), warmMs: summary(warm), runs: warm.map(Math.round), targetMs: 300 };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchWorkspaceOpen(process.argv[2] ?? 'http://127.0.0.1:3000'), null, 2));
}
