/**
 * Word and PDF input: fixtures are generated at test time from the seed texts (a real .docx
 * built with the docx package; a PDF printed by Chromium) and must import to the same scores
 * as the text. Bad files must fail with the right ImportError code and the file name.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFilesDryRun } from './dry-run.js';
import { extractText } from './extract-text.js';
import { importContext, readSeed, SEED_FILES, SEEDS_AVAILABLE, seedToDocx, seedToHtml } from './fixtures/build-fixtures.js';
import { CHROMIUM_PATH } from '../../tests/support/browser.js';
import { htmlToPdf } from '../../tests/support/html-to-pdf.js';
import { htmlToReportText } from './html-to-text.js';
import { ImportError } from './import-error.js';
import { reportEssentials } from './fixtures/report-essentials.js';
import { parseReportText, type ParsedReport } from './parse-report.js';

/** Everything score-related that must survive a format conversion. */
const scores = (report: ParsedReport) => reportEssentials(report, { subareaTitles: false, earlierAreas: true });

async function expectImportError(bytes: Uint8Array, file: string, code: string): Promise<void> {
  const error = await extractText(bytes, file).then(
    (text) => parseReportText(text, importContext(file)),
    (failure: unknown) => failure,
  ).catch((failure: unknown) => failure);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  expect((error as ImportError).message.startsWith(`${file}: `)).toBe(true);
}

describe.skipIf(!SEEDS_AVAILABLE)('Word (.docx) input', () => {
  for (const name of SEED_FILES) {
    it(`${name} as .docx imports to the same scores as the text`, async () => {
      const text = readSeed(name);
      const docx = await seedToDocx(text);
      expect(docx.subarray(0, 4)).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
      const fromDocx = parseReportText(await extractText(docx, `${name}.docx`), importContext(`${name}.docx`));
      const fromText = parseReportText(text, importContext(name));
      expect(scores(fromDocx)).toEqual(scores(fromText));
    });
  }
});

const chromiumAvailable = existsSync(CHROMIUM_PATH);
describe.skipIf(!SEEDS_AVAILABLE || (!chromiumAvailable && !process.env.CI))('PDF input (printed by Chromium)', () => {
  let pdfs: Uint8Array[] = [];
  beforeAll(async () => {
    pdfs = await htmlToPdf(SEED_FILES.map((name) => seedToHtml(readSeed(name))));
  }, 120_000);

  SEED_FILES.forEach((name, index) => {
    it(`${name} as PDF imports to the same scores as the text`, async () => {
      const pdf = pdfs[index]!;
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      const fromPdf = parseReportText(await extractText(pdf, `${name}.pdf`), importContext(`${name}.pdf`));
      const fromText = parseReportText(readSeed(name), importContext(name));
      expect(scores(fromPdf)).toEqual(scores(fromText));
    });
  });

  it('a truncated PDF → unreadable', async () => {
    const pdf = pdfs[0]!;
    await expectImportError(pdf.subarray(0, Math.floor(pdf.length / 3)), 'cut.pdf', 'unreadable');
  });
});

describe('files that cannot be imported', () => {
  it('empty file → empty', async () => {
    await expectImportError(new Uint8Array(0), 'empty.txt', 'empty');
  });

  it('random binary → binary', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let index = 0; index < bytes.length; index += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      bytes[index] = seed & 0xff;
    }
    bytes[10] = 0;
    await expectImportError(bytes, 'noise.bin', 'binary');
  });

  it('an image or an old .doc → binary, saying what it is', async () => {
    await expect(extractText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'chart.png')).rejects.toThrow(/chart\.png: is a PNG image/);
    await expect(extractText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'old.doc')).rejects.toThrow(/old\.doc: is an old Word \.doc/);
  });

  it('10 MB text → too-large', async () => {
    await expectImportError(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), 'huge.txt', 'too-large');
  });

  it('a text that is not a report → not-a-report', async () => {
    await expectImportError(new TextEncoder().encode('Inköpslista\n\n- mjölk\n- bröd\n'), 'list.txt', 'not-a-report');
  });

  it('a truncated .docx → unreadable', async () => {
    const docx = await seedToDocx('## Område 1 Offentlighet och demokrati\n\nText.\n');
    await expectImportError(docx.subarray(0, Math.floor(docx.length / 2)), 'cut.docx', 'unreadable');
  });

  it('Windows-1252 text is decoded', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Omr'), 0xe5, ...new TextEncoder().encode('de')]);
    expect(await extractText(bytes, 'latin.txt')).toBe('Område');
  });
});

describe('Word HTML to report text', () => {
  it('turns headings, lists and multi-paragraph cells into the text form', () => {
    const html = '<h2>Område 1 Test</h2><p>Text &amp; mer.</p><ul><li>Ett</li><li>Två</li></ul><table><tr><td><p>Rubriker</p></td><td><p>Poäng</p></td></tr><tr><td><p>A</p><p>B</p></td><td><p>74</p></td></tr></table>';
    expect(htmlToReportText(html)).toBe('## Område 1 Test\n\nText & mer.\n\n- Ett\n- Två\n\nRubriker\tPoäng\n<p>A</p> <p>B</p>\t74\n');
  });
});

describe.skipIf(!SEEDS_AVAILABLE)('dry run over files', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kompass-import-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('returns one JSON-serialisable entry per file, errors included', async () => {
    const good = join(directory, 'leksand.txt');
    const empty = join(directory, 'empty.txt');
    await writeFile(good, readSeed('leksand-2023.txt'));
    await writeFile(empty, '');
    const missing = join(directory, 'missing.pdf');
    const results = await importFilesDryRun([good, empty, missing], importContext('unused'));
    const json = JSON.parse(JSON.stringify(results)) as typeof results;
    expect(json).toEqual(results);
    expect(json[0]).toMatchObject({ file: good, municipality: { id: 'se-2029', code: '2029' }, statedTotal: 412, derivedTotal: 412 });
    expect(json[1]).toEqual({ file: empty, error: { code: 'empty', message: `${empty}: is empty (0 bytes)` } });
    expect(json[2]).toEqual({ file: missing, error: { code: 'unreadable', message: `${missing}: no such file` } });
  });
});
