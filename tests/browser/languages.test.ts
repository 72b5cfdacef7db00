/**
 * Every page of the web app in Norwegian and English: no Swedish text of the UI catalogue is
 * left on it (a key the language lacks falls back to Swedish, and text outside the catalogue is
 * Swedish), and axe finds nothing on any page in any of the three languages. The pages are
 * visited as the public, an administrator, an assigned evaluator and a municipality user.
 *
 * Content (report texts, rationales, comments) is in the evaluated municipality's language and
 * marked with its `lang` where that differs from the page's; the walk skips what stands inside
 * such an element.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/auth/user-commands.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import type { Language } from '../../src/i18n/index.js';
import { UI_FEATURES } from '../../src/i18n/ui-catalogue.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { swedishLeftovers, swedishPatterns, type SwedishPattern } from '../support/swedish-patterns.js';
import { demoEvaluation, signInThroughForm, startWebWorld, type WebWorld } from './web-world.js';

type Visitor = 'public' | 'admin' | 'evaluator' | 'municipality' | 'respondent';

interface WalkPage {
  name: string;
  path: string;
}

const LANGUAGE_KEY = 'kompass.language';

/** Opens a page and waits for its heading and for its data to have loaded. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').waitFor();
  // Pages load their sections after the heading; the workspace keeps a presence heartbeat, so
  // a quiet network is waited for only briefly.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
}

/** Chooses the UI language the way the switcher remembers it (the page must show the app). */
async function setLanguage(page: Page, language: Language): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('/');
  await page.evaluate(([key, value]) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(key!, value!), [LANGUAGE_KEY, language]);
}

