import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareContext } from '../server/boot.js';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { appendAudit } from './audit.js';
import type { DatabaseHandle } from './client.js';
import { auditLog } from './schema.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  await prepareContext(database);
});
afterAll(async () => database?.close());

/** Drizzle wraps database errors; the database's own message is the cause. */
async function databaseError(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(() => null, (caught: unknown) => caught)) as (Error & { cause?: Error }) | null;
  return error ? String(error.cause?.message ?? error.message) : 'no error';
}

describe(`the audit log (${testEngine})`, () => {
  it('can be appended to but never changed, deleted or emptied', async () => {
    await appendAudit(database.db, { actor: 'test', action: 'test.append', entityType: 'test', entityId: '1', newValue: { a: 1 } });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'test.append'));
    expect(entry).toMatchObject({ actor: 'test', newValue: { a: 1 } });
    expect(await databaseError(database.db.update(auditLog).set({ actor: 'someone else' }).where(eq(auditLog.id, entry!.id)))).toBe(
      'audit_log is append-only: UPDATE is not allowed',
    );
    expect(await databaseError(database.db.delete(auditLog).where(eq(auditLog.id, entry!.id)))).toBe('audit_log is append-only: DELETE is not allowed');
    expect(await databaseError(database.db.execute(sql`truncate audit_log`))).toBe('audit_log is append-only: TRUNCATE is not allowed');
    expect(await database.db.select().from(auditLog).where(eq(auditLog.id, entry!.id))).toHaveLength(1);
  });
});
