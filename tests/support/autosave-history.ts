/**
 * Autosaves of one text as a person makes them: a text of a few kilobytes, then many saves each a
 * few characters typed, deleted or replaced near where the last one was, through the texts'
 * command (versionedWrite, audit and all). Used by the audit tests and the bench.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import type { Catalogue } from '../../src/domain/framework.js';
import { writeAreaText } from '../../src/api/texts/commands.js';
import type { AreaText } from '../../src/contract/texts.js';

const WORDS = ['kommunen', 'styrning', 'uppföljning', 'medborgare', 'dialog', 'kvalitet', 'ansvar', 'och', 'med', 'för', 'att', 'är', 'tydlig', 'arbete', 'förbättring', 'nämnd'];

/** A small deterministic random source (the same run every time for one seed). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

/** Prose of about `size` characters. */
export function proseOf(size: number, random: () => number): string {
  let text = '';
  while (text.length < size) text += `${WORDS[Math.floor(random() * WORDS.length)]}${random() < 0.1 ? '. ' : ' '}`;
  return text.slice(0, size);
}

/** The next version of the text: a few characters typed, deleted or replaced near the cursor (its length stays about the same). */
export function nextEdit(text: string, cursor: number, random: () => number): { text: string; cursor: number } {
  const roll = random();
  let at = Math.min(text.length, Math.max(0, roll < 0.05 ? Math.floor(random() * text.length) : cursor));
  const typed = proseOf(1 + Math.floor(random() * 4), random);
  if (roll < 0.5) return { text: text.slice(0, at) + typed + text.slice(at), cursor: at + typed.length };
  const removed = 1 + Math.floor(random() * 5);
  at = Math.max(0, Math.min(at, text.length - removed));
  if (roll < 0.9) return { text: text.slice(0, at) + text.slice(at + removed), cursor: at };
  return { text: text.slice(0, at) + typed + text.slice(at + removed), cursor: at + typed.length };
}

export interface AutosaveRun {
  /** Every version the server acknowledged, in order (the first is the text's first save). */
  saved: AreaText[];
  /** The text's size at the end, in bytes (UTF-8). */
  textBytes: number;
}

/**
 * Saves area `areaCode`'s analysis `saves` times, starting from a text of `textSize` characters.
 * `actors` take turns by `turn` saves each (one actor: one person's burst; two: interleaved editors).
 */
export async function autosaveAreaText(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  options: { areaCode?: string; saves: number; textSize: number; seed?: number; actors?: readonly string[]; turn?: number },
): Promise<AutosaveRun> {
  const { areaCode = '1', saves, textSize, seed = 7, actors = ['skribent@example.org'], turn = 1 } = options;
  const random = randomSource(seed);
  let text = proseOf(textSize, random);
  let cursor = Math.floor(text.length / 2);
  const saved: AreaText[] = [];
  let version = 0;
  for (let index = 0; index < saves; index += 1) {
    if (index > 0) ({ text, cursor } = nextEdit(text, cursor, random));
    const actor = actors[Math.floor(index / turn) % actors.length]!;
    const answer = await writeAreaText(db, catalogue, evaluationId, areaCode, { version, layout: 'summary', analysis: text, strengths: ['Tydlig styrning'], improvements: [] }, actor);
    version = answer.version;
    saved.push(answer);
  }
  return { saved, textBytes: Buffer.byteLength(text, 'utf8') };
}

export interface AuditSize {
  rows: number;
  /** The stored values as JSON text (old, new and change), in bytes. */
  payloadBytes: number;
  /** The same values as the database stores them (after its own compression), in bytes. */
  storedBytes: number;
  /** Whole rows as stored (every column, bookkeeping included; without tuple headers and indexes), in bytes. */
  rowBytes: number;
}

/** The size of the audit entries an evaluation's texts left. */
export async function auditSizeOf(db: Database, evaluationId: string): Promise<AuditSize> {
  const result = (await db.execute(sql`
    select count(*)::int as rows,
           coalesce(sum(coalesce(octet_length(old_value::text), 0) + coalesce(octet_length(new_value::text), 0) + coalesce(octet_length(change::text), 0)), 0)::int as payload,
           coalesce(sum(coalesce(pg_column_size(old_value), 0) + coalesce(pg_column_size(new_value), 0) + coalesce(pg_column_size(change), 0)), 0)::int as stored,
           coalesce(sum(pg_column_size(audit_log.*)), 0)::int as row_bytes
      from audit_log where entity_type = 'evaluation' and entity_id = ${evaluationId} and action like 'evaluation.text.%'`)) as unknown as {
    rows: Array<{ rows: number; payload: number; stored: number; row_bytes: number }>;
  };
  const row = result.rows[0]!;
  return { rows: row.rows, payloadBytes: row.payload, storedBytes: row.stored, rowBytes: row.row_bytes };
}
