/// <reference lib="dom" />
/**
 * The JavaScript a first visit downloads, in Chromium with an empty cache: for each public page
 * and the workspace's evidence page, the gzipped bytes of every script response until the page is
 * rendered (its h1 shown and nothing on it busy loading), and, for comparison, until the network
 * is idle (files a page fetches after it shows, such as the chart library). Each script's body is
 * gzipped here (level 6), whether or not the server compressed it, so the figures do not depend
 * on the server. Goal: ≤ 150 KB gzip for the public pages. Also the size of every file of the
 * built web app (dist/web/assets), gzipped the same way.
 *
 * Against a running Kompass in demo mode:
 *   npx tsx bench/first-load-bench.ts http://127.0.0.1:3000
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { projectPath } from '../src/paths.js';
import { createDraft, signIn } from './http-session.js';

const GOAL_KB = 150;

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length / 1024;
const round = (kb: number) => Math.round(kb * 10) / 10;

interface RouteLoad {
  route: string;
  path: string;
  /** Gzipped KB of JavaScript until the page is rendered. */
  renderedKb: number;
  /** Gzipped KB of JavaScript until the network is idle. */
  idleKb: number;
  files: number;
  renderedMs: number;
  withinGoal: boolean | null;
}

async function measure(browser: Browser, baseUrl: string, route: string, path: string, cookie: string | null, isPublic: boolean): Promise<RouteLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  try {
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: baseUrl }]);
    }
    const page = await context.newPage();
    const scripts: Array<Promise<{ kb: number; atMs: number }>> = [];
    const began = Date.now();
    page.on('response', (response) => {
      const url = response.url();
      const type = response.headers()['content-type'] ?? '';
      if (!url.endsWith('.js') && !type.includes('javascript')) return;
      const atMs = Date.now() - began;
      scripts.push(response.body().then((body) => ({ kb: gzipKb(body), atMs })));
    });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForFunction(() => document.querySelector('main h1') !== null && document.querySelector('main [aria-busy="true"]') === null, undefined, {
      polling: 'raf',
      timeout: 30_000,
    });
    const renderedMs = Date.now() - began;
    const rendered = (await Promise.all(scripts)).filter((entry) => entry.atMs <= renderedMs);
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(scripts);
    const renderedKb = rendered.reduce((sum, entry) => sum + entry.kb, 0);
    return {
      route,
      path,
      renderedKb: round(renderedKb),
      idleKb: round(all.reduce((sum, entry) => sum + entry.kb, 0)),
      files: rendered.length,
      renderedMs,
      withinGoal: isPublic ? renderedKb <= GOAL_KB : null,
    };
  } finally {
    await context.close();
  }
}

/** Every JavaScript file of the built web app with its gzipped size, largest first. */
export function bundleSizes(dir = projectPath('dist', 'web', 'assets')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { file: name, kb: round(bytes.length / 1024), gzipKb: round(gzipKb(bytes)) };
    })
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

export async function benchFirstLoad(baseUrl: string, options: { chromiumPath?: string } = {}) {
  const { chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = options;
  const list = (await (await fetch(`${baseUrl}/api/evaluations?limit=1&lang=sv`)).json()) as { items: Array<{ id: string; municipality: { id: string } }> };
  const published = list.items[0]!;
  const admin = DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!;
  const session = await signIn(baseUrl, admin.email, admin.password);
  const draft = await createDraft(baseUrl, session);
  const routes: Array<[string, string, boolean]> = [
    ['start', '/', true],
    ['municipalities', '/kommuner', true],
    ['municipality', `/kommuner/${published.municipality.id}`, true],
    ['evaluation', `/utvarderingar/${published.id}`, true],
    ['statistics', '/statistik', true],
    ['search', '/sok', true],
    ['frameworks', '/ramverk', true],
    ['workspace evidence (signed in)', `/utvarderingar/${draft}/arbetsyta/underlag`, false],
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const loads: RouteLoad[] = [];
    for (const [route, path, isPublic] of routes) loads.push(await measure(browser, baseUrl, route, path, isPublic ? null : session.cookie, isPublic));
    return { goalKb: GOAL_KB, routes: loads, bundle: bundleSizes() };
  } finally {
    await browser.close();
  }
}

/** The figures as two tables for the console. */
export function printFirstLoad(result: Awaited<ReturnType<typeof benchFirstLoad>>): void {
  console.log(`Initial JavaScript per page (gzip KB, empty cache; goal ≤ ${result.goalKb} KB for public pages):`);
  console.table(
    result.routes.map((entry) => ({
      page: entry.route,
      path: entry.path,
      'to rendered KB': entry.renderedKb,
      'to network idle KB': entry.idleKb,
      files: entry.files,
      'rendered ms': entry.renderedMs,
      goal: entry.withinGoal === null ? '–' : entry.withinGoal ? 'met' : 'MISSED',
    })),
  );
  console.log('Files of the built web app (KB, gzip KB):');
  console.table(result.bundle.map((entry) => ({ file: entry.file, KB: entry.kb, 'gzip KB': entry.gzipKb })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchFirstLoad(process.argv[2] ?? 'http://127.0.0.1:3000');
  printFirstLoad(result);
}
