/**
 * PDF → report text with pdfjs-dist (legacy build, runs in Node without a worker set-up).
 * Text items are regrouped into lines by their baseline; a wide horizontal gap between items
 * becomes a tab, so table cells come out tab-separated like in the text form; a wide vertical
 * gap becomes a blank line, so paragraphs stay apart.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function toItem(raw: TextItemLike): Item | null {
  if (typeof raw.str !== 'string' || raw.str === '' || !Array.isArray(raw.transform)) return null;
  const [a, b, , d, x, y] = raw.transform as number[];
  const size = Math.hypot(b ?? 0, d ?? 0) || Math.abs(a ?? 0) || Number(raw.height) || 10;
  return { text: raw.str, x: x ?? 0, y: y ?? 0, width: Number(raw.width) || 0, size };
}

/** Rebuilds the lines of one page from its text items. */
export function itemsToLines(rawItems: readonly TextItemLike[]): string[] {
  const items = rawItems.map(toItem).filter((item): item is Item => item !== null && item.text.trim() !== '');
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(anchor.size, item.size) * 0.45) row.push(item);
    else rows.push([item]);
  }
  const lines: string[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    const first = row[0];
    if (!first) continue;
    if (previous && previous.y - first.y > Math.max(previous.size, first.size) * 1.75) lines.push('');
    let line = '';
    let end = first.x;
    row.forEach((item, index) => {
      if (index > 0) {
        const gap = item.x - end;
        if (gap > item.size * 1.2) line = `${line.trimEnd()}\t`;
        else if (gap > item.size * 0.15 && !line.endsWith(' ') && !item.text.startsWith(' ')) line += ' ';
      }
      line += item.text;
      end = Math.max(end, item.x + item.width);
    });
    lines.push(line.replace(/[ ]*\t[ ]*/g, '\t').trimEnd());
    previous = { y: first.y, size: first.size };
  }
  return lines;
}

/**
 * Extracts the text of a PDF. The document is always destroyed afterwards so that repeated
 * imports do not keep pdfjs' page and font caches alive.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
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
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(itemsToLines(content.items as TextItemLike[]).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}
