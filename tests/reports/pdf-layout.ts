/**
 * Where things are on the pages of a PDF, read with pdf.js: the rectangle each picture is painted
 * in, and the text with its position and size. Coordinates are PDF points from the page's top
 * left (y grows downwards), so they can be laid over a rasterised page.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

export interface PlacedImage {
  /** 1-based page number. */
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacedText {
  page: number;
  text: string;
  left: number;
  width: number;
  /** The baseline's distance from the top of the page. */
  baseline: number;
  /** The font size in points. */
  size: number;
}

export interface PdfLayout {
  pages: Array<{ width: number; height: number }>;
  images: PlacedImage[];
  texts: PlacedText[];
}

/** Every painted picture (in the order painted) and every text item of a PDF. */
export async function pdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const layout: PdfLayout = { pages: [], images: [], texts: [] };
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      layout.pages.push({ width, height });
      const operators = await page.getOperatorList();
      let matrix: Matrix = [1, 0, 0, 1, 0, 0];
      const saved: Matrix[] = [];
      operators.fnArray.forEach((operator, index) => {
        const args = operators.argsArray[index] as unknown[];
        if (operator === OPS.save) saved.push(matrix);
        else if (operator === OPS.restore) matrix = saved.pop() ?? matrix;
        else if (operator === OPS.transform) matrix = multiply(matrix, args as Matrix);
        else if (operator === OPS.paintFormXObjectBegin) {
          saved.push(matrix);
          if (Array.isArray(args[0])) matrix = multiply(matrix, args[0] as Matrix);
        } else if (operator === OPS.paintFormXObjectEnd) matrix = saved.pop() ?? matrix;
        else if (operator === OPS.paintImageXObject || operator === OPS.paintInlineImageXObject) {
          // The picture fills the unit square of the current matrix.
          const xs = [matrix[4], matrix[4] + matrix[0], matrix[4] + matrix[2], matrix[4] + matrix[0] + matrix[2]];
          const ys = [matrix[5], matrix[5] + matrix[1], matrix[5] + matrix[3], matrix[5] + matrix[1] + matrix[3]];
          const left = Math.min(...xs);
          const bottom = Math.min(...ys);
          layout.images.push({ page: number, left, top: height - Math.max(...ys), width: Math.max(...xs) - left, height: Math.max(...ys) - bottom });
        }
      });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , d, e, f] = item.transform as Matrix;
        layout.texts.push({ page: number, text: item.str, left: e, width: item.width, baseline: height - f, size: Math.abs(d) });
      }
      page.cleanup();
    }
    return layout;
  } finally {
    await doc.destroy();
  }
}

/** The items of one line as text: a space where they stand apart (a word gap), none where they touch. */
function joinLine(items: readonly PlacedText[]): string {
  let text = '';
  items.forEach((item, index) => {
    const previous = items[index - 1];
    if (previous && item.left - (previous.left + previous.width) > item.size * 0.15) text += ' ';
    text += item.text;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** The texts of a page whose size is within [`minSize`, `maxSize`] points, grouped into lines by baseline, top to bottom. */
export function textLines(layout: PdfLayout, page: number, minSize: number, maxSize = Infinity): Array<{ baseline: number; size: number; text: string }> {
  const lines: PlacedText[][] = [];
  for (const item of layout.texts) {
    if (item.page !== page || item.size < minSize || item.size > maxSize) continue;
    const line = lines.find((candidate) => Math.abs((candidate[0]?.baseline ?? 0) - item.baseline) < item.size * 0.3);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((items) => ({
      baseline: items[0]?.baseline ?? 0,
      size: Math.max(...items.map((item) => item.size)),
      text: joinLine(items.sort((a, b) => a.left - b.left)),
    }))
    .sort((a, b) => a.baseline - b.baseline);
}
