/**
 * Import fuzz campaign: documents at full size made from the seed reports (../shared/seeds) as
 * text, Word and PDF, then mutated — as text (lines dropped, doubled, numbers changed), as ZIP
 * (bit flips, truncation, duplicated entries, lying sizes) and as PDF (bit flips, truncation,
 * wrong stream lengths, broken xref) — each read by the importer's extraction and parsing in a
 * worker thread with the import limits (memory and time). Counts how each ended: a report, a
 * clean ImportError (by code), a crash (any other exception, or the worker dying), a hang (over
 * the time limit), and the process's RSS before and after.
 *
 * `npm run bench` runs it at BENCH_IMPORT_FUZZ documents (default 100,000);
 * tests/import-fuzz.test.ts runs 150 in CI.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { readSeed, SEED_FILES, seedToDocx } from '../src/import/fixtures/build-fixtures.js';
import { docxParts, zipParts, type ZipPart } from '../src/import/fixtures/bombs.js';
import { DEFAULT_IMPORT_WORKER_LIMITS } from '../src/api/imports/import-worker.js';
import type { FuzzOutcome } from './import-fuzz-worker.js';

/** A small deterministic random source (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'text' | 'docx' | 'pdf';
interface Base {
  kind: Kind;
  name: string;
  text: string;
  bytes: Uint8Array;
}

const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '•': 0x95, '…': 0x85, '€': 0x80 };

/** One PDF string's bytes in WinAnsiEncoding, escaped. */
function pdfString(line: string): string {
  let out = '';
  for (const char of line) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    const byte = code < 256 ? code : 0x3f;
    out += byte === 0x28 || byte === 0x29 || byte === 0x5c ? `\\${String.fromCharCode(byte)}` : String.fromCharCode(byte);
  }
  return out;
}

