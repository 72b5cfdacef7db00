import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { projectPath } from '../paths.js';
import type { Database, DatabaseHandle, Executor } from './client.js';
import { queryRows } from './query.js';

/*
 * Kompass's own backup format, the same for both engines (so a backup of the embedded database can
 * be restored into PostgreSQL and back): a gzip'd text file of JSON lines.
 *
 *   line 1        header: format, format version, app version, engine, time, the applied
 *                 migrations (drizzle's hashes), every table with its columns and row count
 *   then          per table, in foreign-key order: ["table", name], then one line per row, the
 *                 row as PostgreSQL's row_to_json writes it (bytea as "\x…" hex, timestamps in
 *                 UTC, numerics exactly as stored, jsonb as JSON), ordered by primary key
 *   then          ["sequences", {…}]: each sequence's position
 *   last line     ["end", {"sha256": …}]: the checksum of every line between the header and this one
 * (a row is a JSON object, a marker a JSON array, so the two never mix up)
 *
 * The data part (everything after the header) of two backups of the same content is byte-identical.
 * Rows are never parsed in JavaScript, so no number loses precision: restore hands them back to
 * PostgreSQL's json_populate_recordset, which converts each value with its column's own type.
 * One limit of row_to_json: a jsonb column holding the JSON value null comes back as SQL NULL.
 */

export const BACKUP_FORMAT = 'kompass-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The ending scheduled backups are written with (and pruned by). */
export const BACKUP_SUFFIX = '.kompass-backup.gz';

/** A backup file that cannot be restored here, or a database that cannot take it; the message says why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

interface Migration {
  hash: string;
  createdAt: number;
}

interface TableInfo {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: string;
  formatVersion: number;
  app: string;
  engine: DatabaseHandle['engine'];
  createdAt: string;
  migrations: Migration[];
  tables: TableInfo[];
}

/** What a backup or a restore did, for the CLI and the log. */
export interface BackupSummary {
  path: string;
  bytes: number;
  tables: number;
  rows: number;
  migrations: number;
  milliseconds: number;
}

