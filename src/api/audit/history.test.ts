/**
 * Autosaves of texts in the audit log: each save after the first is kept as what changed, every
 * acknowledged version can be rebuilt and shown, a person's burst of saves is listed as one
 * change, and the log stays a small multiple of the text.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { auditSizeOf, autosaveAreaText, type AutosaveRun } from '../../../tests/support/autosave-history.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import type { AuditEntry, AuditList } from '../../contract/audit.js';
import { appendAudit, FULL_COPY_AFTER } from '../../db/audit.js';
import { diffValues, type JsonValue } from '../../domain/value-diff.js';
import { writeAreaText, writeSubareaText } from '../texts/commands.js';

let world: TestWorld;
let admin: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

async function draft(): Promise<string> {
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

async function auditOf(id: string, query = ''): Promise<AuditList> {
  const response = await admin.get(`/api/evaluations/${id}/audit?limit=500${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every save of the text, oldest first, as the log shows them one by one. */
async function savesOf(id: string): Promise<AuditEntry[]> {
  const log = await auditOf(id);
  const saves: AuditEntry[] = [];
  for (const entry of log.items.filter((item) => item.action === 'evaluation.text.area').reverse()) {
    saves.push(...(entry.saves > 1 ? (await auditOf(id, `&burst=${entry.id}`)).items.reverse() : [entry]));
  }
  return saves;
}

/** The text as the audit keeps it (without its display title). */
const asAudited = ({ title: _title, ...rest }: AutosaveRun['saved'][number]) => rest;

function expectEveryVersion(saves: readonly AuditEntry[], run: AutosaveRun): void {
  expect(saves).toHaveLength(run.saved.length);
  saves.forEach((save, index) => {
    expect(save.newValue).toEqual(asAudited(run.saved[index]!));
    expect(save.oldValue).toEqual(index === 0 ? null : asAudited(run.saved[index - 1]!));
  });
}

