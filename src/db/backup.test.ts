import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { seedDemo } from '../demo/seed-demo.js';
import { prepareContext } from '../server/boot.js';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { runScheduledBackup } from '../server/scheduled-backup.js';
import { excludeRunningApps, holdAppPresence } from './app-presence.js';
import { BackupError, restoreBackup, verifyBackup, writeBackup } from './backup.js';
import { openPglite, type DatabaseHandle } from './client.js';
import { queryRows } from './query.js';
import { auditLog, evidenceFiles } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'kompass-backup-'));
let source: DatabaseHandle;
let target: DatabaseHandle;

/** A backup file's lines after the header: its data part and end (the header names time and engine). */
const dataPart = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(1).join('\n');
const header = (path: string) => JSON.parse(gunzipSync(readFileSync(path)).toString('utf8').split('\n', 1)[0]!) as { tables: Array<{ name: string; rows: number }> };

async function tableDump(handle: DatabaseHandle, table: string): Promise<string[]> {
  const rows = await queryRows<{ j: string }>(handle.db, sql.raw(`select row_to_json(t)::text as j from public."${table}" t`));
  return rows.map((row) => row.j).sort();
}

beforeAll(async () => {
  source = await openTestDatabase();
  const context = await prepareContext(source);
  await seedDemo(source.db, context.catalogue);
  // Binary content with every byte value, and an audit entry (its table refuses TRUNCATE).
  const [evaluation] = await queryRows<{ id: string }>(source.db, sql`select id from evaluations order by id limit 1`);
  await source.db.insert(evidenceFiles).values({
    evaluationId: evaluation!.id,
    fileName: 'alla-bytes.bin',
    mediaType: 'application/octet-stream',
    sizeBytes: 256,
    sha256: '0'.repeat(64),
    content: Uint8Array.from({ length: 256 }, (_, i) => i),
    uploadedBy: 'test',
  });
  await source.db.insert(auditLog).values({ actor: 'test', action: 'backup.test', entityType: 'x', entityId: 'y' });
  target = await openTestDatabase();
  await target.migrate();
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore (${testEngine})`, () => {
  it('restores into a fresh database, and a backup of that equals the first, table by table', { timeout: 120_000 }, async () => {
    const first = join(dir, 'first.kompass-backup.gz');
    const summary = await writeBackup(source, first);
    expect(summary.rows).toBeGreaterThan(1000);
    const restored = await restoreBackup(target, first);
    expect(restored.rows).toBe(summary.rows);
    const second = join(dir, 'second.kompass-backup.gz');
    await writeBackup(target, second);
    expect(dataPart(second)).toBe(dataPart(first));
    for (const { name, rows } of header(first).tables) {
      const dump = await tableDump(target, name);
      expect(dump, name).toEqual(await tableDump(source, name));
      expect(dump.length).toBe(rows);
    }
    const [file] = await target.db.select().from(evidenceFiles).where(sql`file_name = 'alla-bytes.bin'`);
    expect(Buffer.from(file!.content)).toEqual(Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i)));
    // Sequences continue after the restored rows.
    await target.db.insert(auditLog).values({ actor: 'test', action: 'after.restore', entityType: 'x', entityId: 'y' });
    const [max] = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from audit_log`);
    expect(max!.n).toBe(header(first).tables.find((t) => t.name === 'audit_log')!.rows + 1);
  });

  it('refuses a truncated, a damaged and a foreign file, and one from another schema level, changing nothing', { timeout: 120_000 }, async () => {
    const good = join(dir, 'good.kompass-backup.gz');
    await writeBackup(source, good);
    const before = await tableDump(target, 'evaluations');
    const raw = gunzipSync(readFileSync(good)).toString('utf8');

    const truncated = join(dir, 'truncated.gz');
    writeFileSync(truncated, readFileSync(good).subarray(0, Math.floor(readFileSync(good).length / 2)));
    await expect(restoreBackup(target, truncated)).rejects.toThrow(/truncated|damaged/);

    const lines = raw.split('\n');
    // One row changed in a way that still reads as JSON: only the checksum can tell.
    const rowLine = lines.findIndex((line, i) => i > 0 && line.startsWith('{"'));
    const tampered = [...lines];
    tampered[rowLine] = `${tampered[rowLine]!.slice(0, -1)} }`;
    const damaged = join(dir, 'damaged.gz');
    writeFileSync(damaged, gzipSync(tampered.join('\n')));
    await expect(restoreBackup(target, damaged)).rejects.toThrow('checksum does not match');
    // Checked inside the restore's transaction too, so a file that changed after its check rolls back.
    await expect(restoreBackup(target, damaged, { verified: await verifyBackup(good) })).rejects.toThrow('checksum does not match');

    const foreign = join(dir, 'foreign.gz');
    writeFileSync(foreign, 'not a backup');
    await expect(restoreBackup(target, foreign)).rejects.toThrow(BackupError);

    const head = JSON.parse(lines[0]!) as { migrations: Array<{ hash: string }> };
    head.migrations = head.migrations.slice(0, -1);
    const older = join(dir, 'older.gz');
    writeFileSync(older, gzipSync([JSON.stringify(head), ...lines.slice(1)].join('\n')));
    await expect(restoreBackup(target, older)).rejects.toThrow(/another schema level .* restore it with the Kompass version that made it/);

    expect(await tableDump(target, 'evaluations')).toEqual(before);
  });

  it('reads one snapshot while other writes go on', { timeout: 60_000 }, async () => {
    const path = join(dir, 'concurrent.kompass-backup.gz');
    const [countBefore] = await queryRows<{ n: number }>(source.db, sql`select count(*)::int as n from audit_log`);
    let write: Promise<unknown> | undefined;
    await writeBackup(source, path, {
      beforeTable: async (name) => {
        if (write) return;
        // execute(): a query builder alone runs again at every await.
        write = source.db.insert(auditLog).values({ actor: 'test', action: `during.${name}`, entityType: 'x', entityId: 'y' }).execute();
        // PostgreSQL runs the write beside the backup; PGlite has one connection, so the write waits for the backup.
        if (source.engine === 'postgres') await write;
      },
    });
    await write;
    const [countAfter] = await queryRows<{ n: number }>(source.db, sql`select count(*)::int as n from audit_log`);
    expect(countAfter!.n).toBe(countBefore!.n + 1);
    const inBackup = header(path).tables.find((t) => t.name === 'audit_log')!.rows;
    expect(inBackup).toBe(countBefore!.n);
    expect(dataPart(path)).not.toContain('"during.');
  });

  it('keeps the newest scheduled backups and removes older ones', { timeout: 60_000 }, async () => {
    const directory = join(dir, 'scheduled');
    const schedule = { directory, intervalHours: 24, keep: 2 };
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) await runScheduledBackup(source, schedule, new Date(`${day}T03:00:00.000Z`));
    expect(readdirSync(directory).sort()).toEqual(['kompass-20261202T030000Z.kompass-backup.gz', 'kompass-20261203T030000Z.kompass-backup.gz']);
    expect(dataPart(join(directory, 'kompass-20261203T030000Z.kompass-backup.gz'))).toContain('["sequences",');
  });

  it.runIf(process.env.TEST_DATABASE_URL)('refuses a restore while a Kompass app runs on the PostgreSQL database', { timeout: 60_000 }, async () => {
    const server = process.env.TEST_DATABASE_URL!;
    const name = `kompass_presence_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    try {
      const app = await holdAppPresence(url.toString());
      await expect(excludeRunningApps(url.toString())).rejects.toThrow(/Kompass is running on this database \(1 app\(s\): backend \d+/);
      await app.release();
      const restore = await excludeRunningApps(url.toString());
      // …and an app does not start while the restore runs.
      await expect(holdAppPresence(url.toString())).rejects.toThrow('A restore (kompass restore) is running');
      await restore.release();
      await (await holdAppPresence(url.toString())).release();
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('moves between the engines: a PostgreSQL backup restored into PGlite backs up to the same data', { timeout: 60_000 }, async () => {
    const fromPostgres = join(dir, 'from-postgres.kompass-backup.gz');
    await writeBackup(source, fromPostgres);
    const embedded = await openPglite();
    try {
      await embedded.migrate();
      await restoreBackup(embedded, fromPostgres);
      const fromPglite = join(dir, 'from-pglite.kompass-backup.gz');
      await writeBackup(embedded, fromPglite);
      expect(dataPart(fromPglite)).toBe(dataPart(fromPostgres));
    } finally {
      await embedded.close();
    }
  });
});