/** A PDF of the report's lines, 60 to a page, in Helvetica (text only, Flate-compressed pages). */
export function textToPdf(text: string): Uint8Array {
  const lines = text.split('\n').map((line) => line.replace(/\t/g, '    '));
  const pages: string[][] = [];
  for (let at = 0; at < lines.length; at += 60) pages.push(lines.slice(at, at + 60));
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (chunk: Buffer | string) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(buffer);
    length += buffer.length;
  };
  const object = (number: number, body: string, stream?: Buffer) => {
    offsets[number] = length;
    add(`${number} 0 obj\n${body}\n`);
    if (stream) {
      add('stream\n');
      add(stream);
      add('\nendstream\n');
    }
    add('endobj\n');
  };
  add('%PDF-1.4\n');
  const pageNumber = (index: number) => 4 + index * 2;
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pages.map((_, index) => `${pageNumber(index)} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((page, index) => {
    const content = ['BT /F1 10 Tf 12 TL 40 800 Td', ...page.map((line) => `(${pdfString(line)}) '`), 'ET'].join('\n');
    const stream = deflateSync(Buffer.from(content, 'latin1'));
    object(pageNumber(index), `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageNumber(index) + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    object(pageNumber(index) + 1, `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
  });
  const count = 4 + pages.length * 2;
  const xref = length;
  add(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let number = 1; number < count; number += 1) add(`${String(offsets[number] ?? 0).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The seed reports as text, Word and PDF. */
export async function fuzzBases(): Promise<Base[]> {
  const bases: Base[] = [];
  for (const name of SEED_FILES) {
    const text = readSeed(name);
    bases.push({ kind: 'text', name, text, bytes: new TextEncoder().encode(text) });
    bases.push({ kind: 'docx', name, text, bytes: await seedToDocx(text) });
    bases.push({ kind: 'pdf', name, text, bytes: textToPdf(text) });
  }
  return bases;
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** The text mutated: lines dropped, doubled or swapped, numbers changed, characters replaced. */
function mutateText(text: string, rng: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(rng() * 8);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(rng() * lines.length);
    const line = lines[at] ?? '';
    switch (Math.floor(rng() * 6)) {
      case 0:
        lines.splice(at, 1 + Math.floor(rng() * 20));
        break;
      case 1:
        lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(rng() * 30)));
        break;
      case 2:
        lines[at] = line.replace(/\d+/g, () => String(Math.floor(rng() * 100000) - 1000));
        break;
      case 3:
        lines[at] = line.replace(/[\t ]/g, () => pick(rng, ['\t', ' ', '', '  ', '\t\t']));
        break;
      case 4: {
        const other = Math.floor(rng() * lines.length);
        [lines[at], lines[other]] = [lines[other] ?? '', line];
        break;
      }
      default:
        lines[at] = [...line].map((char) => (rng() < 0.1 ? pick(rng, ['#', 'Område', '|', '\u0000', '–', '%', '\uFFFD', '9']) : char)).join('');
    }
  }
  return lines.join('\n');
}

/** Bytes with some bits flipped, a stretch cut out, or the end cut off. */
function mutateBytes(bytes: Uint8Array, rng: () => number): Uint8Array {
  const out = bytes.slice();
  switch (Math.floor(rng() * 3)) {
    case 0: {
      const flips = 1 + Math.floor(rng() * 16);
      for (let flip = 0; flip < flips; flip += 1) out[Math.floor(rng() * out.length)]! ^= 1 << Math.floor(rng() * 8);
      return out;
    }
    case 1: {
      const from = Math.floor(rng() * out.length);
      return new Uint8Array(Buffer.concat([out.subarray(0, from), out.subarray(Math.min(out.length, from + 1 + Math.floor(rng() * 4096)))]));
    }
    default:
      return out.subarray(0, Math.max(1, Math.floor(rng() * out.length)));
  }
}

/** A Word file rebuilt with a ZIP structure fault: duplicated or missing entries, lying sizes, stored parts, junk entries. */
function mutateZip(text: string, rng: () => number): Uint8Array {
  const body = text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('');
  const parts: ZipPart[] = docxParts(body);
  switch (Math.floor(rng() * 5)) {
    case 0:
      parts.push({ ...parts[2]! });
      break;
    case 1:
      parts.splice(Math.floor(rng() * parts.length), 1);
      break;
    case 2:
      parts[2] = { ...parts[2]!, declaredSize: Math.floor(rng() * 0xffffffff) };
      break;
    case 3:
      parts[2] = { ...parts[2]!, stored: true };
      break;
    default:
      for (let index = 0; index < 1 + rng() * 50; index += 1) parts.push({ name: `word/junk${index}.xml`, data: new Uint8Array(Math.floor(rng() * 5000)).fill(60) });
  }
  return zipParts(parts);
}

/** A PDF with a structure fault: stream lengths wrong, xref offsets broken, objects doubled. */
function mutatePdf(bytes: Uint8Array, rng: () => number): Uint8Array {
  let text = Buffer.from(bytes).toString('latin1');
  switch (Math.floor(rng() * 3)) {
    case 0:
      text = text.replace(/\/Length (\d+)/g, (whole, value: string) => (rng() < 0.3 ? `/Length ${Math.floor(Number(value) * rng() * 3)}` : whole));
      break;
    case 1:
      text = text.replace(/(\d{10}) 00000 n/g, (whole) => (rng() < 0.3 ? `${String(Math.floor(rng() * 1e9)).padStart(10, '0')} 00000 n` : whole));
      break;
    default: {
      const objects = [...text.matchAll(/\d+ 0 obj[\s\S]*?endobj\n/g)];
      const copy = objects.length > 0 ? pick(rng, objects)[0] : '';
      const at = Math.floor(rng() * text.length);
      text = text.slice(0, at) + copy + text.slice(at);
    }
  }
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** The `index`th document of the campaign (deterministic). */
export function fuzzDocument(bases: readonly Base[], index: number): { bytes: Uint8Array; file: string } {
  const rng = random(index * 2654435761);
  const base = bases[index % bases.length]!;
  const file = `fuzz-${index}.${base.kind === 'text' ? 'txt' : base.kind}`;
  const choice = rng();
  if (base.kind === 'text') return { file, bytes: choice < 0.7 ? new TextEncoder().encode(mutateText(base.text, rng)) : mutateBytes(base.bytes, rng) };
  if (base.kind === 'docx') return { file, bytes: choice < 0.5 ? mutateBytes(base.bytes, rng) : mutateZip(choice < 0.75 ? mutateText(base.text, rng) : base.text, rng) };
  if (choice < 0.3) return { file, bytes: textToPdf(mutateText(base.text, rng)) };
  return { file, bytes: choice < 0.65 ? mutateBytes(base.bytes, rng) : mutatePdf(base.bytes, rng) };
}

function startFuzzWorker(heapMb: number): Worker {
  const entry = new URL('./import-fuzz-worker.ts', import.meta.url);
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

export interface FuzzResult {
  documents: number;
  kinds: Record<string, number>;
  reports: number;
  importErrors: Record<string, number>;
  crashes: number;
  outOfMemory: number;
  hangs: number;
  crashSamples: string[];
  rssBeforeMb: number;
  rssAfterMb: number;
  seconds: number;
}

/**
 * Runs `count` documents through one reusable worker (recreated after it dies or hangs), each
 * under the import limits: `timeoutMs` wall-clock, `heapMb` heap.
 */
export async function runImportFuzz(options: { count: number; timeoutMs?: number; heapMb?: number; onProgress?: (done: number) => void }): Promise<FuzzResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_IMPORT_WORKER_LIMITS.timeoutMs;
  const heapMb = options.heapMb ?? DEFAULT_IMPORT_WORKER_LIMITS.heapMb;
  const bases = await fuzzBases();
  const result: FuzzResult = {
    documents: 0,
    kinds: {},
    reports: 0,
    importErrors: {},
    crashes: 0,
    outOfMemory: 0,
    hangs: 0,
    crashSamples: [],
    rssBeforeMb: Math.round(process.memoryUsage().rss / 1048576),
    rssAfterMb: 0,
    seconds: 0,
  };
  const began = performance.now();
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  const ensureWorker = () => {
    if (worker) return;
    const started = startFuzzWorker(heapMb);
    worker = started;
    ready = new Promise((resolve) => started.once('message', () => resolve()));
  };
  const retire = async () => {
    const old = worker;
    worker = null;
    await old?.terminate();
  };
  for (let index = 0; index < options.count; index += 1) {
    const document = fuzzDocument(bases, index);
    const kind = document.file.split('.').pop()!;
    result.kinds[kind] = (result.kinds[kind] ?? 0) + 1;
    ensureWorker();
    await ready;
    const current = worker!;
    const outcome = await new Promise<FuzzOutcome | { outcome: 'hang' } | { outcome: 'died'; oom: boolean; message: string }>((resolve) => {
      const timer = setTimeout(() => settle({ outcome: 'hang' }), timeoutMs);
      const onMessage = (message: FuzzOutcome) => settle(message);
      const onError = (error: Error & { code?: string }) => settle({ outcome: 'died', oom: error.code === 'ERR_WORKER_OUT_OF_MEMORY', message: error.message });
      const onExit = (code: number) => settle({ outcome: 'died', oom: false, message: `exit ${code}` });
      function settle(value: FuzzOutcome | { outcome: 'hang' } | { outcome: 'died'; oom: boolean; message: string }) {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        resolve(value);
      }
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id: index, bytes: document.bytes, file: document.file });
    });
    result.documents += 1;
    if (outcome.outcome === 'report') result.reports += 1;
    else if (outcome.outcome === 'import-error') result.importErrors[outcome.code] = (result.importErrors[outcome.code] ?? 0) + 1;
    else if (outcome.outcome === 'hang') {
      result.hangs += 1;
      await retire();
    } else if (outcome.outcome === 'died') {
      if (outcome.oom) result.outOfMemory += 1;
      else result.crashes += 1;
      if (result.crashSamples.length < 10) result.crashSamples.push(`${document.file}: worker died: ${outcome.message}`);
      await retire();
    } else {
      result.crashes += 1;
      if (result.crashSamples.length < 10) result.crashSamples.push(`${document.file}: ${outcome.message}`);
    }
    options.onProgress?.(result.documents);
  }
  await retire();
  (globalThis as { gc?: () => void }).gc?.();
  result.seconds = Math.round((performance.now() - began) / 100) / 10;
  result.rssAfterMb = Math.round(process.memoryUsage().rss / 1048576);
  return result;
}