/** Axe's findings on the page as it stands, one line each, named by `where`. */
async function axeFindings(page: Page, where: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe.skipIf(!runBrowserTests)('web app: every page in Norwegian and English', () => {
  let web: WebWorld;
  const pages = new Map<Visitor, Page>();
  const walk = new Map<Visitor, WalkPage[]>();

  beforeAll(async () => {
    web = await startWebWorld();
    const account = (role: string, index = 0) => DEMO_ACCOUNTS.filter((entry) => entry.role === role)[index]!;
    pages.set('public', await web.newPage());
    for (const [visitor, demo] of [
      ['admin', account('admin')],
      ['evaluator', account('evaluator')],
      ['municipality', account('municipality')],
      // Olofström's user, the respondent of the demo's question set.
      ['respondent', account('municipality', 2)],
    ] as const) {
      const page = await web.newPage();
      await signInThroughForm(page, demo.email, demo.password);
      pages.set(visitor, page);
    }

    // The evaluations in progress are seen only when signed in.
    const admin = pages.get('admin')!;
    const list = (await (await admin.request.get('/api/evaluations?limit=500')).json()) as {
      items: Array<{ id: string; status: string; municipality: { id: string } }>;
    };
    const inProgress = (municipalityId: string, status: string) => {
      const found = list.items.find((item) => item.municipality.id === municipalityId && item.status === status);
      if (!found) throw new Error(`No demo evaluation of ${municipalityId} in ${status}`);
      return found.id;
    };
    const drafting = inProgress('se-1060', 'draft');
    const calibrating = inProgress('se-2080', 'draft');
    const factCheck = inProgress('se-2029', 'fact_check');
    // Umeå's draft on the demo's model version with example criteria.
    const byCriteria = inProgress('se-2480', 'draft');
    const published = demoEvaluation(web, 'se-2029', 2023);
    const norwegian = list.items.find((item) => item.municipality.id === 'no-4601' && item.status === 'published')?.id;
    if (!norwegian) throw new Error('The demo has no published evaluation of Bergen');
    const older = demoEvaluation(web, 'se-2284', 2013);
    // A password link as a new user gets it (the page reads the token from the address; viewing does not use it up).
    const { link } = await createAccount(
      web.world.context.database.db,
      { email: 'sprak.ny@test.kompass.invalid', name: 'Nora Nyström', organisation: 'Test', role: 'evaluator' },
      'test',
      web.world.context.auth,
    );
    const token = link!.url.slice(link!.url.indexOf('#') + 1);
    // The demo question set and Olofström's questionnaire from it.
    const sets = (await (await admin.request.get('/api/question-sets')).json()) as { items: Array<{ id: string; demo: boolean }> };
    const demoSet = sets.items.find((set) => set.demo)?.id;
    const sent = (await (await admin.request.get(`/api/evaluations/${drafting}/questionnaire`)).json()) as { questionnaire: { id: string } | null };
    if (!demoSet || !sent.questionnaire) throw new Error('The demo has no question set sent to Olofström');
    const questionnaire = sent.questionnaire.id;
    // A draft model version made from 2020 with only its Swedish title (so its problems are listed).
    const session = (await (await admin.request.get('/api/session')).json()) as { csrfToken: string };
    const draftVersion = await admin.request.post('/api/framework-versions', {
      data: { basedOn: 'kommunkompassen-2020', id: 'sprakvandring-2030', title: { sv: 'Språkvandring 2030' } },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    if (draftVersion.status() !== 201) throw new Error(`No draft model version: ${draftVersion.status()}`);
    const workspace = (id: string, tab = '') => `/utvarderingar/${id}/arbetsyta${tab ? `/${tab}` : ''}`;

    walk.set('public', [
      { name: 'start', path: '/' },
      { name: 'municipality search', path: '/kommuner?q=%C3%B6rnsk' },
      { name: 'all municipalities', path: '/kommuner' },
      { name: 'search in the reports (no query)', path: '/sok' },
      { name: 'search in the reports (hits)', path: '/sok?q=folkem%C3%B8te' },
      { name: 'search in the reports (no hits, a filter)', path: '/sok?q=xylofonkvartett&kind=summary' },
      { name: 'search in the reports (refused query)', path: '/sok?q=%22folkem%C3%B8te' },
      { name: 'municipality', path: '/kommuner/se-2284' },
      { name: 'municipality in Norway', path: '/kommuner/no-4601' },
      { name: 'evaluation in Norway (published)', path: `/utvarderingar/${norwegian}` },
      { name: 'evaluation (published)', path: `/utvarderingar/${published}` },
      { name: 'evaluation (2010 model)', path: `/utvarderingar/${older}` },
      { name: 'report page', path: `/utvarderingar/${published}/rapport` },
      { name: 'frameworks', path: '/ramverk' },
      { name: 'framework 2020', path: '/ramverk/kommunkompassen-2020' },
      { name: 'framework with example criteria', path: '/ramverk/kommunkompassen-2020-exempelkriterier' },
      { name: 'good examples', path: '/goda-exempel' },
      { name: 'municipality cited as a good example', path: '/kommuner/no-1103' },
      { name: 'statistics', path: '/statistik' },
      { name: 'accessibility statement', path: '/tillganglighet' },
      { name: 'open data', path: '/oppna-data' },
      { name: 'sign-in', path: '/logga-in' },
      // The link's page first: from /losenord, the address with the token would only change the hash.
      { name: 'password link', path: `/losenord#${token}` },
      { name: 'import (signed out)', path: '/import' },
      { name: 'password link without a token', path: '/losenord' },
      { name: 'users (signed out)', path: '/admin/anvandare' },
      { name: 'not found', path: '/finns-inte' },
    ]);
    walk.set('admin', [
      { name: 'start (signed in)', path: '/' },
      { name: 'new evaluation', path: '/utvarderingar/ny' },
      { name: 'evaluation in progress (team, audit log)', path: `/utvarderingar/${calibrating}` },
      { name: 'report page (in progress)', path: `/utvarderingar/${calibrating}/rapport` },
      { name: 'workspace: overview and status', path: workspace(calibrating) },
      { name: 'workspace: evidence', path: workspace(calibrating, 'underlag') },
      { name: 'workspace: scoring', path: workspace(calibrating, 'bedomning') },
      { name: 'workspace: calibration', path: workspace(calibrating, 'kalibrering') },
      { name: 'workspace: writing', path: workspace(calibrating, 'texter') },
      { name: 'workspace: fact check', path: workspace(factCheck, 'faktakontroll') },
      { name: 'workspace: overview in fact check', path: workspace(factCheck) },
      { name: 'users', path: '/admin/anvandare' },
      { name: 'import', path: '/import' },
      { name: 'reference averages', path: '/admin/referensgenomsnitt' },
      { name: 'question sets', path: '/frageunderlag' },
      { name: 'question set editor', path: `/frageunderlag/${demoSet}` },
      { name: 'model versions', path: '/modellversioner' },
      { name: 'model version editor (draft with problems)', path: '/modellversioner/sprakvandring-2030' },
      { name: 'model version (shipped, read-only)', path: '/modellversioner/kommunkompassen-2020' },
      { name: 'model version with criteria (published)', path: '/modellversioner/kommunkompassen-2020-exempelkriterier' },
      { name: 'criteria statistics', path: '/kriteriestatistik?modell=kommunkompassen-2020-exempelkriterier' },
      { name: 'questionnaire as the team reads it', path: `/fragor/${questionnaire}` },
    ]);
    walk.set('evaluator', [
      { name: 'workspace: own scoring (not submitted)', path: workspace(drafting, 'bedomning') },
      { name: 'workspace: scoring by criteria', path: workspace(byCriteria, 'bedomning') },
      { name: 'workspace: evidence (evaluator)', path: workspace(drafting, 'underlag') },
      { name: 'workspace: calibration (evaluator)', path: workspace(calibrating, 'kalibrering') },
      { name: 'workspace: writing (evaluator)', path: workspace(drafting, 'texter') },
      { name: 'users (not an administrator)', path: '/admin/anvandare' },
      { name: 'workspace: questionnaire (sent, partly answered)', path: workspace(drafting, 'frageunderlag') },
      { name: 'workspace: questionnaire (not sent)', path: workspace(calibrating, 'frageunderlag') },
      { name: 'question set (read-only for an evaluator)', path: `/frageunderlag/${demoSet}` },
      { name: 'model versions (not an administrator)', path: '/modellversioner' },
    ]);
    walk.set('municipality', [
      { name: 'workspace: overview (municipality)', path: workspace(factCheck) },
      { name: 'workspace: fact check (municipality)', path: workspace(factCheck, 'faktakontroll') },
      { name: 'evaluation in fact check (municipality)', path: `/utvarderingar/${factCheck}` },
      { name: 'my municipality (action plan, follow-up, evaluations)', path: '/min-kommun' },
    ]);
    walk.set('respondent', [
      { name: 'my municipality (a questionnaire to answer)', path: '/min-kommun' },
      { name: 'answering the questionnaire', path: `/fragor/${questionnaire}` },
    ]);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('finds the Swedish texts where the page is in Swedish (the scan itself works)', async () => {
    const page = pages.get('public')!;
    await setLanguage(page, 'sv');
    await visit(page, '/');
    const found = (await swedishLeftovers(page, swedishPatterns(UI_FEATURES, 'en'))).map(({ pattern, where }) => `${pattern.keys.join(', ')} in ${where}`);
    // The heading, the intro under it, the search label and the page title (first part).
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^public\/start\.heading in /),
        expect.stringMatching(/^public\/start\.intro in /),
        expect.stringMatching(/^app\/nav\.municipalities\b/),
      ]),
    );
  });

  it('has no axe violations on any page in Swedish', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    for (const [visitor, list] of walk) {
      const page = pages.get(visitor)!;
      await setLanguage(page, 'sv');
      for (const { name, path } of list) {
        await visit(page, path);
        found.push(...(await axeFindings(page, `sv ${visitor} ${name}`)));
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  // One walk per language checks both: no Swedish UI text is left, and axe finds nothing.
  for (const language of ['nb', 'en'] as const) {
    it(`shows no Swedish UI text and has no axe violations on any page in ${language}`, { timeout: 420_000 }, async () => {
      const patterns: SwedishPattern[] = swedishPatterns(UI_FEATURES, language);
      // Each Swedish text once, with where it was first seen and every page that shows it.
      const found = new Map<SwedishPattern, { where: string; pages: string[] }>();
      const violations: string[] = [];
      for (const [visitor, list] of walk) {
        const page = pages.get(visitor)!;
        await setLanguage(page, language);
        for (const { name, path } of list) {
          await visit(page, path);
          expect(await page.evaluate('document.documentElement.lang'), `${name}: <html lang>`).toBe(language);
          for (const { pattern, where } of await swedishLeftovers(page, patterns)) {
            const entry = found.get(pattern) ?? { where, pages: [] };
            entry.pages.push(`${name} (${visitor})`);
            found.set(pattern, entry);
          }
          violations.push(...(await axeFindings(page, `${language} ${visitor} ${name}`)));
        }
        await setLanguage(page, 'sv');
      }
      const list = [...found.entries()]
        .sort(([a], [b]) => a.keys[0]!.localeCompare(b.keys[0]!))
        .map(([pattern, { where, pages }]) => `  ${pattern.keys.join(', ')}: “${pattern.text}” in ${where} on ${pages.length === 1 ? pages[0] : `${pages.length} pages: ${pages.join('; ')}`}`);
      expect(found.size, `Swedish UI texts left on the pages in ${language} (${found.size}; keys the ${language} catalogue lacks, or text outside the catalogues):\n${list.join('\n')}\n`).toBe(0);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});
