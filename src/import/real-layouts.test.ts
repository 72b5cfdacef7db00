/**
 * The seeds laid out as published reports are — real Word tables with narrow name columns,
 * centred and top-aligned cells — as .docx (docx package, and HTML through LibreOffice) and as
 * PDF (both .docx files through LibreOffice), all made at test time in one temporary folder with
 * two soffice runs. Each must import to what the text form gives.
 * Skipped where LibreOffice is missing, except in CI (there the tests fail).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';
import { importContext, readSeed, SEED_FILES, SEEDS_AVAILABLE } from './fixtures/build-fixtures.js';
import { convertWithSoffice, findSoffice, seedToLayoutDocx, seedToLayoutHtml, writeInto } from './fixtures/real-layouts.js';
import { reportEssentials } from './fixtures/report-essentials.js';
import { parseReportText, type ParsedReport } from './parse-report.js';

const soffice = findSoffice();

/** What must survive the layout: facts, every score and sub-area name, totals, findings. */
const essentials = (report: ParsedReport) => reportEssentials(report, { subareaTitles: true, earlierAreas: false });

/** The strengths and improvements of every area, item by item. */
function lists(report: ParsedReport) {
  return report.areas.map((area) => ({ code: area.code, strengths: area.strengths, improvements: area.improvements }));
}

type Format = 'docx (docx package)' | 'docx (LibreOffice)' | 'pdf (LibreOffice, from the docx package file)' | 'pdf (LibreOffice, from its own docx)';
const FORMATS: Format[] = ['docx (docx package)', 'docx (LibreOffice)', 'pdf (LibreOffice, from the docx package file)', 'pdf (LibreOffice, from its own docx)'];

describe.skipIf(!SEEDS_AVAILABLE || (!soffice && !process.env.CI))('seeds in real Word and PDF layouts', () => {
  let dir = '';
  const files = new Map<string, string>();

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice; apt-get install libreoffice-writer-nogui) is needed to lay the seeds out as Word and PDF files');
    dir = mkdtempSync(join(tmpdir(), 'kompass-layouts-'));
    const html: string[] = [];
    const packaged: string[] = [];
    for (const name of SEED_FILES) {
      const base = name.replace(/\.txt$/, '');
      html.push(writeInto(dir, `${base}-lo.html`, seedToLayoutHtml(readSeed(name))));
      packaged.push(writeInto(dir, `${base}-pkg.docx`, await seedToLayoutDocx(readSeed(name))));
    }
    const profile = join(dir, 'profile');
    const libreDocx = await convertWithSoffice(soffice, html, 'docx', join(dir, 'lo'), profile);
    const pdfs = await convertWithSoffice(soffice, [...packaged, ...libreDocx], 'pdf', join(dir, 'pdf'), profile);
    SEED_FILES.forEach((name, index) => {
      files.set(`${name} docx (docx package)`, packaged[index]!);
      files.set(`${name} docx (LibreOffice)`, libreDocx[index]!);
      files.set(`${name} pdf (LibreOffice, from the docx package file)`, pdfs[index]!);
      files.set(`${name} pdf (LibreOffice, from its own docx)`, pdfs[SEED_FILES.length + index]!);
    });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const name of SEED_FILES) {
    for (const format of FORMATS) {
      const key = `${name} ${format}`;
      it(`${key} imports as the text does`, async () => {
        const path = files.get(key)!;
        const fromFile = parseReportText(await extractText(new Uint8Array(readFileSync(path)), path), importContext(path));
        const fromText = parseReportText(readSeed(name), importContext(name));
        expect(essentials(fromFile)).toEqual(essentials(fromText));
      });
      it(`${key} keeps the strengths and improvements of the text`, async () => {
        const path = files.get(key)!;
        const fromFile = parseReportText(await extractText(new Uint8Array(readFileSync(path)), path), importContext(path));
        const fromText = parseReportText(readSeed(name), importContext(name));
        expect(lists(fromFile)).toEqual(lists(fromText));
      });
    }
  }
});