const appVersion = () => (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;

/** The migrations this code applies, oldest first (the same hashes drizzle records in the database). */
export function codeMigrations(): Migration[] {
  return readMigrationFiles({ migrationsFolder: projectPath('drizzle') }).map((m) => ({ hash: m.hash, createdAt: m.folderMillis }));
}

async function appliedMigrations(executor: Executor): Promise<Migration[]> {
  const rows = await queryRows<{ hash: string; created_at: string | number }>(
    executor,
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((row) => ({ hash: row.hash, createdAt: Number(row.created_at) }));
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const table = (name: string) => `public.${ident(name)}`;

/** The public tables, each after the tables its foreign keys point to (ties by name, so the order is stable). */
async function tablesInOrder(executor: Executor): Promise<string[]> {
  const tables = (await queryRows<{ name: string }>(executor, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)).map((row) => row.name);
  const edges = await queryRows<{ child: string; parent: string }>(
    executor,
    sql`select c.relname as child, p.relname as parent
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
        join pg_class p on p.oid = k.confrelid
        where k.contype = 'f' and cn.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const ordered: string[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (path.includes(name)) throw new BackupError(`Foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    for (const edge of edges.filter((e) => e.child === name).sort((a, b) => a.parent.localeCompare(b.parent))) visit(edge.parent, [...path, name]);
    done.add(name);
    ordered.push(name);
  };
  for (const name of tables) visit(name, []);
  return ordered;
}

async function columnsOf(executor: Executor, name: string): Promise<string[]> {
  const rows = await queryRows<{ column_name: string }>(
    executor,
    sql`select column_name from information_schema.columns
        where table_schema = 'public' and table_name = ${name} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  return rows.map((row) => row.column_name);
}

async function primaryKeyOf(executor: Executor, name: string): Promise<string[]> {
  const rows = await queryRows<{ attname: string }>(
    executor,
    sql`select a.attname from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
        where i.indrelid = ${table(name)}::regclass and i.indisprimary
        order by array_position(i.indkey::int2[], a.attnum)`,
  );
  return rows.map((row) => row.attname);
}

interface SequenceInfo {
  sequence: string;
  table: string;
  column: string;
}

async function sequencesOf(executor: Executor): Promise<SequenceInfo[]> {
  return queryRows<SequenceInfo>(
    executor,
    sql`select s.relname as sequence, t.relname as table, a.attname as column
        from pg_class s join pg_namespace n on n.oid = s.relnamespace
        join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
        join pg_class t on t.oid = d.refobjid
        join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where s.relkind = 'S' and n.nspname = 'public'
        order by s.relname`,
  );
}

const hasBinaryColumn = async (executor: Executor, name: string) =>
  (await queryRows(executor, sql`select 1 from information_schema.columns where table_schema = 'public' and table_name = ${name} and data_type = 'bytea'`)).length > 0;

/** Test hook: called before each table is read, inside the backup's snapshot. */
export type BeforeTable = (name: string) => Promise<void> | void;

/** Writes the backup's lines to `write`, all read in one snapshot; returns the header. */
async function writeBackupLines(db: Database, engine: DatabaseHandle['engine'], write: (text: string) => Promise<void>, beforeTable?: BeforeTable): Promise<BackupHeader> {
  // One repeatable-read, read-only transaction: every table is read from the same snapshot, so a
  // backup taken while the app writes is consistent (on PGlite, which has one connection, the
  // app's statements wait for the backup to finish instead).
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local timezone = 'UTC'`);
      await tx.execute(sql`set local bytea_output = 'hex'`);
      const migrations = await appliedMigrations(tx);
      const tables: TableInfo[] = [];
      for (const name of await tablesInOrder(tx)) {
        const [count] = await queryRows<{ n: string | number }>(tx, sql.raw(`select count(*) as n from ${table(name)}`));
        tables.push({ name, columns: await columnsOf(tx, name), rows: Number(count!.n) });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        app: appVersion(),
        engine,
        createdAt: new Date().toISOString(),
        migrations,
        tables,
      };
      await write(`${JSON.stringify(header)}\n`);
      const hash = createHash('sha256');
      const data = async (text: string) => {
        hash.update(text);
        await write(text);
      };
      for (const info of tables) {
        await beforeTable?.(info.name);
        await data(`${JSON.stringify(['table', info.name])}\n`);
        const key = await primaryKeyOf(tx, info.name);
        const order = key.length > 0 ? key.map(ident).join(', ') : 'row_to_json(t)::text';
        const batch = (await hasBinaryColumn(tx, info.name)) ? 20 : 1000;
        const select = info.columns.map((column) => `t.${ident(column)}`).join(', ');
        await tx.execute(sql.raw(`declare kompass_backup no scroll cursor for select row_to_json(r)::text as j from (select ${select} from ${table(info.name)} t order by ${order}) r`));
        for (;;) {
          const rows = await queryRows<{ j: string }>(tx, sql.raw(`fetch ${batch} from kompass_backup`));
          if (rows.length === 0) break;
          await data(rows.map((row) => `${row.j}\n`).join(''));
        }
        await tx.execute(sql`close kompass_backup`);
      }
      const sequences: Record<string, { value: string; called: boolean }> = {};
      for (const sequence of await sequencesOf(tx)) {
        const [row] = await queryRows<{ last_value: string | number; is_called: boolean }>(tx, sql.raw(`select last_value, is_called from public.${ident(sequence.sequence)}`));
        sequences[sequence.sequence] = { value: String(row!.last_value), called: row!.is_called };
      }
      await data(`${JSON.stringify(['sequences', sequences])}\n`);
      await write(`${JSON.stringify(['end', { sha256: hash.digest('hex') }])}\n`);
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Writes a backup of the whole database to `path`: to a temporary file beside it, synced to disk,
 * then renamed, so `path` is either the old file or the complete new one.
 */
export async function writeBackup(handle: Pick<DatabaseHandle, 'db' | 'engine'>, path: string, options: { beforeTable?: BeforeTable } = {}): Promise<BackupSummary> {
  const started = performance.now();
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  let header: BackupHeader;
  let size: number;
  try {
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
    // A failed writer (disk full) stops the reading at its next line.
    let writeFailure: unknown;
    written.catch((error: unknown) => {
      writeFailure = error;
    });
    const write = async (text: string) => {
      if (writeFailure) throw writeFailure;
      if (!gzip.write(text)) await once(gzip, 'drain');
    };
    try {
      header = await writeBackupLines(handle.db, handle.engine, write, options.beforeTable);
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      throw error;
    }
    gzip.end();
    await written;
    const file = await open(temporary, 'r+');
    try {
      await file.sync();
      size = (await file.stat()).size;
    } finally {
      await file.close();
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await rename(temporary, path);
  // The rename itself reaches the disk once the directory is synced.
  const directory = await open(dirname(path), 'r');
  await directory.sync().catch(() => undefined);
  await directory.close();
  return summaryOf(header, path, size, started);
}

function summaryOf(header: BackupHeader, path: string, bytes: number, started: number): BackupSummary {
  return {
    path,
    bytes,
    tables: header.tables.length,
    rows: header.tables.reduce((sum, t) => sum + t.rows, 0),
    migrations: header.migrations.length,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** One line of a backup file after the header, as read back. */
type Entry = { kind: 'table'; name: string } | { kind: 'row'; json: string } | { kind: 'sequences'; sequences: Record<string, { value: string; called: boolean }> };

/** Reads a backup file: its header, then (via `entries`) every later line, checking the checksum and the row counts at the end. */
async function openBackup(path: string): Promise<{ header: BackupHeader; entries: () => AsyncGenerator<Entry> }> {
  const lines = async function* () {
    const gunzip = createGunzip();
    const reading = pipeline(createReadStream(path), gunzip).catch(() => undefined);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    try {
      for await (const chunk of gunzip) {
        const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
        rest = parts.pop()!;
        yield* parts;
      }
    } catch (error) {
      throw new BackupError(`${path} is damaged or truncated (${(error as Error).message}); nothing was restored.`);
    } finally {
      gunzip.destroy();
      await reading;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  };
  let header: BackupHeader | undefined;
  try {
    for await (const line of lines()) {
      header = JSON.parse(line) as BackupHeader;
      break;
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path} is not a Kompass backup (${(error as Error).message}).`);
  }
  if (!header || header.format !== BACKUP_FORMAT) throw new BackupError(`${path} is not a Kompass backup.`);
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${path} is a Kompass backup of format version ${header.formatVersion}; this Kompass reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  const known = header;
  const expected = new Map(known.tables.map((t) => [t.name, t.rows]));
  async function* entries(): AsyncGenerator<Entry> {
    const hash = createHash('sha256');
    let first = true;
    let ended = false;
    let current: string | undefined;
    let count = 0;
    const closeTable = () => {
      if (current !== undefined && expected.get(current) !== count) {
        throw new BackupError(`${path} is damaged: table ${current} has ${count} rows, its header says ${expected.get(current)}; nothing was restored.`);
      }
    };
    const seen = new Set<string>();
    for await (const line of lines()) {
      if (first) {
        first = false;
        continue;
      }
      if (ended) throw new BackupError(`${path} is damaged: text after its end; nothing was restored.`);
      if (line.startsWith('["end",')) {
        const [, { sha256 }] = JSON.parse(line) as [string, { sha256: string }];
        if (sha256 !== hash.digest('hex')) throw new BackupError(`${path} is damaged: its checksum does not match; nothing was restored.`);
        ended = true;
        continue;
      }
      hash.update(`${line}\n`);
      if (line.startsWith('["table",')) {
        closeTable();
        current = (JSON.parse(line) as [string, string])[1];
        if (!expected.has(current) || seen.has(current)) throw new BackupError(`${path} is damaged: unexpected table ${current}; nothing was restored.`);
        seen.add(current);
        count = 0;
        yield { kind: 'table', name: current };
      } else if (line.startsWith('["sequences",')) {
        closeTable();
        current = undefined;
        yield { kind: 'sequences', sequences: (JSON.parse(line) as [string, Record<string, { value: string; called: boolean }>])[1] };
      } else if (line.startsWith('{')) {
        if (current === undefined) throw new BackupError(`${path} is damaged: a row outside a table; nothing was restored.`);
        count += 1;
        yield { kind: 'row', json: line };
      } else {
        throw new BackupError(`${path} is damaged: a line that is neither a row nor a marker; nothing was restored.`);
      }
    }
    if (!ended) throw new BackupError(`${path} is truncated: its end is missing; nothing was restored.`);
    if (seen.size !== expected.size) throw new BackupError(`${path} is damaged: tables are missing; nothing was restored.`);
  }
  return { header: known, entries };
}

const sameMigrations = (a: Migration[], b: Migration[]) => a.length === b.length && a.every((m, i) => m.hash === b[i]!.hash);

function describeLevel(migrations: Migration[]): string {
  const last = migrations.at(-1);
  return `${migrations.length} migration(s)${last ? `, the last from ${new Date(last.createdAt).toISOString().slice(0, 10)} (${last.hash.slice(0, 12)})` : ''}`;
}

/**
 * Checks a backup file without touching any database: the header, the schema level against this
 * code's migrations, every row count and the checksum. Returns the header.
 */
export async function verifyBackup(path: string): Promise<BackupHeader> {
  const { header, entries } = await openBackup(path);
  const code = codeMigrations();
  if (!sameMigrations(header.migrations, code)) {
    throw new BackupError(
      `${path} was made from a database at another schema level (${describeLevel(header.migrations)}) than this Kompass ` +
        `(${describeLevel(code)}); restore it with the Kompass version that made it (app ${header.app}). Nothing was restored.`,
    );
  }
  for await (const entry of entries()) void entry;
  return header;
}

/**
 * Replaces the whole content of the database with the backup's, in one transaction: the file is
 * checked first (nothing is touched when it is damaged or from another schema level), the
 * database must be migrated to this code's level, and the row counts are checked before commit.
 */
export async function restoreBackup(handle: Pick<DatabaseHandle, 'db'>, path: string, options: { verified?: BackupHeader } = {}): Promise<BackupSummary> {
  const started = performance.now();
  // A file checked already (verifyBackup) is not read twice before the restore; the restore's own
  // read checks the checksum and counts again, inside the transaction, before it commits.
  const header = options.verified ?? (await verifyBackup(path));
  const applied = await appliedMigrations(handle.db);
  if (!sameMigrations(applied, header.migrations)) {
    throw new BackupError(`The database is at another schema level (${describeLevel(applied)}) than the backup (${describeLevel(header.migrations)}); nothing was restored.`);
  }
  const { entries } = await openBackup(path);
  await handle.db.transaction(async (tx) => {
    const names = await tablesInOrder(tx);
    const inBackup = header.tables.map((t) => t.name);
    if (names.length !== inBackup.length || names.some((name) => !inBackup.includes(name))) {
      throw new BackupError(`The database's tables (${names.join(', ')}) differ from the backup's (${inBackup.join(', ')}); nothing was restored.`);
    }
    for (const info of header.tables) {
      const columns = await columnsOf(tx, info.name);
      if (columns.join(',') !== info.columns.join(',')) throw new BackupError(`Table ${info.name} has other columns than in the backup; nothing was restored.`);
    }
    await tx.execute(sql`set constraints all deferred`);
    // The report search's passages are restored as they were backed up: the triggers that keep
    // them from the texts stand aside for this transaction (search_passages_refresh reads this).
    await tx.execute(sql`select set_config('kompass.restoring', 'on', true)`);
    // Triggers that refuse TRUNCATE (the append-only audit log) are switched off for this
    // transaction's TRUNCATE only, and on again before it commits.
    const truncateTriggers = await queryRows<{ name: string; table: string }>(
      tx,
      sql`select tg.tgname as name, c.relname as table from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and not tg.tgisinternal and tg.tgenabled <> 'D' and (tg.tgtype & 32) <> 0`,
    );
    for (const trigger of truncateTriggers) await tx.execute(sql.raw(`alter table ${table(trigger.table)} disable trigger ${ident(trigger.name)}`));
    await tx.execute(sql.raw(`truncate ${names.map(table).join(', ')} restart identity`));
    for (const trigger of truncateTriggers) await tx.execute(sql.raw(`alter table ${table(trigger.table)} enable trigger ${ident(trigger.name)}`));

    let current: TableInfo | undefined;
    let batch: string[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const columns = current.columns.map(ident).join(', ');
      await tx.execute(sql`${sql.raw(`insert into ${table(current.name)} (${columns}) select ${columns} from json_populate_recordset(null::${table(current.name)}, `)}${`[${batch.join(',')}]`}::json)`);
      batch = [];
      batchBytes = 0;
    };
    for await (const entry of entries()) {
      if (entry.kind === 'table') {
        await flush();
        current = header.tables.find((t) => t.name === entry.name);
      } else if (entry.kind === 'row') {
        batch.push(entry.json);
        batchBytes += entry.json.length;
        if (batch.length >= 500 || batchBytes > 8_000_000) await flush();
      } else {
        await flush();
        current = undefined;
        const known = new Map((await sequencesOf(tx)).map((s) => [s.sequence, s]));
        for (const [name, position] of Object.entries(entry.sequences)) {
          const sequence = known.get(name);
          if (!sequence) throw new BackupError(`The database has no sequence ${name}; nothing was restored.`);
          await tx.execute(sql`select setval(${`public.${ident(name)}`}::regclass, ${position.value}::bigint, ${position.called})`);
          // Never behind the rows restored (a backup made while rows were added keeps this so).
          await tx.execute(
            sql.raw(`select setval('public.${ident(name).replaceAll("'", "''")}'::regclass, m) from (select max(${ident(sequence.column)}) as m from ${table(sequence.table)}) x where m > ${Number(position.value)}`),
          );
        }
      }
    }
    await flush();
    for (const info of header.tables) {
      const [count] = await queryRows<{ n: string | number }>(tx, sql.raw(`select count(*) as n from ${table(info.name)}`));
      if (Number(count!.n) !== info.rows) throw new BackupError(`Table ${info.name} has ${count!.n} rows after the restore, the backup ${info.rows}; nothing was restored.`);
    }
  });
  return summaryOf(header, path, (await stat(path)).size, started);
}

/** The Unix socket a running app with an embedded database answers backup requests on. */
export function controlSocketPath(dataDir: string): string {
  return join(dataDir, 'control', 'kompass.sock');
}
