import { hashPassword } from '../auth/passwords.js';
import { chooseLanguage, createAccount } from '../auth/user-commands.js';
import { findAssignedEvaluationIds, findUserByEmail, type UserRecord } from '../auth/users-repository.js';
import { DEFAULT_AUTH_SETTINGS } from '../kernel/auth-settings.js';
import type { Database } from '../db/client.js';
import type { Role } from '../domain/access.js';
import type { Catalogue, Language } from '../domain/framework.js';
import { DEMO_WORK, seedDemoWork } from './demo-work.js';

/**
 * The demo accounts: an administrator, two evaluators (a pair, so calibration can be tried at
 * once), a user of Leksand, one of Bergen (Norway) and one of Olofström (the respondent of its
 * pre-visit question set). They are marked as demo accounts and can sign in only while the
 * app runs in demo mode (KOMPASS_DEMO is not "off"). The passwords are in the README.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string; password: string; name: string; organisation: string; municipalityId?: string; language?: Language }> = [
  { role: 'admin', email: 'admin@demo.kompass.invalid', password: 'demo-admin-2026', name: 'Demo Administratör', organisation: 'Demo (programägare)' },
  { role: 'evaluator', email: 'utvarderare@demo.kompass.invalid', password: 'demo-utvarderare-2026', name: 'Demo Utvärderare', organisation: 'Demo (utvärderare)' },
  { role: 'evaluator', email: 'utvarderare2@demo.kompass.invalid', password: 'demo-utvarderare2-2026', name: 'Demo Utvärderare Två', organisation: 'Demo (utvärderare)' },
  { role: 'municipality', email: 'kommun@demo.kompass.invalid', password: 'demo-kommun-2026', name: 'Demo Leksand', organisation: 'Demo (Leksands kommun)', municipalityId: 'se-2029' },
  { role: 'municipality', email: 'kommune@demo.kompass.invalid', password: 'demo-kommune-2026', name: 'Demo Bergen', organisation: 'Demo (Bergen kommune)', municipalityId: 'no-4601', language: 'nb' },
  { role: 'municipality', email: 'fragor.olofstrom@demo.kompass.invalid', password: 'demo-olofstrom-2026', name: 'Demo Olofström', organisation: 'Demo (Olofströms kommun)', municipalityId: 'se-1060' },
];

async function requireUser(db: Database, email: string): Promise<UserRecord> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`The demo account ${email} is missing`);
  return user;
}

/**
 * Creates the demo accounts that are missing, then — once: when the first demo evaluator has
 * no evaluation yet — the demo evaluators' work (see DEMO_WORK).
 * @returns the ids of the work's evaluations, in the order of DEMO_WORK (empty when it was there already)
 */
export async function seedDemoAccounts(db: Database, catalogue: Catalogue, actor = 'system:demo'): Promise<string[]> {
  const missing: Array<(typeof DEMO_ACCOUNTS)[number]> = [];
  for (const account of DEMO_ACCOUNTS) if (!(await findUserByEmail(db, account.email))) missing.push(account);
  // scrypt runs on the thread pool: hashing the passwords side by side saves most of its time.
  const hashes = await Promise.all(missing.map((account) => hashPassword(account.password)));
  for (const [index, { language, ...account }] of missing.entries()) {
    const { user } = await createAccount(db, { ...account, demo: true, passwordHash: hashes[index]! }, actor, DEFAULT_AUTH_SETTINGS);
    // Bergen's user works in bokmål: signing in switches the app to it.
    if (language) await chooseLanguage(db, user.id, language, actor);
  }
  const [admin, first, second, ...municipalityUsers] = await Promise.all(DEMO_ACCOUNTS.map((account) => requireUser(db, account.email)));
  if ((await findAssignedEvaluationIds(db, first!.id)).length > 0) return [];
  const municipalities = new Map(municipalityUsers.map((user) => [user.municipalityId ?? '', user]));
  const people = { admin: admin!, evaluators: [first!, second!] as const, municipalities };
  const ids: string[] = [];
  for (const work of DEMO_WORK) ids.push(await seedDemoWork(db, catalogue, work, people));
  return ids;
}
