/**
 * The report as a Word document (docx): a cover page, a table of contents field, chapters with
 * Heading 1–4 styles, numbered lists for strengths and improvement opportunities, tables in a
 * table style with repeated header rows, and each chart as an SVG image with a PNG fallback and
 * alt text, followed by its data table. Every text stays editable.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { zipSync, type Zippable } from 'fflate';
import type { ChartSpec } from '../../charts/types.js';
import { LOCALES } from '../../i18n/format.js';
import type { ReportBlock, ReportFact, ReportModel, ReportSection, ReportTable } from '../model.js';
import { chartImage } from './chart-image.js';
import { markdownBlocks, markdownInline } from './markdown-docx.js';
import { BULLET_REFERENCE, createListInstances, NUMBERED_REFERENCE, NUMBERING, type ListInstances } from './numbering.js';
import { CONTENTS_HEADING_STYLE_ID, NOTICE_STYLE_ID, reportStyles, TABLE_NOTE_STYLE_ID, TABLE_STYLE_ID, withTableStyle } from './styles.js';

type Body = Array<Paragraph | Table | TableOfContents>;

/** A4 (11906 × 16838 twips) with 2 cm (1134 twips) margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

interface RenderState {
  labels: ReportModel['labels'];
  lists: ListInstances;
  figures: number;
  images: Set<ImageRun>;
}

/** A table with its caption above and, when it has one, its note (how its figures are rounded) below. */
function tableOf(caption: string, columns: Array<{ label: string; numeric: boolean }>, rows: Array<{ cells: string[]; total: boolean }>, note?: string): Array<Paragraph | Table> {
  const cell = (text: string, numeric: boolean, bold: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : undefined, children: [new TextRun({ text, bold: bold || undefined })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => cell(column.label, column.numeric, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, index) => cell(text, columns[index]?.numeric ?? false, row.total)),
      }),
  );
  const hasTotal = rows.at(-1)?.total ?? false;
  // The first column names the row and takes what the figures leave.
  const figureWidth = Math.min(1500, Math.floor(CONTENT_WIDTH / (columns.length + 1)));
  const columnWidths = columns.map((_, index) => (index === 0 ? CONTENT_WIDTH - figureWidth * (columns.length - 1) : figureWidth));
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(caption)] }),
    new Table({
      style: TABLE_STYLE_ID,
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths,
      tableLook: { firstRow: true, lastRow: hasTotal, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
      rows: [header, ...body],
    }),
    note ? new Paragraph({ style: TABLE_NOTE_STYLE_ID, children: [new TextRun(note)] }) : new Paragraph({ children: [] }),
  ];
}

function reportTable(table: ReportTable): Array<Paragraph | Table> {
  return tableOf(table.caption, table.columns, table.rows, table.note);
}

function chartBlocks(state: RenderState, chart: ChartSpec): Array<Paragraph | Table> {
  state.figures += 1;
  const image = chartImage(chart, state.images);
  const { labels } = state;
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`${labels.figure} ${state.figures}: ${chart.title}`)] }),
    new Paragraph({ keepNext: true, children: [image] }),
    new Paragraph({ children: [new TextRun({ text: `${labels.textAlternative}: `, bold: true }), new TextRun(chart.textAlternative)] }),
    ...tableOf(
      chart.table.caption,
      chart.table.columns.map((label, index) => ({ label, numeric: index > 0 })),
      chart.table.rows.map((cells) => ({ cells, total: false })),
      chart.table.note,
    ),
  ];
}

function blockContent(state: RenderState, block: ReportBlock, level: number): Array<Paragraph | Table> {
  const { labels } = state;
  switch (block.kind) {
    case 'markdown':
      return markdownBlocks(block.markdown, level + 1, state.lists, block.lang && LOCALES[block.lang]);
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'facts':
      return block.facts.map((fact) => new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)] }));
    case 'list': {
      const instance = block.style === 'numbered' ? state.lists.next() : 0;
      return block.items.map(
        (item) =>
          new Paragraph({
            children: markdownInline(item, block.lang && LOCALES[block.lang]),
            numbering: block.style === 'numbered' ? { reference: NUMBERED_REFERENCE, level: 0, instance } : { reference: BULLET_REFERENCE, level: 0 },
          }),
      );
    }
    case 'chart':
      return chartBlocks(state, block.chart);
    case 'table':
      return reportTable(block.table);
    case 'notice': {
      const label = block.tone === 'warning' ? labels.warning : labels.caveat;
      return [new Paragraph({ style: NOTICE_STYLE_ID, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(block.text)] })];
    }
    case 'score':
      return [new Paragraph({ children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun({ text: block.value, bold: true })] })];
  }
}

