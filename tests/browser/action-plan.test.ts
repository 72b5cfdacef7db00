import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

/** What has keyboard focus: its tag, text and the text of its label (evaluated in the browser). */
async function focused(page: Page): Promise<{ tag: string; text: string; label: string }> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    const labels = element && element.labels ? Array.from(element.labels).map((label) => label.textContent).join(' ') : '';
    return { tag: element ? element.tagName : '', text: element ? (element.textContent || '').trim() : '', label: labels.trim() };
  })()`)) as { tag: string; text: string; label: string };
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: { tag: string; text: string; label: string }) => boolean, what: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tabs to the field labelled `label` (its label starts so) and types `text` over what it holds. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, (element) => (element.tag === 'INPUT' || element.tag === 'TEXTAREA') && element.label.startsWith(label), `the field ${label}`);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** An ISO date `days` from `iso`. */
function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface PlanAction {
  id: string;
  title: string;
  status: string;
  progress: number;
  overdue: boolean;
  version: number;
  responsible: string;
  notes: Array<{ text: string; progress: number | null }>;
  evidence: Array<{ kind: string; title: string; url: string | null; fileName: string | null }>;
}

describe.skipIf(!runBrowserTests)('web app: the municipality’s action plan', () => {
  let web: WebWorld;
  let api: Client;
  let evaluationId: string;
  let planPath: string;
  let improvements: number;

  const plan = async () => {
    const response = await api.get(`/api/evaluations/${evaluationId}/action-plan`);
    expect(response.statusCode).toBe(200);
    return response.json() as { today: string; version: number; visibility: string; nextFollowUp: string | null; actions: PlanAction[]; improvements: unknown[] };
  };

  beforeAll(async () => {
    web = await startWebWorld();
    // A published demo evaluation with written improvement opportunities, and a user of its municipality.
    evaluationId = demoEvaluation(web, 'se-1060', 2022);
    planPath = `/utvarderingar/${evaluationId}/handlingsplan`;
    api = await signedInAs(web.world, 'municipality', { municipalityId: 'se-1060' });
    const detail = (await api.get(`/api/evaluations/${evaluationId}`)).json() as { status: string; areas: Array<{ improvements: string[] }> };
    expect(detail.status).toBe('published');
    improvements = detail.areas.reduce((sum, area) => sum + area.improvements.length, 0);
    expect(improvements).toBeGreaterThan(1);
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('starts from the evaluation page, is edited with the keyboard alone, takes notes, links and files, and shows a stale edit as a conflict', { timeout: 300_000 }, async () => {
    const { page } = await web.signedInPage('municipality', { municipalityId: 'se-1060', name: 'Kim Kommunsson' });
    // Nobody else reads a plan that is not there; the municipality's user is offered to start it.
    expect((await api.get(`/api/evaluations/${evaluationId}/action-plan`)).statusCode).toBe(404);
    await open(page, `/utvarderingar/${evaluationId}`);
    const section = page.getByRole('region', { name: 'Handlingsplan' });
    await section.getByRole('button', { name: 'Starta handlingsplan från förbättringsområdena' }).click();
    await page.waitForURL((url) => url.pathname === planPath);
    await page.getByText(`Handlingsplanen är startad med ${improvements} föreslagna åtgärder.`).waitFor();
    await page.getByRole('heading', { level: 1, name: /^Handlingsplan för / }).waitFor();
    const started = await plan();
    expect(started.actions).toHaveLength(improvements);
    expect(started.actions.every((action) => action.status === 'planned')).toBe(true);
    const summary = page.getByRole('region', { name: 'Läget i planen' });
    expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain(`${improvements} av ${improvements} förbättringsområden har minst en åtgärd`);
    await page.getByRole('region', { name: 'Förbättringsområden utan åtgärd' }).getByText('Alla förbättringsområden har minst en åtgärd.').waitFor();

    // Keyboard only: from the plan to the first action, then every change in its form.
    const first = started.actions[0]!;
    const today = started.today;
    await tabTo(page, (element) => element.tag === 'A' && element.text === first.title, 'the first action’s link');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${planPath}/atgarder/${first.id}`);
    await page.getByRole('heading', { level: 2, name: 'Ändra åtgärden' }).waitFor();
    await typeInto(page, 'Ansvarig', 'Kommunledningskontoret');
    await typeInto(page, 'Startdatum', shift(today, -90));
    await typeInto(page, 'Slutdatum', shift(today, -10));
    await tabTo(page, (element) => element.tag === 'SELECT' && element.label.startsWith('Status'), 'the status');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.value')).toBe('in_progress');
    await typeInto(page, 'Framdrift i procent', '30');
    await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Spara ändringarna', 'the save button');
    await page.keyboard.press('Enter');
    await page.getByText('Ändringarna är sparade.').waitFor();
    let action = (await plan()).actions.find((entry) => entry.id === first.id)!;
    expect(action).toMatchObject({ responsible: 'Kommunledningskontoret', status: 'in_progress', progress: 30, overdue: true });

    // A dropped action needs its reason: the form says so at the field.
    await page.getByLabel('Status').selectOption('dropped');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const reason = page.getByLabel('Varför åtgärden avbröts');
    await page.getByText('Skriv varför åtgärden avbröts.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Status').selectOption('in_progress');

    // A dated progress note with progress sets the action's progress.
    const notes = page.getByRole('region', { name: 'Anteckningar om framdriften' });
    await notes.getByLabel('Anteckning', { exact: true }).fill('Arbetsgruppen har träffats två gånger och har ett första utkast.');
    await notes.getByLabel('Framdrift i procent (valfritt)').fill('40');
    await notes.getByRole('button', { name: 'Lägg till anteckningen' }).click();
    await notes.getByText('Anteckningen är tillagd.').waitFor();
    await notes.getByText('Arbetsgruppen har träffats två gånger och har ett första utkast.').waitFor();
    await notes.getByText('Framdrift 40 %').waitFor();
    action = (await plan()).actions.find((entry) => entry.id === first.id)!;
    expect(action.progress).toBe(40);
    expect(action.notes).toMatchObject([{ progress: 40 }]);
    // The form took the new progress (it had no edits of its own).
    await expect.poll(() => page.getByLabel('Framdrift i procent', { exact: true }).inputValue()).toBe('40');

    // Evidence: a link and a file (downloaded as an attachment).
    const evidence = page.getByRole('region', { name: 'Underlag' });
    await evidence.getByLabel('Länkens namn').fill('Beslut i kommunstyrelsen');
    await evidence.getByLabel('Webbadress').fill('https://example.org/beslut');
    await evidence.getByRole('button', { name: 'Lägg till länken' }).click();
    await evidence.getByText('Länken ”Beslut i kommunstyrelsen” är tillagd.').waitFor();
    await evidence.getByRole('link', { name: /Beslut i kommunstyrelsen/ }).waitFor();
    await evidence.getByLabel('Ladda upp en fil').setInputFiles({ name: 'protokoll.txt', mimeType: 'text/plain', buffer: Buffer.from('Protokoll från arbetsgruppen.\n') });
    await evidence.getByText('Filen protokoll.txt är uppladdad.').waitFor();
    const download = evidence.getByRole('link', { name: 'protokoll.txt' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/evaluations/${evaluationId}/action-plan/evidence/[0-9a-f-]+/file$`));
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(await file.text()).toBe('Protokoll från arbetsgruppen.\n');
    expect((await plan()).actions.find((entry) => entry.id === first.id)!.evidence.map((item) => item.kind)).toEqual(['link', 'file']);

    // A stale edit in a second page: both versions, and keeping mine saves over the other.
    const second = await web.signedInPage('municipality', { municipalityId: 'se-1060', name: 'Alva Andra' });
    await open(second.page, `${planPath}/atgarder/${first.id}`);
    await second.page.getByLabel('Ansvarig').fill('Utvecklingsenheten');
    await page.getByLabel('Åtgärd', { exact: true }).fill('Ta fram en strategi för dialog med invånarna');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await second.page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflict = second.page.getByRole('group', { name: 'Någon annan har ändrat åtgärden' });
    await conflict.getByRole('region', { name: 'Sparad version' }).getByText('Ta fram en strategi för dialog med invånarna').waitFor();
    await conflict.getByRole('region', { name: 'Din version' }).getByText('Utvecklingsenheten').waitFor();
    expect(await axeViolations(second.page, 'conflict')).toEqual([]);
    await conflict.getByRole('button', { name: 'Spara min version' }).click();
    await second.page.getByText('Ändringarna är sparade.').waitFor();
    action = (await plan()).actions.find((entry) => entry.id === first.id)!;
    // Mine was the whole form as the second page held it: its title is the one it read.
    expect(action).toMatchObject({ responsible: 'Utvecklingsenheten', title: first.title });

    // The views: by status, by due date (overdue said in words), on a timeline with its table.
    await open(page, planPath);
    const views = page.getByRole('group', { name: 'Visa åtgärderna' });
    await views.getByRole('radio', { name: 'Per status' }).check();
    await page.getByRole('heading', { level: 3, name: /^Pågår/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Planerad/ }).waitFor();
    await views.getByRole('radio', { name: 'Per slutdatum' }).check();
    await page.getByText('1 åtgärd är försenad och markerad med ”Försenad”.').waitFor();
    const card = page.getByRole('article', { name: first.title });
    expect(await card.innerText()).toContain('Försenad');
    await views.getByRole('radio', { name: 'Tidslinje' }).check();
    expect(new URL(page.url()).searchParams.get('visa')).toBe('tidslinje');
    const table = page.getByRole('table', { name: 'Åtgärdernas start och slutdatum' });
    const row = table.getByRole('row', { name: new RegExp(first.title) });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Försenad Pågår 40 %/);
    expect(await table.getByRole('row').count()).toBe(improvements + 1);
    expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain('1 åtgärd är försenad');

    // Removing: a link of the first action, then the second action, whose improvement opportunity
    // then has no action; an action added for it answers it again.
    await open(page, `${planPath}/atgarder/${first.id}`);
    await evidence.getByRole('button', { name: 'Ta bort Beslut i kommunstyrelsen' }).click();
    await evidence.getByRole('button', { name: 'Ja, ta bort' }).click();
    await evidence.getByText('Beslut i kommunstyrelsen är borttaget.').waitFor();
    expect((await plan()).actions.find((entry) => entry.id === first.id)!.evidence.map((item) => item.kind)).toEqual(['file']);
    const other = started.actions[1]!;
    await open(page, `${planPath}/atgarder/${other.id}`);
    await page.getByRole('button', { name: 'Ta bort åtgärden' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort åtgärden' }).click();
    await page.waitForURL((url) => url.pathname === planPath);
    await page.getByText(`Åtgärden ”${other.title}” är borttagen.`).waitFor();
    expect((await plan()).actions).toHaveLength(improvements - 1);
    const unanswered = page.getByRole('region', { name: 'Förbättringsområden utan åtgärd' });
    await unanswered.getByRole('link', { name: /^Lägg till en åtgärd för förbättringsområde/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny åtgärd' }).waitFor();
    expect(await page.getByLabel('Åtgärd', { exact: true }).inputValue()).toBe(other.title);
    await page.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await page.getByText('Åtgärden är tillagd.', { exact: false }).waitFor();
    expect((await plan()).actions).toHaveLength(improvements);
    await open(page, planPath);
    await unanswered.getByText('Alla förbättringsområden har minst en åtgärd.').waitFor();
  });

  it('is read by everyone, read-only, once the municipality publishes it, and has no axe violations at 1280 and 375 px', { timeout: 420_000 }, async () => {
    const anonymous = await web.newPage();
    await anonymous.goto(planPath);
    await anonymous.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();

    const { page } = await web.signedInPage('municipality', { municipalityId: 'se-1060' });
    await open(page, planPath);
    const settings = page.getByRole('region', { name: 'Inställningar för planen' });
    await settings.getByRole('radio', { name: 'alla (publicerad)' }).check();
    await settings.getByLabel('Nästa uppföljning').fill('2029-03');
    await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
    await settings.getByText('Inställningarna är sparade.').waitFor();
    await page.getByText('Nästa uppföljning: mars 2029.').waitFor();
    expect(await plan()).toMatchObject({ visibility: 'public', nextFollowUp: '2029-03' });

    await open(anonymous, planPath);
    await anonymous.getByRole('heading', { level: 1, name: /^Handlingsplan för / }).waitFor();
    await anonymous.getByText('Bara kommunens användare kan ändra den.').waitFor();
    expect(await anonymous.getByRole('link', { name: 'Lägg till åtgärd' }).count()).toBe(0);
    expect(await anonymous.getByRole('region', { name: 'Inställningar för planen' }).count()).toBe(0);
    const first = (await plan()).actions[0]!;
    await anonymous.getByRole('link', { name: first.title }).first().click();
    await anonymous.getByRole('heading', { level: 2, name: 'Om åtgärden' }).waitFor();
    expect(await anonymous.getByRole('button', { name: 'Spara ändringarna' }).count()).toBe(0);
    expect(await anonymous.getByRole('button', { name: 'Lägg till anteckningen' }).count()).toBe(0);
    await anonymous.getByText('Arbetsgruppen har träffats två gånger och har ett första utkast.').waitFor();
    // The evaluation's page leads the public to it.
    await open(anonymous, `/utvarderingar/${evaluationId}`);
    await anonymous.getByRole('region', { name: 'Handlingsplan' }).getByRole('link', { name: 'Öppna handlingsplanen' }).waitFor();

    const found: string[] = [];
    for (const width of [1280, 375]) {
      const editor = await web.signedInPage('municipality', { municipalityId: 'se-1060', width });
      for (const view of ['', '?visa=status', '?visa=datum', '?visa=tidslinje']) {
        await open(editor.page, `${planPath}${view}`);
        await editor.page.getByRole('region', { name: 'Läget i planen' }).waitFor();
        found.push(...(await axeViolations(editor.page, `plan${view} ${width}`)));
        expect(await pageScrollWidth(editor.page), `plan${view} ${width}`).toBeLessThanOrEqual(width);
      }
      await open(editor.page, `${planPath}/atgarder/${first.id}`);
      await editor.page.getByRole('heading', { level: 2, name: 'Ändra åtgärden' }).waitFor();
      found.push(...(await axeViolations(editor.page, `action ${width}`)));
      expect(await pageScrollWidth(editor.page), `action ${width}`).toBeLessThanOrEqual(width);
      await open(editor.page, `${planPath}/ny-atgard`);
      await editor.page.getByRole('heading', { level: 2, name: 'Ny åtgärd' }).waitFor();
      found.push(...(await axeViolations(editor.page, `new action ${width}`)));
      const reader = await web.newPage(width);
      await open(reader, `${planPath}?visa=tidslinje`);
      await reader.getByRole('region', { name: 'Läget i planen' }).waitFor();
      found.push(...(await axeViolations(reader, `public plan ${width}`)));
      expect(await pageScrollWidth(reader), `public plan ${width}`).toBeLessThanOrEqual(width);
      await open(reader, `${planPath}/atgarder/${first.id}`);
      found.push(...(await axeViolations(reader, `public action ${width}`)));
    }
    expect(found).toEqual([]);
  });
});
