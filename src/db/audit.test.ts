import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareContext } from '../server/boot.js';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { appendAudit } from './audit.js';
import { listAudit } from './audit-repository.js';
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

  it('keeps a subject\'s later saves as changes, still never changed afterwards, and reads them back in full', async () => {
    const entity = { actor: 'test', action: 'test.text', entityType: 'test', entityId: 'chain', subject: 'text' };
    const said = 'Kommunen har en tydlig styrning och uppföljning av sitt arbete.';
    const first = { text: said, note: undefined, version: 1 };
    const second = { text: `${said} Två`, version: 2 };
    await appendAudit(database.db, { ...entity, oldValue: null, newValue: first });
    await appendAudit(database.db, { ...entity, oldValue: first, newValue: second });
    await appendAudit(database.db, { ...entity, oldValue: second, newValue: { text: `${said} Två tre`, version: 3 } });
    const stored = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'chain')).orderBy(auditLog.id);
    expect(stored.map((row) => row.change)).toEqual([null, [['/text', said.length, 0, ' Två'], ['/version', 2]], [['/text', said.length + 4, 0, ' tre'], ['/version', 3]]]);
    expect(stored.map((row) => row.burstOf)).toEqual([null, stored[0]!.id, stored[0]!.id]);
    expect(await databaseError(database.db.update(auditLog).set({ burstOf: null }).where(eq(auditLog.id, stored[1]!.id)))).toBe('audit_log is append-only: UPDATE is not allowed');
    const burst = await listAudit(database.db, { entityType: 'test', entityId: 'chain', limit: 10, offset: 0 });
    expect(burst.total).toBe(1);
    expect(burst.rows[0]).toMatchObject({ saves: 3, oldValue: null, newValue: { text: `${said} Två tre`, version: 3 } });
    const saves = await listAudit(database.db, { entityType: 'test', entityId: 'chain', limit: 10, offset: 0, burst: stored[0]!.id });
    expect(saves.rows.map((row) => [row.oldValue, row.newValue])).toEqual([
      [second, { text: `${said} Två tre`, version: 3 }],
      [{ text: said, version: 1 }, second],
      [null, { text: said, version: 1 }],
    ]);
  });
});
