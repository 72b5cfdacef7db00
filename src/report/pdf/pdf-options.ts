/**
 * The print settings of every report PDF: A4, backgrounds printed, the page size and margins the
 * report's print CSS declares (`@page`), and a footer with the running title and "Sida X av Y"
 * in the report's language. The bench prints its static floor with exactly these settings.
 */
import type { Page } from 'playwright-core';
import { translate, type Language } from '../../i18n/index.js';

export type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The footer Chromium stamps on every page. Its placeholders `pageNumber`/`totalPages` are
 * filled by Chromium; the template's own styles apply (the document's CSS does not reach it).
 */
export function footerTemplate(language: Language, title = ''): string {
  const pages = escapeHtml(translate(language, 'reports.pdf.pageOf'))
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 18mm;font:8pt/1.2 \'Noto Sans\',\'DejaVu Sans\',Arial,sans-serif;' +
    'color:#3b3b3b;display:flex;justify-content:space-between;gap:8mm">' +
    `<span>${escapeHtml(title)}</span><span style="white-space:nowrap">${pages}</span></div>`
  );
}

/** The options of `page.pdf` for a report in `language`. */
export function pdfOptionsFor(language: Language, title?: string): PdfOptions {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    // An empty header: Chromium's default one would print the date and the document's title.
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(language, title),
    // Room for the footer when the report's CSS declares no @page margins of its own.
    margin: { top: '18mm', bottom: '20mm', left: '18mm', right: '18mm' },
    tagged: true,
    outline: true,
  };
}
