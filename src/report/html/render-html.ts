/**
 * The report as an accessible HTML document: one h1 (the cover title), chapters as h2,
 * sections as h3–h6, landmarks, a skip link, tables with captions and header scopes, charts as
 * figures with the inline SVG, the text alternative and the data table. All model text is
 * escaped; Markdown goes through the app's safe renderer. The output depends on the model only.
 */
import { renderChartSvg } from '../../charts/render-server.js';
import type { ChartSpec, ChartTable } from '../../charts/types.js';
import { LOCALES } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/render.js';
import type { ReportBlock, ReportModel, ReportSection, ReportTable } from '../model.js';
import { escapeHtml } from './escape.js';
import { REPORT_CSS } from './styles.js';

/** The heading level Markdown's "#" gets from render.ts (it shifts headings by two). */
const MARKDOWN_H1_LEVEL = 3;

interface RenderState {
  model: ReportModel;
  figures: number;
  /** Notes under tables so far (for their ids). */
  notes: number;
}

/** Markdown as HTML whose headings sit below the section's own heading level. */
function markdownHtml(source: string, sectionLevel: number): string {
  return renderMarkdown(source).replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => {
    const shifted = Math.min(6, sectionLevel + Number(level) - MARKDOWN_H1_LEVEL + 1);
    return `<${slash}h${shifted}>`;
  });
}

/** Prefixes the ids an SVG defines (clip paths, gradients), so several charts on one page never clash. */
function uniqueSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

/**
 * A table with its caption; a note (how its figures are rounded) follows it as a paragraph
 * that the table names as its description.
 */