function sectionContent(state: RenderState, section: ReportSection, level: number): Body {
  const title = section.number ? `${section.number} ${section.title}` : section.title;
  return [
    new Paragraph({ heading: HEADING_LEVELS[Math.min(level, 6) - 1], pageBreakBefore: section.pageBreak || undefined, children: [new TextRun(title)] }),
    ...section.blocks.flatMap((block) => blockContent(state, block, level)),
    ...section.sections.flatMap((child) => sectionContent(state, child, level + 1)),
  ];
}

function coverContent(model: ReportModel): Body {
  const { cover } = model;
  return [
    new Paragraph({ children: [new TextRun({ text: cover.series.toUpperCase(), bold: true, size: 28, color: '4A4A4A' })], spacing: { before: 1200 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cover.title)] }),
    ...cover.facts.map((fact) => new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The report as a .docx file. */
export function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const state: RenderState = { labels: model.labels, lists: createListInstances(), figures: 0, images: new Set() };
  const body: Body = [
    ...coverContent(model),
    new Paragraph({ style: CONTENTS_HEADING_STYLE_ID, children: [new TextRun(model.labels.contents)] }),
    new TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    ...model.chapters.flatMap((chapter) => sectionContent(state, chapter, 1)),
  ];
  return Promise.resolve(wordDocument({ title: model.title, subject: model.cover.municipality, description: model.cover.framework, locale: model.locale, labels: model.labels, coverPage: true }, body));
}

/** A shorter document in the report's style: a title, facts and sections, without cover or contents. */
export interface SectionsDocument {
  title: string;
  subject: string;
  description: string;
  locale: string;
  labels: ReportModel['labels'];
  facts: ReportFact[];
  sections: ReportSection[];
}

/** A document of sections (e.g. an action plan) as a .docx file, rendered as the report's chapters are. */
export function renderSectionsDocx(document: SectionsDocument): Buffer {
  const state: RenderState = { labels: document.labels, lists: createListInstances(), figures: 0, images: new Set() };
  const body: Body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    ...document.facts.map((fact) => new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)] })),
    ...document.sections.flatMap((section) => sectionContent(state, section, 1)),
  ];
  return wordDocument({ ...document, coverPage: false }, body);
}

interface DocumentParts {
  title: string;
  subject: string;
  description: string;
  locale: string;
  labels: ReportModel['labels'];
  /** The first page is a cover without header and footer. */
  coverPage: boolean;
}

function wordDocument(parts: DocumentParts, body: Body): Buffer {
  const small = { size: 18, color: '4A4A4A' };
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: parts.labels.runningTitle, ...small })] })] });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${parts.labels.page} `, PageNumber.CURRENT], ...small })] })],
  });
  const document = new Document({
    title: parts.title,
    subject: parts.subject,
    creator: 'Kompass',
    lastModifiedBy: 'Kompass',
    description: parts.description,
    styles: reportStyles(parts.locale),
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          titlePage: parts.coverPage,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
          },
        },
        headers: parts.coverPage ? { default: header, first: new Header({ children: [] }) } : { default: header },
        footers: parts.coverPage ? { default: footer, first: new Footer({ children: [] }) } : { default: footer },
        children: body,
      },
    ],
  });
  return packDocument(document);
}

type PackageCompiler = { compile(file: Document): ReadonlyMap<string, string | Uint8Array> };

/**
 * 1980-01-01 00:00, the earliest date a ZIP entry can carry, built in local time because fflate
 * writes the DOS date from the local fields: the same document gives the same bytes in any time zone.
 */
const ZIP_DATE = new Date(1980, 0, 1);

/** Media that are compressed already (PNG) or small: stored as they are, since deflating PNGs again was most of the build time. */
const STORED = /\.(png|jpe?g|gif|svg|bmp|emf|wmf|odttf|bin)$/i;

/**
 * Zips the parts with fflate in the order docx gives them ([Content_Types].xml first), the XML
 * deflated and the media stored.
 */
export function zipParts(files: ReadonlyMap<string, string | Uint8Array>): Buffer {
  const entries: Zippable = {};
  for (const [path, content] of files) {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    entries[path] = [data, { level: STORED.test(path) ? 0 : 6, mtime: ZIP_DATE }];
  }
  const bytes = zipSync(entries);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Zips the document with the media stored rather than deflated again (see zipParts) and the table
 * style added to the styles part. The package's parts come from docx's own compiler (Packer's,
 * not exported); a docx release without it is caught by the tests.
 */
function packDocument(document: Document): Buffer {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') throw new Error('This docx release has no package compiler; the report renderer needs updating');
  const files = new Map(compiler.compile(document));
  const styles = files.get('word/styles.xml');
  if (typeof styles !== 'string') throw new Error('The docx package has no word/styles.xml');
  files.set('word/styles.xml', withTableStyle(styles));
  return zipParts(files);
}
