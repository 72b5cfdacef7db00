/**
 * Page numbers that only the printed file knows, such as those of a table of contents. Chromium
 * cannot count pages for the document (no CSS `target-counter`), so the engine prints, reads on
 * which page each target landed, writes the numbers in, and prints again.
 *
 * The document marks each place for a number with `data-page-of="<id>"`, where the id is an
 * element a link of the document points to: Chromium writes a named destination for every link
 * target, and the destination says on which page the element starts. While numbers are wanted the
 * engine sets `data-page-numbers` on the root element, so print CSS can keep room for them on
 * every pass (the numbers must not move what they number).
 */
import type { Page } from 'playwright-core';

/** Marks the document as printed with page numbers; the ids whose page numbers it wants, in order. */
export function preparePageNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const document = (globalThis as unknown as { document: PageDocument }).document;
    const ids = [...document.querySelectorAll('[data-page-of]')].map((element) => element.getAttribute('data-page-of') ?? '');
    if (ids.length > 0) document.documentElement.setAttribute('data-page-numbers', '');
    return [...new Set(ids.filter((id) => id !== ''))];
  });
}

/** Writes each id's page number (an empty text where it is unknown). */
export async function writePageNumbers(page: Page, pages: ReadonlyMap<string, number>): Promise<void> {
  await page.evaluate((entries) => {
    const document = (globalThis as unknown as { document: PageDocument }).document;
    const numbers = new Map(entries);
    for (const element of document.querySelectorAll('[data-page-of]')) {
      const number = numbers.get(element.getAttribute('data-page-of') ?? '');
      element.textContent = number === undefined ? '' : String(number);
    }
  }, [...pages]);
}

/** The 1-based page on which each of `ids` starts in `pdf`, read from its named destinations; ids without one are left out. */
export async function destinationPages(pdf: Uint8Array, ids: readonly string[]): Promise<Map<string, number>> {
  // Loaded on first use: most processes never print a PDF.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy: pdf.js takes over (detaches) the buffer it is given.
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const destinations = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    const pages = new Map<string, number>();
    for (const id of ids) {
      const target = destinations[id]?.[0];
      if (target === undefined || target === null) continue;
      const index = typeof target === 'number' ? target : await doc.getPageIndex(target as { num: number; gen: number });
      pages.set(id, index + 1);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** True when both maps give every id the same page. */
export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, number]) => b.get(id) === number);
}

/** The little of the DOM the page functions use (the server is compiled without the DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  textContent: string | null;
}
interface PageDocument {
  documentElement: PageElement;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