function tableHtml(
  state: RenderState,
  caption: string,
  columns: Array<{ label: string; numeric: boolean }>,
  rows: Array<{ cells: string[]; total: boolean }>,
  note?: string,
): string {
  const head = columns
    .map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`)
    .join('');
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((cell, index) =>
          index === 0
            ? `<th scope="row">${escapeHtml(cell)}</th>`
            : `<td${columns[index]?.numeric ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  const noteId = note ? `table-note-${(state.notes += 1)}` : null;
  const table = `<table${noteId ? ` aria-describedby="${noteId}"` : ''}>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  return noteId ? `${table}\n<p class="table-note" id="${noteId}">${escapeHtml(note ?? '')}</p>` : table;
}

function reportTableHtml(state: RenderState, table: ReportTable): string {
  return tableHtml(state, table.caption, table.columns, table.rows, table.note);
}

/** A chart's data table: the first column names the row, the others hold figures. */
function chartTableHtml(state: RenderState, table: ChartTable): string {
  const columns = table.columns.map((label, index) => ({ label, numeric: index > 0 }));
  return tableHtml(
    state,
    table.caption,
    columns,
    table.rows.map((cells) => ({ cells, total: false })),
    table.note,
  );
}

function chartHtml(state: RenderState, chart: ChartSpec): string {
  state.figures += 1;
  const id = `figure-${state.figures}`;
  const { labels } = state.model;
  const svg = uniqueSvgIds(renderChartSvg(chart), id);
  return [
    `<figure class="chart" id="${id}" aria-labelledby="${id}-caption">`,
    `<figcaption id="${id}-caption">${escapeHtml(labels.figure)} ${state.figures}: ${escapeHtml(chart.title)}</figcaption>`,
    `<div class="chart-image">${svg}</div>`,
    `<p class="chart-alt"><span class="label">${escapeHtml(labels.textAlternative)}:</span> ${escapeHtml(chart.textAlternative)}</p>`,
    chartTableHtml(state, chart.table),
    `</figure>`,
  ].join('\n');
}

/** The `lang` attribute of a block written in another language than the report's (nothing otherwise). */
const langAttribute = (lang: Language | undefined): string => (lang ? ` lang="${escapeHtml(LOCALES[lang])}"` : '');
const itemId = (anchor: string | undefined): string => (anchor ? ` id="${escapeHtml(anchor)}"` : '');

function blockHtml(state: RenderState, block: ReportBlock, level: number): string {
  const { labels } = state.model;
  switch (block.kind) {
    case 'markdown': {
      const id = itemId(block.anchor);
      return block.lang || id ? `<div${id}${langAttribute(block.lang)}>\n${markdownHtml(block.markdown, level)}\n</div>` : markdownHtml(block.markdown, level);
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('')}</dl>`;
    case 'list': {
      const tag = block.style === 'numbered' ? 'ol' : 'ul';
      return `<${tag}${langAttribute(block.lang)}>\n${block.items.map((item, index) => `<li${itemId(block.itemAnchors?.[index])}>${renderInlineMarkdown(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'chart':
      return chartHtml(state, block.chart);
    case 'table':
      return reportTableHtml(state, block.table);
    case 'notice': {
      const label = block.tone === 'warning' ? labels.warning : labels.caveat;
      return `<div class="notice notice-${block.tone}" role="note"><p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(block.text)}</p></div>`;
    }
    case 'score':
      return `<p class="score"><strong>${escapeHtml(block.label)}:</strong> ${escapeHtml(block.value)}</p>`;
  }
}

function headingText(section: ReportSection): string {
  return section.number ? `<span class="number">${escapeHtml(section.number)}</span> ${escapeHtml(section.title)}` : escapeHtml(section.title);
}

function sectionHtml(state: RenderState, section: ReportSection, level: number): string {
  const heading = Math.min(6, level);
  const classes = section.pageBreak ? ' class="page-break"' : '';
  const labelled = level === 2 ? ` aria-labelledby="${section.id}-heading"` : '';
  return [
    `<section id="${escapeHtml(section.id)}"${classes}${labelled}>`,
    `<h${heading} id="${escapeHtml(section.id)}-heading">${headingText(section)}</h${heading}>`,
    ...section.blocks.map((block) => blockHtml(state, block, heading)),
    ...section.sections.map((child) => sectionHtml(state, child, level + 1)),
    `</section>`,
  ].join('\n');
}

/**
 * The contents: a link to each chapter's and section's heading, with a place for the page number
 * that the PDF engine fills in from the printed file (see src/report/pdf/page-numbers.ts); on
 * screen the place stays empty and takes no room.
 */
function tocHtml(model: ReportModel): string {
  const item = (section: ReportSection, children: string) => {
    const target = escapeHtml(`${section.id}-heading`);
    const text = `${section.number ? `${escapeHtml(section.number)} ` : ''}${escapeHtml(section.title)}`;
    return `<li><a href="#${target}"><span class="toc-text">${text}</span><span class="toc-page" data-page-of="${target}"></span></a>${children}</li>`;
  };
  const chapters = model.chapters
    .map((chapter) => {
      const sections = chapter.sections.length > 0 ? `<ol>${chapter.sections.map((section) => item(section, '')).join('')}</ol>` : '';
      return item(chapter, sections);
    })
    .join('\n');
  return `<nav class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${escapeHtml(model.labels.contents)}</h2>\n<ol>\n${chapters}\n</ol>\n</nav>`;
}

function coverHtml(model: ReportModel): string {
  const { cover } = model;
  const facts = cover.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('');
  return [
    `<header class="cover">`,
    `<p class="series">${escapeHtml(cover.series)}</p>`,
    `<h1>${escapeHtml(cover.title)}</h1>`,
    `<p class="municipality">${escapeHtml(cover.municipality)}${cover.year ? ` ${escapeHtml(cover.year)}` : ''}</p>`,
    `<dl class="facts">${facts}</dl>`,
    `</header>`,
  ].join('\n');
}

/**
 * The report's body: cover, contents and chapters, inside a `.report` wrapper. The chapters are
 * the document's main landmark; embedded in a page that has its own, they are an article.
 */
function reportBody(model: ReportModel, content: 'main' | 'article'): string {
  const state: RenderState = { model, figures: 0, notes: 0 };
  return [
    `<div class="report" lang="${escapeHtml(model.locale)}">`,
    coverHtml(model),
    tocHtml(model),
    `<${content} id="content" tabindex="-1">`,
    ...model.chapters.map((chapter) => sectionHtml(state, chapter, 2)),
    `</${content}>`,
    `</div>`,
  ].join('\n');
}

/**
 * The report as HTML. Standalone (the default) gives a complete document with its own inline
 * stylesheet and print CSS for A4; otherwise the body fragment for embedding in a page that
 * has its own document and styles.
 */
export function renderReportHtml(model: ReportModel, opts: { standalone: boolean } = { standalone: true }): string {
  const body = reportBody(model, opts.standalone ? 'main' : 'article');
  if (!opts.standalone) return body;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(model.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#content">${escapeHtml(model.labels.skipLink)}</a>`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
