/**
 * Import benchmark: median milliseconds for parsing a seed text, importing it as .docx and as
 * PDF, and raw pdfjs text extraction of the same PDF (the importer's PDF target is ≤ 1.5 × that),
 * plus RSS growth over 500 consecutive text imports. Needs ../shared/seeds; the PDF figures
 * need Chromium at /usr/bin/chromium (they are left out without it).
 *
 * Run: npx tsx bench/import-bench.ts
 */
import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractText } from '../src/import/extract-text.js';
import { importContext, readSeed, SEED_FILES, seedToDocx, seedToHtml } from '../src/import/fixtures/build-fixtures.js';
import { CHROMIUM_PATH } from '../tests/support/browser.js';
import { htmlToPdf } from '../tests/support/html-to-pdf.js';
import { parseReportText } from '../src/import/parse-report.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function time(runs: number, task: () => unknown): Promise<number> {
  await task();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

/** pdfjs alone: open, getTextContent of every page, destroy. */
async function rawPdfjs(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let items = 0;
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

/** Median ms per operation (keys name seed and operation) and RSS growth in MB. */
export async function benchImport(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const texts = SEED_FILES.map((name) => readSeed(name));
  for (const [index, name] of SEED_FILES.entries()) {
    const text = texts[index] ?? '';
    const key = name.replace(/\.txt$/, '');
    results[`${key} text parse ms`] = await time(50, () => parseReportText(text, importContext(name)));
    const docx = await seedToDocx(text);
    results[`${key} docx import ms`] = await time(10, async () => parseReportText(await extractText(docx, `${name}.docx`), importContext(name)));
  }
  if (existsSync(CHROMIUM_PATH)) {
    const pdfs = await htmlToPdf(texts.map((text) => seedToHtml(text)));
    for (const [index, name] of SEED_FILES.entries()) {
      const pdf = pdfs[index];
      if (!pdf) continue;
      const key = name.replace(/\.txt$/, '');
      // Alternate the two so both see the same machine state (pdfjs times vary a lot run to run).
      const raw: number[] = [];
      const full: number[] = [];
      await rawPdfjs(pdf);
      for (let run = 0; run < 21; run += 1) {
        let started = performance.now();
        await rawPdfjs(pdf);
        raw.push(performance.now() - started);
        started = performance.now();
        parseReportText(await extractText(pdf, `${name}.pdf`), importContext(name));
        full.push(performance.now() - started);
      }
      results[`${key} raw pdfjs ms`] = Math.round(median(raw) * 100) / 100;
      results[`${key} pdf import ms`] = Math.round(median(full) * 100) / 100;
      results[`${key} pdf/raw ratio`] = Math.round(((results[`${key} pdf import ms`] ?? 0) / (results[`${key} raw pdfjs ms`] || 1)) * 100) / 100;
    }
  }
  const text = texts[0] ?? '';
  for (let run = 0; run < 50; run += 1) parseReportText(text, importContext('warm'));
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  for (let run = 0; run < 500; run += 1) parseReportText(text, importContext(`run-${run}`));
  globalThis.gc?.();
  results['rss growth MB over 500 text imports'] = Math.round(((process.memoryUsage().rss - before) / (1024 * 1024)) * 10) / 10;
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchImport(), null, 2));
}
