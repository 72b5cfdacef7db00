import { launchChromium } from './browser.js';

/** Prints HTML to PDF with Chromium (playwright-core). */
export async function htmlToPdf(htmls: readonly string[]): Promise<Uint8Array[]> {
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage();
    const pdfs: Uint8Array[] = [];
    for (const html of htmls) {
      await page.setContent(html, { waitUntil: 'load' });
      pdfs.push(new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } })));
    }
    return pdfs;
  } finally {
    await close();
  }
}
