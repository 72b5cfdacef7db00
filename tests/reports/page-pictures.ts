/**
 * Pages as pictures with poppler's pdftoppm, and simple measures for comparing a part of a page
 * with the picture that should be drawn there: how much of it is ink, how it is spread, and how
 * much of it is a given colour.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** pdftoppm's path, or '' when poppler-utils is not installed. */
export const pdftoppm = spawnSync('sh', ['-c', 'command -v pdftoppm'], { encoding: 'utf8' }).stdout.trim();

/** Page `page` (1-based) of the PDF at `pdfPath` as a picture at `dpi`. */
export function rasterisePage(pdfPath: string, page: number, dpi: number, workDir: string): PNG {
  const prefix = join(workDir, `page-${page}`);
  execFileSync(pdftoppm, ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', pdfPath, prefix], { stdio: 'pipe', timeout: 60_000 });
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** A grey-level picture: 0 is white, 1 is black (ink). */
export interface InkMap {
  width: number;
  height: number;
  ink: Float32Array;
  rgb: Uint8Array;
}

/** The part of `image` from (left, top), `width` × `height` pixels, as ink. */
export function inkOf(image: PNG, left = 0, top = 0, width = image.width, height = image.height): InkMap {
  const ink = new Float32Array(width * height);
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const source = ((Math.min(image.height - 1, top + y) * image.width) + Math.min(image.width - 1, left + x)) * 4;
      const alpha = (image.data[source + 3] ?? 255) / 255;
      // Transparent counts as white paper.
      const channel = (offset: number) => Math.round((image.data[source + offset] ?? 255) * alpha + 255 * (1 - alpha));
      const [r, g, b] = [channel(0), channel(1), channel(2)];
      rgb.set([r, g, b], (y * width + x) * 3);
      ink[y * width + x] = 1 - (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }
  }
  return { width, height, ink, rgb };
}

/** Share of pixels that carry ink (darker than a light grey). */
export function inkShare(map: InkMap): number {
  let inked = 0;
  for (const value of map.ink) if (value > 0.12) inked += 1;
  return inked / map.ink.length;
}

/** Share of pixels within `tolerance` of the colour `hex` in every channel. */
export function colourShare(map: InkMap, hex: string, tolerance = 40): number {
  const target = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));
  let matching = 0;
  for (let pixel = 0; pixel < map.width * map.height; pixel += 1) {
    if (target.every((value, channel) => Math.abs((map.rgb[pixel * 3 + channel] ?? 0) - value) <= tolerance)) matching += 1;
  }
  return matching / (map.width * map.height);
}

/** Mean ink per cell of a `columns` × `rows` grid laid over the picture. */
export function inkGrid(map: InkMap, columns: number, rows: number): number[] {
  const sums = new Array<number>(columns * rows).fill(0);
  const counts = new Array<number>(columns * rows).fill(0);
  for (let y = 0; y < map.height; y += 1) {
    for (let x = 0; x < map.width; x += 1) {
      const cell = Math.min(rows - 1, Math.floor((y * rows) / map.height)) * columns + Math.min(columns - 1, Math.floor((x * columns) / map.width));
      sums[cell] = (sums[cell] ?? 0) + (map.ink[y * map.width + x] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  return sums.map((sum, index) => sum / Math.max(1, counts[index] ?? 1));
}
