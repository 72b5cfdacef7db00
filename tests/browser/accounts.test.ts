import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteUserSessions } from '../../src/auth/session-store.js';
import { changeAccount, createAccount } from '../../src/auth/user-commands.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { addUser, signedInAs, TEST_PASSWORD } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, signInThroughForm, startWebWorld, texts, type WebWorld } from './web-world.js';

const NEW_PASSWORD = 'ny-höstlig-morgon-2026';

/** The sign-in form (named, so the header's links and buttons never match). */
const signInForm = (page: Page) => page.getByRole('form', { name: 'Inloggning' });
const header = (page: Page) => page.getByRole('banner');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (focused: Awaited<ReturnType<typeof focusedElement>> & { autocomplete: string | null }) => boolean, limit = 30) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = { ...(await focusedElement(page)), autocomplete: (await page.evaluate('document.activeElement && document.activeElement.getAttribute("autocomplete")')) as string | null };
    if (matches(focused)) return;
  }
  throw new Error('Tab never reached the element');
}

/** The token of a password link: what follows the # (the link points at the configured public address). */
const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);

describe.skipIf(!runBrowserTests)('web app: accounts, sign-in and roles', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('signs in with the keyboard alone, returns to the page, shows name and role, and signs out', async () => {
    const user = await addUser(web.world, 'evaluator', { name: 'Karin Tangentbord' });
    const page = await web.newPage();
    await open(page, '/ramverk');
    await tabTo(page, (focused) => focused.text === 'Logga in' && focused.tag === 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/logga-in' && url.searchParams.get('till') === '/ramverk');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.title()).toBe('Logga in – Kompass');
    expect((await focusedElement(page)).tag).toBe('H1');

    await tabTo(page, (focused) => focused.autocomplete === 'username');
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("autocomplete")')).toBe('current-password');
    expect(await page.evaluate('document.activeElement.type')).toBe('password');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Kommunkompassens versioner' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/ramverk');
    const account = header(page).getByRole('group', { name: 'Ditt konto' });
    expect((await account.innerText()).replace(/\s+/g, ' ')).toContain('Karin Tangentbord Utvärderare');
    // An evaluator neither imports nor manages users.
    expect(await mainNav(page).getByRole('link', { name: 'Importera' }).count()).toBe(0);
    expect(await mainNav(page).getByRole('link', { name: 'Användare' }).count()).toBe(0);

    await header(page).getByRole('button', { name: 'Logga ut' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Resultat från Kommunkompassen' }).waitFor();
    await header(page).getByRole('link', { name: 'Logga in' }).waitFor();
    const session = (await (await page.request.get('/api/session')).json()) as { user: unknown };
    expect(session.user).toBeNull();
  });

  it('says in Swedish what is wrong: empty fields (linked to the field) and a wrong password', async () => {
    const user = await addUser(web.world, 'evaluator');
    const page = await web.newPage();
    await open(page, '/logga-in');
    await signInForm(page).getByRole('button', { name: 'Logga in' }).click();
    const email = signInForm(page).getByLabel('E-postadress');
    await page.getByText('Skriv din e-postadress.').waitFor();
    await page.getByText('Skriv ditt lösenord.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(descriptions).toContain('Skriv din e-postadress.');
    // The first field with a problem has focus.
    expect(await page.evaluate('document.activeElement.getAttribute("autocomplete")')).toBe('username');

    await email.fill(user.email);
    await signInForm(page).getByLabel('Lösenord', { exact: true }).fill('fel-lösenord');
    await signInForm(page).getByRole('button', { name: 'Logga in' }).click();
    const alert = signInForm(page).getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe('Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
  });

  it('locks the account after five failed sign-ins and says for how long, in Swedish', async () => {
    const user = await addUser(web.world, 'evaluator');
    const page = await web.newPage();
    await open(page, '/logga-in');
    await signInForm(page).getByLabel('E-postadress').fill(user.email);
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signInForm(page).getByLabel('Lösenord', { exact: true }).fill(`fel-lösenord-${attempt}`);
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/session') && response.request().method() === 'POST');
      await signInForm(page).getByRole('button', { name: 'Logga in' }).click();
      await answer;
      await signInForm(page).getByRole('alert').waitFor();
      messages.push((await signInForm(page).getByRole('alert').innerText()).replace(/\s+/g, ' ').trim());
    }
    expect(messages.slice(0, 4).every((text) => text.startsWith('Fel e-postadress eller lösenord'))).toBe(true);
    expect(messages[4]).toBe('Kontot är låst efter för många misslyckade inloggningsförsök. Försök igen om 15 minuter.');

    // Even the right password does not open a locked account.
    await signInForm(page).getByLabel('Lösenord', { exact: true }).fill(TEST_PASSWORD);
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/session') && response.request().method() === 'POST');
    await signInForm(page).getByRole('button', { name: 'Logga in' }).click();
    expect((await answer).status()).toBe(423);
    await page.getByRole('alert').filter({ hasText: 'Kontot är låst' }).waitFor();
    expect(await header(page).getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
  });

  it('returns after sign-in only to paths on this site', async () => {
    const user = await addUser(web.world, 'municipality', { municipalityId: 'se-2029' });
    const page = await web.newPage();
    await signInThroughForm(page, user.email, TEST_PASSWORD, '//evil.example/stöld');
    // Without a return path on this site, a municipality user lands on their own start page.
    expect(page.url()).toBe(`${web.baseUrl}/min-kommun`);
    await header(page).getByRole('button', { name: 'Logga ut' }).click();
    await header(page).getByRole('link', { name: 'Logga in' }).waitFor();
    await signInThroughForm(page, user.email, TEST_PASSWORD, '/kommuner/se-2029?x=1');
    expect(new URL(page.url()).pathname).toBe('/kommuner/se-2029');
    await page.getByRole('heading', { level: 1, name: 'Leksands kommun' }).waitFor();
  });

  it('sets a password through a one-time link, removes the token from the address, and signs in with it', { timeout: 60_000 }, async () => {
    const { user, link } = await createAccount(
      web.world.context.database.db,
      { email: 'ny.anvandare@test.kompass.invalid', name: 'Nya Användaren', organisation: 'Test', role: 'evaluator' },
      'test',
      web.world.context.auth,
    );
    expect(link?.url).toContain('/losenord#');
    const token = tokenOf(link!.url);
    const page = await web.newPage();
    await page.goto(`/losenord#${token}`);
    await page.getByRole('heading', { level: 1, name: 'Välj lösenord' }).waitFor();
    await page.getByText(`Du väljer lösenord för ${user.name} (${user.email}).`).waitFor();
    expect(await page.title()).toBe('Välj lösenord – Kompass');
    // The token is gone from the address bar (and so from the history).
    expect(page.url()).toBe(`${web.baseUrl}/losenord`);

    const password = page.getByLabel('Nytt lösenord');
    const repeat = page.getByLabel('Upprepa lösenordet');
    expect(await password.getAttribute('autocomplete')).toBe('new-password');
    expect(await repeat.getAttribute('autocomplete')).toBe('new-password');
    const submit = page.getByRole('button', { name: 'Spara lösenordet' });

    await password.fill('kort');
    await submit.click();
    await page.getByText('Lösenordet är för kort: det behöver minst 12 tecken.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');

    await password.fill('aaaaaaaaaaaaaaaa');
    await submit.click();
    await page.getByText('Lösenordet behöver minst 5 olika tecken.').waitFor();

    await password.fill(NEW_PASSWORD);
    await repeat.fill(`${NEW_PASSWORD}!`);
    await submit.click();
    await page.getByText('Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.').waitFor();
    expect(await repeat.getAttribute('aria-invalid')).toBe('true');

    await repeat.fill(NEW_PASSWORD);
    await submit.click();
    await page.getByText('Lösenordet är sparat. Logga in med din e-postadress och det nya lösenordet.').waitFor();
    await page.getByRole('link', { name: 'Gå till inloggningen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await signInForm(page).getByLabel('E-postadress').fill(user.email);
    await signInForm(page).getByLabel('Lösenord', { exact: true }).fill(NEW_PASSWORD);
    await signInForm(page).getByRole('button', { name: 'Logga in' }).click();
    await header(page).getByText('Nya Användaren').waitFor();

    // The link works once only.
    const again = await web.newPage();
    await again.goto(`/losenord#${token}`);
    await again.getByText('Länken fungerar inte').waitFor();
    await open(again, '/losenord');
    await again.getByText('Länken saknar den kod som behövs').waitFor();
  });

  it('lets an administrator add a user, shows the one-time link once, and change, disable and renew the user', { timeout: 60_000 }, async () => {
    const { page, user: admin } = await web.signedInPage('admin', { name: 'Ada Administratör' });
    await mainNav(page).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    expect(await page.title()).toBe('Användare – Kompass');
    await page.locator('tr[data-user]').first().waitFor();
    // The administrator's own row says so, and has no button to disable oneself.
    const ownRow = page.locator(`tr[data-user="${admin.email}"]`);
    expect(await ownRow.innerText()).toContain('(du)');
    expect(await ownRow.getByRole('button', { name: /Stäng av/ }).count()).toBe(0);
    // Demo accounts are marked.
    expect(await page.locator('tr[data-user="admin@demo.kompass.invalid"]').innerText()).toContain('Demo');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lägg till användaren' }) });
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await form.getByText('Skriv användarens e-postadress.').waitFor();
    await form.getByText('Skriv användarens namn.').waitFor();

    await form.getByLabel('E-postadress').fill('kommunen@test.kompass.invalid');
    await form.getByLabel('Namn').fill('Kim Kommun');
    await form.getByLabel('Organisation').fill('Leksands kommun');
    await form.getByLabel('Roll').selectOption({ label: 'Kommunföreträdare' });
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await form.getByText('Välj kommunen som användaren företräder.').waitFor();
    await form.getByLabel('Kommun').selectOption('se-2029');
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();

    const linkField = page.getByLabel('Länk för att välja lösenord');
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(/\/losenord#.{20,}/);
    expect(await linkField.getAttribute('readonly')).not.toBeNull();
    // The link field has focus, and its description says it is shown only once.
    expect(await page.evaluate('document.activeElement.value')).toBe(url);
    expect((await page.getByRole('region', { name: 'Engångslänk för Kim Kommun' }).innerText()).replace(/\s+/g, ' ')).toContain('Länken visas bara den här gången');

    const row = page.locator('tr[data-user="kommunen@test.kompass.invalid"]');
    await row.waitFor();
    const cells = await texts(page, 'tr[data-user="kommunen@test.kompass.invalid"] > *');
    expect(cells.slice(0, 6)).toEqual(['Kim Kommun', 'kommunen@test.kompass.invalid', 'Leksands kommun', 'Kommunföreträdare', 'Leksands kommun (Sverige, 2029)', 'Inget lösenord ännu']);

    // The same e-mail address twice is refused at the field.
    await form.getByLabel('E-postadress').fill('kommunen@test.kompass.invalid');
    await form.getByLabel('Namn').fill('Kim Igen');
    await form.getByLabel('Roll').selectOption({ label: 'Utvärderare' });
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await form.getByText('Det finns redan en användare med den e-postadressen.').waitFor();

    // Change the role.
    await row.getByRole('button', { name: 'Ändra roll för Kim Kommun' }).click();
    const roleForm = page.getByRole('form', { name: 'Ändra roll för Kim Kommun' });
    await roleForm.getByLabel('Roll').selectOption({ label: 'Utvärderare' });
    await roleForm.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringen för Kim Kommun är sparad.').waitFor();
    // Locator waits, not waitForFunction with a string: the app's CSP forbids evaluating strings.
    await page.locator('tr[data-user="kommunen@test.kompass.invalid"] td:nth-of-type(3)').filter({ hasText: /^Utvärderare$/ }).waitFor();
    expect((await texts(page, 'tr[data-user="kommunen@test.kompass.invalid"] > *'))[4]).toBe('–');

    // Disable, then enable.
    await row.getByRole('button', { name: 'Stäng av Kim Kommun' }).click();
    await page.getByText('Kim Kommun är avstängd och kan inte logga in.').waitFor();
    await row.getByRole('button', { name: 'Aktivera Kim Kommun' }).waitFor();
    expect(await row.innerText()).toContain('Avstängd');
    await row.getByRole('button', { name: 'Aktivera Kim Kommun' }).click();
    await page.getByText('Kim Kommun kan logga in igen.').waitFor();

    // A new password link replaces the one shown before.
    await row.getByRole('button', { name: 'Ny lösenordslänk för Kim Kommun' }).click();
    await expect.poll(() => linkField.inputValue()).not.toBe(url);
    expect(await linkField.inputValue()).toContain('/losenord#');
    expect(await linkField.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  });

  it('tells an administrator when someone else changed the user first, and shows the new state', async () => {
    const other = await addUser(web.world, 'evaluator', { name: 'Olle Samtidig' });
    const { page } = await web.signedInPage('admin');
    await open(page, '/admin/anvandare');
    const row = page.locator(`tr[data-user="${other.email}"]`);
    await row.waitFor();
    // Another administrator disables the account meanwhile.
    await changeAccount(web.world.context.database.db, other.id, other.version, { disabled: true }, 'someone-else@test.kompass.invalid');
    await row.getByRole('button', { name: 'Stäng av Olle Samtidig' }).click();
    await page.getByText('Någon annan hann ändra Olle Samtidig under tiden.', { exact: false }).waitFor();
    await row.getByRole('button', { name: 'Aktivera Olle Samtidig' }).waitFor();
    expect(await row.innerText()).toContain('Avstängd');
  });

  it('says when the session has ended instead of failing silently, and recovers a stale CSRF token', async () => {
    const target = await addUser(web.world, 'evaluator', { name: 'Siv Session' });
    const { page, user: admin } = await web.signedInPage('admin');
    await open(page, '/admin/anvandare');
    const row = page.locator(`tr[data-user="${target.email}"]`);
    await row.waitFor();

    // Signing in again in another tab of the same browser replaces the session (and its token).
    const tab = await page.context().newPage();
    await signInThroughForm(tab, admin.email);
    await row.getByRole('button', { name: 'Ny lösenordslänk för Siv Session' }).click();
    await page.getByLabel('Länk för att välja lösenord').waitFor();

    // The administrator has started to add a user when every session of theirs ends on the server.
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lägg till användaren' }) });
    await form.getByLabel('Namn').fill('Halvfärdig Användare');
    await deleteUserSessions(web.world.context.database.db, admin.id);
    // Written past the app, as only the app can while it runs: its read cache holds the session.
    web.world.context.readCache?.clear();
    await row.getByRole('button', { name: 'Stäng av Siv Session' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Din inloggning har upphört' });
    await alert.waitFor();
    expect(await alert.getByRole('link', { name: 'Logga in i en ny flik' }).getAttribute('target')).toBe('_blank');
    // The page stays as it was, with what was typed.
    expect(await row.innerText()).toContain('Aktiv');
    expect(await form.getByLabel('Namn').inputValue()).toBe('Halvfärdig Användare');

    // Signed in again in the other tab, and back here: the message goes and the change works.
    await signInThroughForm(tab, admin.email);
    await page.evaluate('window.dispatchEvent(new Event("focus"))');
    await alert.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Stäng av Siv Session' }).click();
    await page.getByText('Siv Session är avstängd och kan inte logga in.').waitFor();
    expect(await form.getByLabel('Namn').inputValue()).toBe('Halvfärdig Användare');
  });

  it('shows a municipality user neither Importera nor Användare, and says why on those pages', async () => {
    const { page } = await web.signedInPage('municipality', { municipalityId: 'se-2029', name: 'Mia Kommun' });
    expect((await header(page).innerText()).replace(/\s+/g, ' ')).toContain('Mia Kommun Kommunföreträdare');
    expect(await mainNav(page).getByRole('link', { name: 'Importera' }).count()).toBe(0);
    expect(await mainNav(page).getByRole('link', { name: 'Användare' }).count()).toBe(0);

    await open(page, '/admin/anvandare');
    await page.getByText('Du behöver vara administratör för att hantera användare. Du är inloggad som Mia Kommun (Kommunföreträdare).').waitFor();
    expect(await page.locator('main table').count()).toBe(0);
    expect(await page.title()).toBe('Användare – Kompass');

    await open(page, '/import');
    await page.getByText('Du behöver vara administratör för att importera rapporter.', { exact: false }).waitFor();
    expect(await page.getByLabel('Rapporter att importera').count()).toBe(0);
  });

  it('tells the public to sign in as an administrator on the import and users pages', async () => {
    const page = await web.newPage();
    await open(page, '/import');
    expect(await page.locator('main h1').innerText()).toBe('Importera rapporter');
    await page.getByText('Du behöver logga in som administratör för att importera rapporter.').waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(await mainNav(page).getByRole('link', { name: 'Importera' }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname === '/logga-in' && url.searchParams.get('till') === '/import');

    await open(page, '/admin/anvandare');
    await page.getByText('Du behöver logga in som administratör för att hantera användare.').waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Logga in' }).getAttribute('href')).toBe('/logga-in?till=%2Fadmin%2Fanvandare');
  });

  it('lists the demo accounts, marked as such, only in demo mode', async () => {
    // The test world runs in demo mode, like a fresh installation does.
    const page = await web.newPage();
    await open(page, '/logga-in');
    const section = page.getByRole('region', { name: 'Demokonton Demo' });
    await section.waitFor();
    expect(await section.innerText()).toContain('Kontona nedan är demokonton');
    const rows = await texts(page, '.demo-accounts tbody tr');
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) {
      expect(rows.some((row) => row.includes(account.email) && row.includes(account.password)), account.email).toBe(true);
    }
    await section.getByRole('button', { name: 'Fyll i demokontot för rollen Kommunföreträdare 1' }).click();
    expect(await signInForm(page).getByLabel('E-postadress').inputValue()).toBe('kommun@demo.kompass.invalid');
    expect(await signInForm(page).getByLabel('Lösenord', { exact: true }).inputValue()).toBe('demo-kommun-2026');
    // The demo municipality account signs in (Leksand).
    await page.keyboard.press('Enter');
    await header(page).getByText('Demo Leksand').waitFor();

    // Outside demo mode the page lists nothing.
    const real = await web.newPage();
    await real.route('**/api/session', async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      return route.fulfill({ response, json: { ...(await response.json()), demoMode: false } });
    });
    await open(real, '/logga-in');
    await real.getByRole('form', { name: 'Inloggning' }).waitFor();
    expect(await real.getByRole('heading', { name: /Demokonton/ }).count()).toBe(0);
  });

  it('on an evaluation: shows the status, lets an administrator assign and remove evaluators, and shows the change log', { timeout: 60_000 }, async () => {
    const evaluator = await addUser(web.world, 'evaluator', { name: 'Eva Utvärderare' });
    const id = demoEvaluation(web, 'se-2029', 2023);
    const { page } = await web.signedInPage('admin');
    await open(page, `/utvarderingar/${id}`);
    expect(await page.locator('.status-badge').innerText()).toContain('Publicerad');

    const team = page.getByRole('region', { name: 'Tilldelade utvärderare' });
    await team.getByText('Inga utvärderare är tilldelade.').waitFor();
    await team.getByRole('button', { name: 'Lägg till' }).click();
    await team.getByText('Välj vilken utvärderare som ska läggas till.').waitFor();
    await team.getByLabel('Lägg till utvärderare').selectOption({ label: `Eva Utvärderare (${evaluator.email})` });
    await team.getByRole('button', { name: 'Lägg till' }).click();
    await team.getByText('Eva Utvärderare är tillagd som utvärderare.').waitFor();
    expect(await team.locator('.evaluator-list li').count()).toBe(1);

    await page.getByText('Visa ändringarna').click();
    const log = page.getByRole('list', { name: 'Ändringar av utvärderingen' });
    await log.waitFor();
    const first = (await log.locator('li').first().innerText()).replace(/\s+/g, ' ');
    expect(first).toContain('En utvärderare tilldelades');
    expect(first).toContain(`"email":"${evaluator.email}"`);

    // The assigned evaluator sees the team and the change log, but cannot change the team.
    const evaluatorPage = await web.newPage();
    await signInThroughForm(evaluatorPage, evaluator.email, TEST_PASSWORD, `/utvarderingar/${id}`);
    const theirTeam = evaluatorPage.getByRole('region', { name: 'Tilldelade utvärderare' });
    await theirTeam.getByText('Eva Utvärderare').waitFor();
    expect(await theirTeam.getByRole('button').count()).toBe(0);
    expect(await evaluatorPage.getByRole('heading', { level: 2, name: 'Ändringslogg' }).count()).toBe(1);

    await team.getByRole('button', { name: 'Ta bort Eva Utvärderare' }).click();
    await team.getByText('Eva Utvärderare är borttagen som utvärderare.').waitFor();
    await team.getByText('Inga utvärderare är tilldelade.').waitFor();

    // The public sees neither section.
    const anonymous = await web.newPage();
    await open(anonymous, `/utvarderingar/${id}`);
    expect(await anonymous.getByRole('heading', { name: 'Tilldelade utvärderare' }).count()).toBe(0);
    expect(await anonymous.getByRole('heading', { name: 'Ändringslogg' }).count()).toBe(0);
  });

  it('shows an administrator a draft with its status, which the public cannot find', async () => {
    const admin = await signedInAs(web.world, 'admin');
    const list = (await admin.get('/api/evaluations?municipality=se-1060&limit=50')).json() as { items: Array<{ id: string; status: string }> };
    const draft = list.items.find((item) => item.status === 'draft');
    if (!draft) throw new Error('The demo data has no draft of Olofström');
    const { page } = await web.signedInPage('admin');
    await open(page, `/utvarderingar/${draft.id}`);
    expect(await page.locator('.status-badge').innerText()).toContain('Utkast');

    // The public gets "not found", with a way to sign in that leads back to the draft.
    const anonymous = await web.newPage();
    await open(anonymous, `/utvarderingar/${draft.id}`);
    expect(await anonymous.locator('main h1').innerText()).toBe('Sidan hittades inte');
    await anonymous.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    const user = await addUser(web.world, 'admin');
    await anonymous.getByRole('form', { name: 'Inloggning' }).getByLabel('E-postadress').fill(user.email);
    await anonymous.getByRole('form', { name: 'Inloggning' }).getByLabel('Lösenord', { exact: true }).fill(TEST_PASSWORD);
    await anonymous.keyboard.press('Enter');
    await anonymous.locator('.status-badge').filter({ hasText: 'Utkast' }).waitFor();
    expect(new URL(anonymous.url()).pathname).toBe(`/utvarderingar/${draft.id}`);
  });

  it('fits a 320 px wide screen on the account pages, also signed in as an administrator', async () => {
    const anonymous = await web.newPage(320);
    await open(anonymous, '/logga-in');
    await anonymous.locator('.demo-accounts').waitFor();
    expect(await pageScrollWidth(anonymous), '/logga-in').toBeLessThanOrEqual(320);

    const { page } = await web.signedInPage('admin', { width: 320, name: 'Administratören Med Ett Ganska Långt Namn' });
    for (const path of ['/admin/anvandare', '/import', `/utvarderingar/${demoEvaluation(web, 'se-2029', 2023)}`]) {
      await open(page, path);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await pageScrollWidth(page), path).toBeLessThanOrEqual(320);
    }
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations on the sign-in, password, users and evaluation pages at ${width} px`, { timeout: 120_000 }, async () => {
      const found: string[] = [];
      const check = async (page: Page, name: string) => {
        for (const violation of await runAxe(page)) {
          found.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
        }
      };

      // Sign-in, in demo mode (the demo accounts table), then with its errors showing.
      const anonymous = await web.newPage(width);
      await open(anonymous, '/logga-in');
      await anonymous.locator('.demo-accounts').waitFor();
      await check(anonymous, 'sign-in (demo mode)');
      await signInForm(anonymous).getByRole('button', { name: 'Logga in' }).click();
      await anonymous.getByText('Skriv din e-postadress.').waitFor();
      await check(anonymous, 'sign-in with empty fields');
      await signInForm(anonymous).getByLabel('E-postadress').fill('ingen@test.kompass.invalid');
      await signInForm(anonymous).getByLabel('Lösenord', { exact: true }).fill('fel-lösenord');
      await signInForm(anonymous).getByRole('button', { name: 'Logga in' }).click();
      await anonymous.getByRole('alert').filter({ hasText: 'Fel e-postadress' }).waitFor();
      await check(anonymous, 'sign-in with a wrong password');

      // The password page with a valid link, then with a problem.
      const { link } = await createAccount(
        web.world.context.database.db,
        { email: `axe-${width}@test.kompass.invalid`, name: 'Axel Axe', organisation: '', role: 'evaluator' },
        'test',
        web.world.context.auth,
      );
      await anonymous.goto(`/losenord#${tokenOf(link!.url)}`);
      await anonymous.getByLabel('Nytt lösenord').waitFor();
      await check(anonymous, 'password (valid link)');
      await anonymous.getByRole('button', { name: 'Spara lösenordet' }).click();
      await anonymous.getByText('Lösenordet är för kort').waitFor();
      await check(anonymous, 'password with a problem');

      // The users page as an administrator: with a one-time link shown and a role form open.
      const { page } = await web.signedInPage('admin', { width });
      await open(page, '/admin/anvandare');
      await page.locator('tr[data-user]').first().waitFor();
      await check(page, 'users');
      const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lägg till användaren' }) });
      await form.getByLabel('E-postadress').fill(`ny-${width}@test.kompass.invalid`);
      await form.getByLabel('Namn').fill(`Nils Ny ${width}`);
      await form.getByLabel('Roll').selectOption({ label: 'Kommunföreträdare' });
      await form.getByRole('button', { name: 'Lägg till användaren' }).click();
      await form.getByText('Välj kommunen som användaren företräder.').waitFor();
      await check(page, 'users: form with a problem');
      await form.getByLabel('Kommun').selectOption('se-2029');
      await form.getByRole('button', { name: 'Lägg till användaren' }).click();
      await page.getByLabel('Länk för att välja lösenord').waitFor();
      await page.getByRole('button', { name: `Ändra roll för Nils Ny ${width}` }).click();
      await page.getByRole('form', { name: `Ändra roll för Nils Ny ${width}` }).waitFor();
      await check(page, 'users: link shown, role form open');

      // An evaluation as an administrator: status, team with an evaluator, the change log open.
      const evaluator = await addUser(web.world, 'evaluator');
      await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
      const team = page.getByRole('region', { name: 'Tilldelade utvärderare' });
      await team.getByLabel('Lägg till utvärderare').selectOption({ label: `${evaluator.name} (${evaluator.email})` });
      await team.getByRole('button', { name: 'Lägg till' }).click();
      await team.getByText('är tillagd som utvärderare').waitFor();
      await page.getByText('Visa ändringarna').click();
      await page.getByRole('list', { name: 'Ändringar av utvärderingen' }).waitFor();
      await check(page, 'evaluation as an administrator');

      expect(found).toEqual([]);
    });
  }
});
