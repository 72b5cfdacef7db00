import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { echarts } from './echarts-setup.js';
import { simplifyChartSvg } from './print-svg.js';
import type { ChartSpec } from './types.js';

const CACHE_SIZE = 64;

/** A bounded least-recently-used map (a Map keeps insertion order). */
class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

const svgCache = new LruCache<string>(CACHE_SIZE);
const pngCache = new LruCache<Buffer>(CACHE_SIZE);

/** Forgets every cached SVG and PNG (tests use it to check that drawing itself is deterministic). */
export function clearChartRenderCaches(): void {
  svgCache.clear();
  pngCache.clear();
}

/** A hash of everything that decides how a chart looks; the same spec always draws the same. */
function specKey(spec: ChartSpec): string {
  const { id, title, textAlternative, option, width, height } = spec;
  return createHash('sha256').update(JSON.stringify({ id, title, textAlternative, option, width, height })).digest('hex');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * zrender names classes and pattern ids after a global instance counter ("zr7-cls-3"), so the
 * same chart would differ from one drawing to the next, and two charts inlined in one HTML page
 * could share names. Renames them in order of appearance after the chart's own hash.
 */
function stableNames(svg: string, key: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-[a-z]+-?\d+\b/g, (name) => {
    let stable = names.get(name);
    if (stable === undefined) {
      stable = `kc${key.slice(0, 10)}-${names.size}`;
      names.set(name, stable);
    }
    return stable;
  });
}

function drawSvg(spec: ChartSpec, key: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  let svg: string;
  try {
    chart.setOption(spec.option);
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  svg = simplifyChartSvg(stableNames(svg, key), `kc${key.slice(0, 10)}`);
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`ECharts returned no SVG root for chart "${spec.id}".`);
  const label = escapeXml(`${spec.title}. ${spec.textAlternative}`);
  const root = open[0].replace(/>$/, ` role="img" aria-label="${label}">`);
  return `${root}<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.textAlternative)}</desc>${svg.slice(open[0].length)}`;
}

/**
 * Draws a chart to an SVG string on the server (ECharts SSR, no DOM). The root gets
 * role="img", an aria-label and a <title>/<desc> from the chart's title and text alternative,
 * so the SVG stands on its own when embedded in a report. Same spec → same string; recent
 * results are cached by a hash of the spec.
 */
export function renderChartSvg(spec: ChartSpec): string {
  const key = specKey(spec);
  const cached = svgCache.get(key);
  if (cached !== undefined) return cached;
  const svg = drawSvg(spec, key);
  svgCache.set(key, svg);
  return svg;
}

/** Liberation Sans (Debian's fonts-liberation, which Chromium brings): loading only its two files is faster than scanning every system font. */
const LIBERATION_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((name) => join('/usr/share/fonts/truetype/liberation', name));
const CHART_FONT = LIBERATION_FILES.every((file) => existsSync(file))
  ? { loadSystemFonts: false, fontFiles: LIBERATION_FILES, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
  : { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };

/**
 * The chart as a PNG (Word's raster fallback), `scale` times its CSS size, drawn by resvg from
 * the SVG with the system fonts (Liberation Sans by default). Rasterising takes tens of
 * milliseconds, so results are kept in a small LRU cache keyed by a hash of the spec and the
 * scale: an unchanged chart is rasterised once. Treat the returned buffer as read-only.
 */
export function renderChartPng(spec: ChartSpec, scale = 2): Buffer {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) throw new Error(`PNG scale must be above 0 and at most 8, not ${scale}.`);
  const key = `${specKey(spec)}@${scale}`;
  const cached = pngCache.get(key);
  if (cached !== undefined) return cached;
  const resvg = new Resvg(renderChartSvg(spec), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: CHART_FONT,
  });
  const png = resvg.render().asPng();
  pngCache.set(key, png);
  return png;
}
