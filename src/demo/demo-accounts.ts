import { hashPassword } from '../auth/passwords.js';
import { createAccount } from '../auth/user-commands.js';
import { createEvaluation } from '../api/evaluations/commands.js';
import { createEvaluationSchema } from '../api/evaluations/schemas.js';
import { findAssignedEvaluationIds, findUserByEmail } from '../auth/users-repository.js';
import { DEFAULT_AUTH_SETTINGS } from '../auth/settings.js';
import type { Database } from '../db/client.js';
import type { Role } from '../domain/access.js';
import type { Catalogue } from '../domain/framework.js';

/**
 * One account per role, for trying Kompass out. They are marked as demo accounts and can sign
 * in only while the app runs in demo mode (KOMPASS_DEMO is not "off"). The passwords are in
 * the README.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string; password: string; name: string; organisation: string; municipalityCode?: string }> = [
  { role: 'admin', email: 'admin@demo.kompass.invalid', password: 'demo-admin-2026', name: 'Demo Administratör', organisation: 'Demo (programägare)' },
  { role: 'evaluator', email: 'utvarderare@demo.kompass.invalid', password: 'demo-utvarderare-2026', name: 'Demo Utvärderare', organisation: 'Demo (utvärderare)' },
  { role: 'municipality', email: 'kommun@demo.kompass.invalid', password: 'demo-kommun-2026', name: 'Demo Leksand', organisation: 'Demo (Leksands kommun)', municipalityCode: '2029' },
];

/** Work in progress for the demo evaluator: a draft, and one at fact check that the demo municipality can read. */
const DEMO_WORK = [
  { municipalityCode: '1060', fieldworkStart: '2026-09', status: 'draft', scores: { '1.1': 8, '1.2': 9.5, '1.3': 7, '2.1': 10 } },
  { municipalityCode: '2029', fieldworkStart: '2026-05', status: 'fact_check', scores: { '1.1': 8, '1.2': 7.5, '1.3': 9, '1.4': 6, '2.1': 10 } },
] as const;

/** Creates the demo accounts and their work, once (existing ones are left as they are). */
export async function seedDemoAccounts(db: Database, catalogue: Catalogue, actor = 'system:demo'): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    const passwordHash = await hashPassword(account.password);
    await createAccount(db, { ...account, demo: true, passwordHash }, actor, DEFAULT_AUTH_SETTINGS);
  }
  const evaluator = await findUserByEmail(db, DEMO_ACCOUNTS[1]!.email);
  if (!evaluator || (await findAssignedEvaluationIds(db, evaluator.id)).length > 0) return;
  for (const work of DEMO_WORK) {
    const input = createEvaluationSchema.parse({
      municipalityCode: work.municipalityCode,
      frameworkId: 'kommunkompassen-2020',
      fieldworkStart: work.fieldworkStart,
      evaluators: [evaluator.name],
      status: work.status,
      origin: 'workspace',
      scores: Object.entries(work.scores).map(([code, score]) => ({ code, score })),
    });
    await createEvaluation(db, catalogue, input, actor, evaluator.id);
  }
}
