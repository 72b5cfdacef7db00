import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../build-model.js';
import { formatAverage, formatShare, formatWhole } from '../format.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from '../fixtures/report-fixture.js';
import type { ReportModel } from '../model.js';
import { readDocx, type DocxReadBack } from '../fixtures/read-docx.js';
import { renderReportDocx, zipParts } from './render-docx.js';

const detail = evaluationDetailFixture();
const comparison = comparisonFixture(detail);
const model: ReportModel = buildReportModel({ detail, comparison, framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: DEFAULT_REPORT_OPTIONS });

const rowsOf = (docx: DocxReadBack) => docx.tables.flatMap((table) => table.rows);

describe('renderReportDocx', async () => {
  const docx = await readDocx(await renderReportDocx(model));

  it('uses real heading styles for the title, chapters, areas and their parts', () => {
    const styled = (style: string) => docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
    expect(styled('Title')).toEqual(['Utvärdering av Leksands kommun 2023']);
    expect(styled('ReportContentsHeading')).toEqual(['Innehåll']);
    const defined = new Set([...docx.styles.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]));
    const used = new Set([...docx.document.matchAll(/<w:(?:pStyle|tblStyle|rStyle) w:val="([^"]+)"\/>/g)].map((match) => match[1]));
    expect([...used].filter((style) => !defined.has(style))).toEqual([]);
    expect(styled('Heading1')).toEqual(['1 Om Kommunkompassen', '2 Sammanfattning', '3 Resultat per område', '4 Poängöversikt']);
    expect(styled('Heading2')).toEqual(expect.arrayContaining(['2.1 Utvärderingen', '2.3 Jämförelse med riksgenomsnittet', '3.1 Område 1: Samspel mellan förtroendevalda och medborgare', '3.8 Område 8: Chefs- och ledarskap samt medarbetarskap']));
    expect(styled('Heading3').filter((text) => text === 'Styrkor')).toHaveLength(8);
    expect(docx.document).toContain('TOC \\h \\o &quot;1-2&quot;');
  });

  it('spaces lines as a multiple of each font size, so the two-line title and pictures in a line are never cut', () => {
    // LibreOffice reads a line spacing without its rule as an exact height (the title's lines overlapped, charts became strips).
    const spacings = [...`${docx.styles}${docx.document}`.matchAll(/<w:spacing\b[^>]*\bw:line="\d+"[^>]*\/>/g)].map((match) => match[0]);
    expect(spacings.length).toBeGreaterThan(0);
    expect(spacings.filter((spacing) => !/w:lineRule="(auto|atLeast)"/.test(spacing))).toEqual([]);
    const title = /<w:style [^>]*w:styleId="Title"[\s\S]*?<\/w:style>/.exec(docx.styles)?.[0] ?? '';
    expect(title).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
  });

  it('marks the text as Swedish for spell-checking', () => {
    expect(docx.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>[\s\S]*<\/w:docDefaults>/);
    // In a Swedish report nothing needs a language of its own.
    expect(docx.document).not.toContain('<w:lang ');
  });

  it("writes an English report in English, marking the evaluators' Swedish texts as Swedish", async () => {
    const english = buildReportModel({ detail, comparison, framework: framework2020(), caveat: 'Across versions.', options: { ...DEFAULT_REPORT_OPTIONS, language: 'en' } });
    const read = await readDocx(await renderReportDocx(english));
    expect(read.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    // Each run of an evaluator's text (here "Text om analys 3 …") says it is Swedish; the headings do not.
    const runs = [...read.document.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((match) => ({ xml: match[0], text: match[1] ?? '' }));
    const swedish = runs.filter((run) => run.text.startsWith('Text om analys 3'));
    expect(swedish.length).toBeGreaterThan(0);
    for (const run of swedish) expect(run.xml).toContain('<w:lang w:val="sv-SE"/>');
    const heading = runs.find((run) => run.text.includes('Interaction between elected representatives and citizens'));
    expect(heading?.xml).not.toContain('<w:lang ');
  });

  it('shows every score, max and percent of the evaluation in the overview tables', () => {
    const rows = rowsOf(docx);
    for (const area of detail.areas) {
      const title = framework2020().areas.find((candidate) => candidate.code === area.code)?.title.sv;
      expect(rows).toContainEqual([`${area.code} ${title}`, String(area.shown), String(area.max), formatShare(area.percent, 'sv')]);
      for (const subarea of area.subareas) {
        expect(rows).toContainEqual([`${subarea.code} ${subarea.title}`, String(subarea.shown), String(subarea.max), formatShare(subarea.percent ?? 0, 'sv')]);
      }
    }
    expect(rows).toContainEqual(['Totalt', String(detail.total.shown), '800', formatShare(detail.total.percent, 'sv')]);
  });

  it('shows every average with its n, and the n of each group in the text', () => {
    const rows = rowsOf(docx);
    for (const group of [comparison.national, comparison.peer, ...comparison.references]) {
      if (!group?.total) continue;
      const total = rows.find((row) => row[0] === 'Totalt' && row[3] === formatWhole(group.n, 'sv') && row[1] === String(detail.total.shown));
      expect(total?.[2]).toBe(formatAverage(group.total.mean, 'sv'));
      for (const area of group.areas) {
        const row = rows.find((candidate) => candidate[0] === framework2020().areas.find((item) => item.code === area.code)?.title.sv && candidate[3] === formatWhole(group.n, 'sv'));
        expect(Math.abs(Number(row?.[2]?.replace(',', '.')) - (area.average?.mean ?? 0))).toBeLessThanOrEqual(0.1);
      }
    }
    const text = docx.paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(text).toContain('(n\u00a0=\u00a012)');
    expect(text).toContain('Observera: Genomsnittet bygger på färre än 5 utvärderingar (n\u00a0=\u00a03)');
    expect(text).toContain('Jämförbarhet: Jämförelsen går över olika versioner av Kommunkompassen.');
  });

  it('has every chart as an SVG image with a PNG fallback and the text alternative as alt text, followed by its data table', async () => {
    expect(docx.images).toEqual(model.charts.map((chart) => ({ name: chart.title, description: chart.textAlternative })));
    expect(docx.files.filter((file) => file.startsWith('word/media/') && file.endsWith('.svg'))).toHaveLength(model.charts.length);
    expect(docx.files.filter((file) => file.startsWith('word/media/') && file.endsWith('.png'))).toHaveLength(model.charts.length);
    expect(docx.document).toContain('asvg:svgBlip');
    const png = await docx.file(docx.files.find((file) => file.endsWith('.png')) ?? '');
    expect(png.length).toBeGreaterThan(1000);
    const captions = docx.paragraphs.filter((paragraph) => paragraph.style === 'Caption').map((paragraph) => paragraph.text);
    for (const [index, chart] of model.charts.entries()) {
      expect(captions).toContain(`Diagram ${index + 1}: ${chart.title}`);
      expect(captions).toContain(chart.table.caption);
      expect(rowsOf(docx)).toContainEqual(chart.table.rows[0]);
    }
  });

  it('numbers strengths and improvement opportunities, each list from 1', () => {
    expect(docx.numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    const paragraphs = docx.paragraphs;
    const strengthsHeading = paragraphs.findIndex((paragraph) => paragraph.text === 'Styrkor');
    const items = paragraphs.slice(strengthsHeading + 1, strengthsHeading + 3);
    expect(items.map((item) => item.text)).toEqual(['Text om styrka 1 i 1 med betoning och styrka.', 'Text om styrka 2 i 1 med betoning och styrka.']);
    expect(items[0]?.numId).not.toBeNull();
    expect(items[1]?.numId).toBe(items[0]?.numId);
    expect(items[0]?.xml).toContain('<w:i/>');
    expect(items[0]?.xml).toContain('<w:b/>');
    const improvementsHeading = paragraphs.findIndex((paragraph) => paragraph.text === 'Förbättringsmöjligheter');
    const improvement = paragraphs[improvementsHeading + 1];
    expect(improvement?.numId).not.toBeNull();
    expect(improvement?.numId).not.toBe(items[0]?.numId);
    const restarts = [...docx.numbering.matchAll(/<w:num w:numId="(\d+)">[\s\S]*?<\/w:num>/g)].filter((match) => match[0].includes('w:startOverride'));
    expect(restarts.length).toBeGreaterThanOrEqual(16);
  });

  it('repeats the header row of every table and keeps rows whole', () => {
    expect(docx.tables.length).toBeGreaterThan(20);
    for (const table of docx.tables) {
      expect(table.xml).toMatch(/^<w:tblPr><w:tblStyle w:val="ReportTable"\/>/);
      expect(/<w:tr>([\s\S]*?)<\/w:tr>/.exec(table.xml)?.[1]).toContain('<w:tblHeader/>');
    }
    expect(docx.styles).toContain('w:styleId="ReportTable"');
  });

  it('has a cover page and a page number in the footer', async () => {
    expect(docx.document).toContain('<w:titlePg/>');
    const footers = await Promise.all(docx.files.filter((file) => /^word\/footer\d+\.xml$/.test(file)).map((file) => docx.file(file)));
    expect(footers.some((footer) => footer.includes('PAGE'))).toBe(true);
  });
});

describe('zipParts', () => {
  /** Name, method (0 stored, 8 deflated), DOS time and date of each local file header, in order. */
  const localHeaders = (zip: Buffer) => {
    const headers: Array<{ name: string; method: number; time: number; date: number }> = [];
    for (let offset = 0; zip.readUInt32LE(offset) === 0x04034b50; ) {
      const nameLength = zip.readUInt16LE(offset + 26);
      headers.push({ name: zip.toString('utf8', offset + 30, offset + 30 + nameLength), method: zip.readUInt16LE(offset + 8), time: zip.readUInt16LE(offset + 10), date: zip.readUInt16LE(offset + 12) });
      offset += 30 + nameLength + zip.readUInt16LE(offset + 28) + zip.readUInt32LE(offset + 18);
    }
    return headers;
  };
  const parts = new Map<string, string | Uint8Array>([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document>Åsa</w:document>'],
    ['word/media/chart.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
  ]);

  it('keeps the parts in order, deflates the XML, stores the media and dates every entry 1980-01-01 00:00', async () => {
    const zip = zipParts(parts);
    expect(localHeaders(zip)).toEqual([
      { name: '[Content_Types].xml', method: 8, time: 0, date: (1 << 5) | 1 },
      { name: 'word/document.xml', method: 8, time: 0, date: (1 << 5) | 1 },
      { name: 'word/media/chart.png', method: 0, time: 0, date: (1 << 5) | 1 },
    ]);
    const read = await JSZip.loadAsync(zip);
    expect(await read.file('word/document.xml')?.async('string')).toBe('<w:document>Åsa</w:document>');
    expect([...((await read.file('word/media/chart.png')?.async('uint8array')) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('gives the same bytes for the same parts', () => {
    expect(zipParts(parts).equals(zipParts(parts))).toBe(true);
  });
});
