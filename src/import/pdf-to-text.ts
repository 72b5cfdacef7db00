/**
 * PDF → report text with pdfjs-dist (legacy build, runs in Node without a worker set-up).
 * Each page's text items are put into lines and table rows by their positions (`pdf/`): table
 * cells come out tab-separated like in the text form, a wrapped name joined into its row, and a
 * wide vertical gap becomes a blank line, so paragraphs stay apart.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEFAULT_PDF_LIMITS, tooComplexPdf, type PdfLimits } from './pdf-guard.js';
import type { PdfItem, TextItemLike } from './pdf/items.js';
import { documentLines, itemsToLines, readItems } from './pdf/page-text.js';

export { itemsToLines };

/**
 * Extracts the text of a PDF. The document is always destroyed afterwards so that repeated
 * imports do not keep pdfjs' page and font caches alive. Throws ImportError `too-complex` for more
 * pages or text than the limits allow (`file` names the document in it).
 */
export async function pdfToText(bytes: Uint8Array, file = 'document.pdf', limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<string> {
  // pdfjs transfers (detaches) the buffer it is given; hand it a copy.
  const task = getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw error;
  }
  try {
    if (doc.numPages > limits.maxPages) throw tooComplexPdf(file, `has ${doc.numPages} pages (the limit is ${limits.maxPages})`);
    const pages: PdfItem[][] = [];
    let chars = 0;
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items = readItems(content.items as TextItemLike[]);
      for (const item of items) chars += item.text.length;
      if (chars > limits.maxTextChars) throw tooComplexPdf(file, `has more than ${limits.maxTextChars} characters of text`);
      pages.push(items);
      page.cleanup();
    }
    return documentLines(pages).join('\n');
  } finally {
    await doc.destroy();
  }
}
