/**
 * Whole imports into the database (extract, parse, save in one transaction) on an embedded
 * database in a temporary data directory: median ms per report format, and memory over a batch of 500 imports.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocumentBytes } from '../src/api/imports/run-import.js';
import { openPglite } from '../src/db/client.js';
import { readSeed, seedToDocx, seedToHtml } from '../src/import/fixtures/build-fixtures.js';
import { CHROMIUM_PATH } from '../tests/support/browser.js';
import { htmlToPdf } from '../tests/support/html-to-pdf.js';
import { prepareContext } from '../src/server/boot.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchDatabaseImport(): Promise<Record<string, number>> {
  // A data directory on disk, as in production: the data goes to files, so memory shows the process.
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-import-bench-'));
  const database = await openPglite(dataDir);
  const context = await prepareContext(database);
  const importContext = { db: database.db, catalogue: context.catalogue, municipalities: context.municipalities };
  const text = new TextEncoder().encode(readSeed('ornskoldsvik-2017.txt'));
  const documents: Array<[string, Uint8Array]> = [
    ['text', text],
    ['docx', await seedToDocx(readSeed('ornskoldsvik-2017.txt'))],
  ];
  if (existsSync(CHROMIUM_PATH)) {
    const [pdf] = await htmlToPdf([seedToHtml(readSeed('ornskoldsvik-2017.txt'))]);
    if (pdf) documents.push(['pdf', pdf]);
  }
  const results: Record<string, number> = {};
  for (const [format, bytes] of documents) {
    const samples: number[] = [];
    for (let run = 0; run < 11; run += 1) {
      const started = performance.now();
      await importDocumentBytes(bytes, `ovik.${format}`, importContext, 'bench');
      samples.push(performance.now() - started);
    }
    results[`${format} import with database save, median ms`] = Math.round(median(samples.slice(1)) * 10) / 10;
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  for (let run = 0; run < 50; run += 1) await importDocumentBytes(text, 'warm.txt', importContext, 'bench');
  gc?.();
  const before = process.memoryUsage();
  let middle = before;
  for (let run = 0; run < 500; run += 1) {
    await importDocumentBytes(text, `batch-${run}.txt`, importContext, 'bench');
    if (run === 249) {
      gc?.();
      middle = process.memoryUsage();
    }
  }
  gc?.();
  const after = process.memoryUsage();
  results['heap growth MB over 500 database imports'] = megabytes(after.heapUsed - before.heapUsed);
  results['rss growth MB over 500 database imports'] = megabytes(after.rss - before.rss);
  results['rss growth MB over imports 251-500'] = megabytes(after.rss - middle.rss);
  results['gc available (growth measured after collection)'] = gc ? 1 : 0;
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  return results;
}
