/**
 * Renders PDF pages to PNG the way a reader sees them: pdf.js (the PDF viewer of Firefox) runs in
 * Chromium and paints the page on a canvas. What is compared is the printed file itself, with its
 * page breaks, fonts and footers, not the HTML it came from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

const ORIGIN = 'http://pdf-pages.test';
const require = createRequire(import.meta.url);
const pdfjsFile = (name: string) => require.resolve(`pdfjs-dist/build/${name}`);

const VIEWER = `<!doctype html><html><head><meta charset="utf-8"><title>pages</title></head><body>
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const doc = await pdfjs.getDocument({ url: '/document.pdf' }).promise;
window.renderPage = async (number, scale) => {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, canvas, viewport }).promise;
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
};
window.pagesReady = doc.numPages;
</script></body></html>`;

/** PNGs of the given pages (1-based) of `pdf`, at `scale` × 72 dpi. */
export async function rasterisePdfPages(browser: Browser, pdf: Uint8Array, pages: readonly number[], scale = 1): Promise<Buffer[]> {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: VIEWER });
      if (path === '/pdf.mjs' || path === '/pdf.worker.mjs') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(pdfjsFile(path.slice(1))) });
      if (path === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => (globalThis as unknown as { pagesReady?: number }).pagesReady !== undefined);
    const images: Buffer[] = [];
    for (const number of pages) {
      const base64 = await page.evaluate(
        ([pageNumber, pageScale]) => (globalThis as unknown as { renderPage(n: number, s: number): Promise<string> }).renderPage(pageNumber, pageScale),
        [number, scale] as const,
      );
      images.push(Buffer.from(base64, 'base64'));
    }
    return images;
  } finally {
    await context.close();
  }
}