describe(`autosaves in the audit log (${testEngine})`, () => {
  it('rebuilds every saved version after random edits, across full copies', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 10, max: 50 }), async (seed, textSize) => {
        const id = await draft();
        const run = await autosaveAreaText(world.context.database.db, world.context.catalogue, id, { saves: 110, textSize, seed });
        expectEveryVersion(await savesOf(id), run);
        // Small texts pass the full-copy limit within these saves: the chain starts again and still rebuilds.
        const versions = run.saved.map(asAudited) as unknown as JsonValue[];
        const changeBytes = versions.slice(1).reduce<number>((sum, version, index) => sum + Buffer.byteLength(JSON.stringify(diffValues(versions[index]!, version))), 0);
        const largest = Math.max(...versions.map((version) => Buffer.byteLength(JSON.stringify(version))));
        const copies = await world.context.database.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = 'evaluation.text.area' and change is null`);
        if (changeBytes > FULL_COPY_AFTER * largest) expect((copies as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBeGreaterThan(1);
      }),
      { numRuns: 3 },
    );
  });

  it('lists one person\'s burst once: before the first save, after the last, how many and when', async () => {
    const id = await draft();
    const run = await autosaveAreaText(world.context.database.db, world.context.catalogue, id, { saves: 30, textSize: 300 });
    const log = await auditOf(id);
    const texts = log.items.filter((item) => item.action === 'evaluation.text.area');
    expect(texts).toHaveLength(1);
    const burst = texts[0]!;
    expect(burst).toMatchObject({ saves: 30, actor: 'skribent@example.org', oldValue: null, newValue: asAudited(run.saved.at(-1)!) });
    expect(Date.parse(burst.lastAt)).toBeGreaterThanOrEqual(Date.parse(burst.at));
    expect(log.total).toBe(log.items.length);
    const rows = await world.context.database.db.execute(sql`select count(*)::int as n, count(change)::int as changes from audit_log where entity_id = ${id} and action = 'evaluation.text.area'`);
    expect((rows as unknown as { rows: Array<{ n: number; changes: number }> }).rows[0]).toEqual({ n: 30, changes: 29 });
  });

  it('keeps two editors taking turns apart, and every version of their interleaved saves', async () => {
    const id = await draft();
    const run = await autosaveAreaText(world.context.database.db, world.context.catalogue, id, { saves: 40, textSize: 500, actors: ['anna@example.org', 'bo@example.org'], turn: 3 });
    const texts = (await auditOf(id)).items.filter((item) => item.action === 'evaluation.text.area').reverse();
    // Turns of three saves: each a burst of its editor, none mixing the two.
    expect(texts.map((entry) => entry.saves)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1]);
    expect(texts.map((entry) => entry.actor)).toEqual(texts.map((_, index) => (index % 2 === 0 ? 'anna@example.org' : 'bo@example.org')));
    expect(texts[1]!.oldValue).toEqual(texts[0]!.newValue);
    expectEveryVersion(await savesOf(id), run);
  });

  it('ends a burst when anything else is written to the evaluation between two saves', async () => {
    const id = await draft();
    const { db } = world.context.database;
    const first = await writeAreaText(db, world.context.catalogue, id, '1', { version: 0, layout: 'summary', analysis: 'Ett', strengths: [], improvements: [] }, 'anna@example.org');
    await writeSubareaText(db, world.context.catalogue, id, '1.1', { version: 0, analysis: 'Annat' }, 'anna@example.org');
    await writeAreaText(db, world.context.catalogue, id, '1', { version: first.version, layout: 'summary', analysis: 'Ett två', strengths: [], improvements: [] }, 'anna@example.org');
    const texts = (await auditOf(id)).items.filter((item) => item.action.startsWith('evaluation.text.'));
    expect(texts.map((entry) => [entry.action, entry.saves])).toEqual([
      ['evaluation.text.area', 1],
      ['evaluation.text.subarea', 1],
      ['evaluation.text.area', 1],
    ]);
    expect(texts[0]!.changes).toContainEqual({ path: '/analysis', kind: 'text', at: 3, removed: '', inserted: ' två' });
  });

  it('starts the chain again with full copies when the text changed outside it, and still shows older entries', async () => {
    const id = await draft();
    const { db } = world.context.database;
    const first = await writeAreaText(db, world.context.catalogue, id, '1', { version: 0, layout: 'summary', analysis: 'Ett', strengths: [], improvements: [] }, 'anna@example.org');
    // A change the chain did not see (e.g. written before this log kept changes): the next save cannot follow on.
    await db.execute(sql`update area_texts set analysis = 'Utifrån' where evaluation_id = ${id} and area_code = '1'`);
    await writeAreaText(db, world.context.catalogue, id, '1', { version: first.version, layout: 'summary', analysis: 'Utifrån och in', strengths: [], improvements: [] }, 'anna@example.org');
    // An entry as the log kept them before: full values, no subject.
    await appendAudit(db, { actor: 'old@example.org', action: 'evaluation.text.summary', entityType: 'evaluation', entityId: id, oldValue: { text: 'A', version: 1 }, newValue: { text: 'AB', version: 2 } });
    const rows = await db.execute(sql`select change is null as full_copy from audit_log where entity_id = ${id} and action = 'evaluation.text.area' order by id`);
    expect((rows as unknown as { rows: Array<{ full_copy: boolean }> }).rows.map((row) => row.full_copy)).toEqual([true, true]);
    const texts = (await auditOf(id)).items.filter((item) => item.action.startsWith('evaluation.text.'));
    expect(texts[0]).toMatchObject({ actor: 'old@example.org', saves: 1, changes: [{ path: '/text', kind: 'text', at: 1, removed: '', inserted: 'B' }, { path: '/version', kind: 'value', before: 1, after: 2 }] });
    expect(texts[1]).toMatchObject({ saves: 1, oldValue: { analysis: 'Utifrån' }, newValue: { analysis: 'Utifrån och in' } });
  });

  // 5,000 saves (the bench, bench/run.ts) take too long for every test run; 500 show the same per save.
  it('keeps 500 autosaves of a 2 KB text within 20 times the text', { timeout: 120_000 }, async () => {
    const id = await draft();
    const run = await autosaveAreaText(world.context.database.db, world.context.catalogue, id, { saves: 500, textSize: 2_000 });
    const size = await auditSizeOf(world.context.database.db, id);
    expect(size.rows).toBe(500);
    // Full before-and-after copies took about 2 × 500 × the text; each save now costs its change.
    expect(size.payloadBytes).toBeLessThanOrEqual(20 * run.textBytes);
    expect(size.payloadBytes / (size.rows - 1)).toBeLessThan(80);
  });
});
