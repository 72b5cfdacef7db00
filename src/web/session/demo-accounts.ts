import type { Role } from '../api/types.js';

/**
 * The demo accounts that exist while Kompass runs in demo mode (the same as in
 * src/demo/demo-accounts.ts and the README; the browser tests check that they agree). Shown on
 * the sign-in page only when the server says it is in demo mode.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string; password: string }> = [
  { role: 'admin', email: 'admin@demo.kompass.invalid', password: 'demo-admin-2026' },
  { role: 'evaluator', email: 'utvarderare@demo.kompass.invalid', password: 'demo-utvarderare-2026' },
  { role: 'evaluator', email: 'utvarderare2@demo.kompass.invalid', password: 'demo-utvarderare2-2026' },
  { role: 'municipality', email: 'kommun@demo.kompass.invalid', password: 'demo-kommun-2026' },
  { role: 'municipality', email: 'kommune@demo.kompass.invalid', password: 'demo-kommune-2026' },
  { role: 'municipality', email: 'fragor.olofstrom@demo.kompass.invalid', password: 'demo-olofstrom-2026' },
];
