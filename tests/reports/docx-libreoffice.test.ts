/**
 * The Word report as LibreOffice draws it: the .docx converted to PDF by soffice and its pages
 * looked at as pictures (pdftoppm) and as positioned text (pdf.js). Every chart must be drawn as
 * its picture (LibreOffice once drew each as an empty strip with axis ticks), the two lines of the
 * cover title must not overlap, and the table of contents must list the chapters.
 * Skipped, with the reason, where LibreOffice or poppler-utils is missing, except in CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChartPng } from '../../src/charts/render-server.js';
import { SERIES_STYLES } from '../../src/charts/style.js';
import { buildReportModel } from '../../src/report/build-model.js';
import { renderReportDocx } from '../../src/report/docx/render-docx.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from '../../src/report/fixtures/report-fixture.js';
import type { ReportModel } from '../../src/report/model.js';
import { colourShare, inkGrid, inkOf, inkShare, pdftoppm, rasterisePage } from './page-pictures.js';
import { pdfLayout, textLines, type PdfLayout } from './pdf-layout.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const missingTool = !soffice ? 'LibreOffice (soffice; apt-get install libreoffice-writer-nogui)' : !pdftoppm ? 'pdftoppm (apt-get install poppler-utils)' : null;
/** The pages are looked at in CSS pixels, as the charts are drawn. */
const DPI = 96;
const MUNICIPALITY_BLUE = SERIES_STYLES[0]!.color;
/** The Word title style: 28 pt. */
const TITLE_SIZE = 28;
/** Liberation Sans reaches 0.905 em above its baseline and 0.212 em below it. */
const GLYPH_HEIGHT = 0.905 + 0.212;

describe.skipIf(missingTool !== null && !process.env.CI)('the Word report in LibreOffice', () => {
  let dir: string;
  let model: ReportModel;
  let pdfPath: string;
  let layout: PdfLayout;

  beforeAll(async () => {
    if (missingTool) throw new Error(`${missingTool} is needed to check the Word report as LibreOffice draws it`);
    // A municipality whose cover title takes two lines.
    const detail = evaluationDetailFixture({ municipality: { id: 'se-2284', country: 'se', code: '2284', name: 'Örnsköldsviks kommun', shortName: 'Örnsköldsvik' } });
    model = buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: DEFAULT_REPORT_OPTIONS });
    dir = mkdtempSync(join(tmpdir(), 'kompass-lo-'));
    const docxPath = join(dir, 'report.docx');
    writeFileSync(docxPath, await renderReportDocx(model));
    // A profile of its own, so a LibreOffice the user has open does not take the conversion.
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docxPath], { timeout: 180_000, stdio: 'pipe' });
    pdfPath = join(dir, 'report.pdf');
    layout = await pdfLayout(readFileSync(pdfPath));
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every chart as its picture, with the bars, lines and names of the chart', () => {
    expect(layout.images).toHaveLength(model.charts.length);
    const pages = new Map<number, PNG>();
    const problems: string[] = [];
    model.charts.forEach((chart, index) => {
      const placed = layout.images[index]!;
      // Placed at the chart's proportions, about as wide as the text.
      expect(placed.width / placed.height, chart.title).toBeCloseTo(chart.width / chart.height, 1);
      const page = pages.get(placed.page) ?? rasterisePage(pdfPath, placed.page, DPI, dir);
      pages.set(placed.page, page);
      const scale = DPI / 72;
      const drawn = inkOf(page, Math.round(placed.left * scale), Math.round(placed.top * scale), Math.round(placed.width * scale), Math.round(placed.height * scale));
      const expected = inkOf(PNG.sync.read(renderChartPng(chart, 1)));
      const [drawnInk, expectedInk] = [inkShare(drawn), inkShare(expected)];
      const [drawnBlue, expectedBlue] = [colourShare(drawn, MUNICIPALITY_BLUE), colourShare(expected, MUNICIPALITY_BLUE)];
      const [drawnGrid, expectedGrid] = [inkGrid(drawn, 16, 12), inkGrid(expected, 16, 12)];
      const gridDifference = drawnGrid.reduce((sum, value, cell) => sum + Math.abs(value - (expectedGrid[cell] ?? 0)), 0) / drawnGrid.length;
      const where = `chart ${index + 1} "${chart.title}" on page ${placed.page}`;
      if (drawnInk < expectedInk * 0.85 || drawnInk > expectedInk * 1.25) problems.push(`${where}: ink on ${(drawnInk * 100).toFixed(1)} % of the picture, the chart has ${(expectedInk * 100).toFixed(1)} %`);
      if (drawnBlue < expectedBlue * 0.8) problems.push(`${where}: the municipality's colour on ${(drawnBlue * 100).toFixed(2)} %, the chart has ${(expectedBlue * 100).toFixed(2)} %`);
      if (gridDifference > 0.015) problems.push(`${where}: the ink is spread differently from the chart's (mean difference ${gridDifference.toFixed(3)} per cell)`);
    });
    expect(problems).toEqual([]);
  });

  it('sets the two lines of the cover title apart, so they do not overlap', () => {
    const lines = textLines(layout, 1, TITLE_SIZE - 0.5, TITLE_SIZE + 0.5);
    expect(lines.map((line) => line.text).join(' ')).toBe(model.cover.title);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (let index = 1; index < lines.length; index += 1) {
      const gap = lines[index]!.baseline - lines[index - 1]!.baseline;
      expect(gap, `between "${lines[index - 1]!.text}" and "${lines[index]!.text}"`).toBeGreaterThanOrEqual(GLYPH_HEIGHT * TITLE_SIZE);
    }
  });

  it('lists every chapter and section in the table of contents', () => {
    const contents = layout.texts.filter((item) => item.page === 2).map((item) => item.text).join(' ').replace(/\s+/g, ' ');
    expect(contents).toContain(model.labels.contents);
    for (const chapter of model.chapters) {
      for (const section of [chapter, ...chapter.sections]) expect(contents, section.title).toContain(`${section.number} ${section.title}`);
    }
  });
});
