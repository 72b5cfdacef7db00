/**
 * Charts as Word images: the SVG with a PNG fallback, sized to the page, with the chart's title
 * and text alternative as alt text. docx hashes image data in JavaScript when an image is made,
 * which cost more than the rest of the document; an unchanged chart (same SVG, hence same
 * title, text, data and size) reuses its image, and a chart met twice in one document gets a
 * fresh one so drawing ids stay unique.
 */
import { ImageRun } from 'docx';
import { renderChartPng, renderChartSvg } from '../../charts/render-server.js';
import type { ChartSpec } from '../../charts/types.js';

/** Widest image on an A4 page with 2 cm margins, in CSS pixels (17 cm at 96 dpi ≈ 642 px). */
const MAX_IMAGE_WIDTH = 620;
const CACHE_SIZE = 64;
/** Images by their SVG. */
const cache = new Map<string, ImageRun>();

function createImage(chart: ChartSpec, svg: string): ImageRun {
  const scale = Math.min(1, MAX_IMAGE_WIDTH / chart.width);
  return new ImageRun({
    type: 'svg',
    data: Buffer.from(svg, 'utf8'),
    fallback: { type: 'png', data: renderChartPng(chart) },
    transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
    altText: { name: chart.title, title: chart.title, description: chart.textAlternative },
  });
}

/** The chart's image; `used` holds the images already placed in this document. */
export function chartImage(chart: ChartSpec, used: Set<ImageRun>): ImageRun {
  // The SVG itself is the key: it holds everything the image shows, and the chart renderer
  // returns the same string for an unchanged chart.
  const key = renderChartSvg(chart);
  const cached = cache.get(key);
  if (cached && !used.has(cached)) {
    cache.delete(key);
    cache.set(key, cached);
    used.add(cached);
    return cached;
  }
  const image = createImage(chart, key);
  used.add(image);
  if (!cached) {
    cache.set(key, image);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  }
  return image;
}
