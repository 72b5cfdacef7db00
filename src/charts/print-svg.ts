/**
 * Makes ECharts' server-side SVG cheap to print without changing how it looks.
 *
 * ECharts draws a bar's pattern (decal) as a second copy of the bar filled with an SVG
 * `<pattern>`. Chromium's PDF backend cannot write such a fill as vector: it rasterises every
 * patterned shape into an image (hundreds per report), which made the charts most of the cost of
 * printing a report and left the patterns blurred. Here each pattern becomes the same geometry
 * drawn explicitly: the tiles the patterned shapes cover, merged into one path per colour (stripes
 * become long rectangles), clipped once to the union of those shapes. Patterns that draw nothing
 * (the first series has none) are dropped, and so are elements that only serve the mouse in the
 * browser (invisible hit areas, hover styles and their class names).
 *
 * Pure string work on the SVG zrender writes (one element a line). Whatever does not have the
 * expected form is left as it was, so the output always looks like the input.
 */

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type TileShape = { kind: 'rect'; box: Box } | { kind: 'circle'; cx: number; cy: number; r: number };

interface TilePaint {
  fill: string;
  opacity: string;
  shapes: TileShape[];
}

interface Pattern {
  width: number;
  height: number;
  /** Degrees of the pattern's rotation (patternTransform="rotate(…)"). */
  rotation: number;
  /** What one tile shows, clipped to the tile, by colour. */
  paints: TilePaint[];
}

interface Overlay {
  /** Line index in the SVG. */
  line: number;
  d: string;
  transform: string | null;
  /** Bounds in the chart's coordinates. */
  box: Box;
  /** Bounds in the path's own coordinates (before its transform), where its pattern's tiles lie. */
  local: Box;
  /** Stroke attributes (stroke, stroke-width, …) to draw again over the pattern, or ''. */
  stroke: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const fmt = (value: number) => String(round(value));

/** The bounds of a path's points (end points and control points; enough for rectangles, rounded ones and bars). */
export function pathBounds(d: string): Box | null {
  const tokens = d.match(/[MmLlHhVvAaZzCcQq]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi);
  if (!tokens || tokens.length === 0) return null;
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  const add = (px: number, py: number) => {
    box.x0 = Math.min(box.x0, px);
    box.y0 = Math.min(box.y0, py);
    box.x1 = Math.max(box.x1, px);
    box.y1 = Math.max(box.y1, py);
  };
  const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, a: 7, c: 6, q: 4, z: 0 };
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (/[a-z]/i.test(token)) {
      command = token;
      index += 1;
      if (command.toLowerCase() === 'z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    const count = arity[command.toLowerCase()];
    if (count === undefined || count === 0) return null;
    const values = tokens.slice(index, index + count).map(Number);
    if (values.length < count || values.some((value) => !Number.isFinite(value))) return null;
    index += count;
    const relative = command === command.toLowerCase();
    const baseX = relative ? x : 0;
    const baseY = relative ? y : 0;
    switch (command.toLowerCase()) {
      case 'm':
      case 'l':
        x = baseX + values[0]!;
        y = baseY + values[1]!;
        if (command.toLowerCase() === 'm') {
          startX = x;
          startY = y;
          // Further pairs after a moveto are linetos.
          command = relative ? 'l' : 'L';
        }
        break;
      case 'h':
        x = baseX + values[0]!;
        break;
      case 'v':
        y = baseY + values[0]!;
        break;
      case 'a':
        x = baseX + values[5]!;
        y = baseY + values[6]!;
        break;
      case 'c':
        add(baseX + values[0]!, baseY + values[1]!);
        add(baseX + values[2]!, baseY + values[3]!);
        x = baseX + values[4]!;
        y = baseY + values[5]!;
        break;
      case 'q':
        add(baseX + values[0]!, baseY + values[1]!);
        x = baseX + values[2]!;
        y = baseY + values[3]!;
        break;
    }
    add(x, y);
  }
  return Number.isFinite(box.x0) ? box : null;
}

/** A tile shape from the path zrender writes for a decal symbol: a rectangle or a circle; null for any other. */
function tileShape(d: string): TileShape | 'empty' | null {
  if (d.trim() === '') return 'empty';
  const rect = /^M(\S+) (\S+)l(\S+) 0l0 (\S+)l(\S+) 0Z$/.exec(d.trim());
  if (rect) {
    const [x, y, width, height, back] = rect.slice(1).map(Number) as [number, number, number, number, number];
    if (![x, y, width, height].every(Number.isFinite) || round(back) !== round(-width)) return null;
    if (width === 0 || height === 0) return 'empty';
    return { kind: 'rect', box: { x0: Math.min(x, x + width), y0: Math.min(y, y + height), x1: Math.max(x, x + width), y1: Math.max(y, y + height) } };
  }
  // A circle: a move to its right-most point and one arc almost all the way round.
  const circle = /^M(\S+) (\S+)A(\S+) (\S+) 0 1 1 (\S+) (\S+)$/.exec(d.trim());
  if (circle) {
    const [x, y, rx, ry] = circle.slice(1).map(Number) as [number, number, number, number];
    if (![x, y, rx, ry].every(Number.isFinite) || rx !== ry) return null;
    if (rx === 0) return 'empty';
    return { kind: 'circle', cx: x - rx, cy: y, r: rx };
  }
  return null;
}

/** One tile's shapes clipped to the tile; null when a shape is cut by the tile's edge in a way not drawn here (a circle). */
function clipToTile(shapes: TileShape[], width: number, height: number): TileShape[] | null {
  const clipped: TileShape[] = [];
  for (const shape of shapes) {
    if (shape.kind === 'rect') {
      const box = { x0: Math.max(0, shape.box.x0), y0: Math.max(0, shape.box.y0), x1: Math.min(width, shape.box.x1), y1: Math.min(height, shape.box.y1) };
      if (box.x1 > box.x0 && box.y1 > box.y0) clipped.push({ kind: 'rect', box });
      continue;
    }
    const { cx, cy, r } = shape;
    if (cx + r <= 0 || cx - r >= width || cy + r <= 0 || cy - r >= height) continue;
    if (cx - r < 0 || cx + r > width || cy - r < 0 || cy + r > height) return null;
    clipped.push(shape);
  }
  return clipped;
}

const PATTERN = /<pattern width="([^"]+)" height="([^"]+)" patternUnits="userSpaceOnUse"(?: patternTransform="rotate\(([^)]+)\)")? id="([^"]+)">([\s\S]*?)<\/pattern>/g;
const PATTERN_PATH = /<path d="([^"]*)" fill="([^"]+)" fill-opacity="([^"]+)"><\/path>/g;

/** The patterns of the SVG that can be drawn explicitly, by id. */
function readPatterns(svg: string): Map<string, Pattern> {
  const patterns = new Map<string, Pattern>();
  for (const match of svg.matchAll(PATTERN)) {
    const [, widthText, heightText, rotationText, id, body] = match as unknown as [string, string, string, string | undefined, string, string];
    const width = Number(widthText);
    const height = Number(heightText);
    const rotation = rotationText === undefined ? 0 : Number(rotationText);
    if (!(width > 0) || !(height > 0) || !Number.isFinite(rotation)) continue;
    // Only paths inside the pattern's group, nothing else.
    if (body.replace(PATTERN_PATH, '').replace(/<\/?g\s*>/g, '').trim() !== '') continue;
    const paints = new Map<string, TilePaint>();
    let drawable = true;
    for (const [, d, fill, opacity] of body.matchAll(PATTERN_PATH) as IterableIterator<[string, string, string, string]>) {
      const shape = tileShape(d);
      if (shape === null) {
        drawable = false;
        break;
      }
      if (shape === 'empty') continue;
      const key = `${fill}|${opacity}`;
      const paint = paints.get(key) ?? { fill, opacity, shapes: [] };
      paint.shapes.push(shape);
      paints.set(key, paint);
    }
    if (!drawable) continue;
    const clipped: TilePaint[] = [];
    for (const paint of paints.values()) {
      const shapes = clipToTile(paint.shapes, width, height);
      if (shapes === null) {
        drawable = false;
        break;
      }
      if (shapes.length > 0 && Number(paint.opacity) > 0) clipped.push({ ...paint, shapes });
    }
    if (drawable) patterns.set(id, { width, height, rotation, paints: clipped });
  }
  return patterns;
}

function translateOf(transform: string | null): [number, number] | null {
  if (transform === null) return [0, 0];
  const match = /^translate\((\S+)[ ,](\S+)\)$/.exec(transform);
  if (!match) return null;
  const x = Number(match[1]);
  const y = Number(match[2]);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

const attribute = (element: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;

/** A line that fills a path with a pattern, read; null when it is not one or is not of the expected form. */
function readOverlay(line: string, index: number): { id: string; overlay: Overlay } | null {
  const element = /^<path\b([^>]*)><\/path>$/.exec(line.trim());
  if (!element) return null;
  const attributes = element[1]!;
  const id = /\sfill="url\(#([^)]+)\)"/.exec(attributes)?.[1];
  const d = attribute(attributes, 'd');
  if (id === undefined || d === null) return null;
  const transform = attribute(attributes, 'transform');
  const offset = translateOf(transform);
  const bounds = pathBounds(d);
  if (!offset || !bounds) return null;
  const box = { x0: bounds.x0 + offset[0], y0: bounds.y0 + offset[1], x1: bounds.x1 + offset[0], y1: bounds.y1 + offset[1] };
  const stroke = [...attributes.matchAll(/\s(stroke(?:-[a-z]+)?)="([^"]*)"/g)].map(([, name, value]) => ` ${name}="${value}"`).join('');
  return { id, overlay: { line: index, d, transform, box, local: bounds, stroke: attribute(attributes, 'stroke') ? stroke : '' } };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rectangles joined where they touch along a whole side (stripes built from small tiles become one rectangle). */
function mergeRects(boxes: Box[]): Box[] {
  const key = (value: number) => round(value);
  const join = (list: Box[], vertical: boolean): Box[] => {
    const sorted = [...list].sort((a, b) =>
      vertical ? a.x0 - b.x0 || a.x1 - b.x1 || a.y0 - b.y0 : a.y0 - b.y0 || a.y1 - b.y1 || a.x0 - b.x0,
    );
    const out: Box[] = [];
    for (const box of sorted) {
      const last = out[out.length - 1];
      if (last && vertical && key(last.x0) === key(box.x0) && key(last.x1) === key(box.x1) && key(last.y1) >= key(box.y0)) {
        last.y1 = Math.max(last.y1, box.y1);
      } else if (last && !vertical && key(last.y0) === key(box.y0) && key(last.y1) === key(box.y1) && key(last.x1) >= key(box.x0)) {
        last.x1 = Math.max(last.x1, box.x1);
      } else {
        out.push({ ...box });
      }
    }
    return out;
  };
  return join(join(boxes, true), false);
}

/** The pattern's geometry over the tiles that `boxes` (chart coordinates) touch, as path data in the pattern's own coordinates, per paint. */
function patternGeometry(pattern: Pattern, boxes: Box[]): Array<{ paint: TilePaint; d: string }> {
  const angle = (-pattern.rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Chart → pattern coordinates: the inverse of the pattern's rotation.
  const toPattern = (x: number, y: number): [number, number] => [x * cos - y * sin, x * sin + y * cos];
  const tiles = new Map<string, [number, number]>();
  for (const box of boxes) {
    const corners = [toPattern(box.x0, box.y0), toPattern(box.x1, box.y0), toPattern(box.x0, box.y1), toPattern(box.x1, box.y1)];
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const i0 = Math.floor(Math.min(...xs) / pattern.width);
    const i1 = Math.floor(Math.max(...xs) / pattern.width);
    const j0 = Math.floor(Math.min(...ys) / pattern.height);
    const j1 = Math.floor(Math.max(...ys) / pattern.height);
    for (let i = i0; i <= i1; i += 1) for (let j = j0; j <= j1; j += 1) tiles.set(`${i},${j}`, [i, j]);
  }
  return pattern.paints.map((paint) => {
    const rects: Box[] = [];
    const circles: string[] = [];
    for (const [i, j] of tiles.values()) {
      const dx = i * pattern.width;
      const dy = j * pattern.height;
      for (const shape of paint.shapes) {
        if (shape.kind === 'rect') {
          rects.push({ x0: shape.box.x0 + dx, y0: shape.box.y0 + dy, x1: shape.box.x1 + dx, y1: shape.box.y1 + dy });
        } else {
          const { r } = shape;
          circles.push(`M${fmt(shape.cx + dx - r)} ${fmt(shape.cy + dy)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`);
        }
      }
    }
    const d =
      mergeRects(rects)
        .map((box) => `M${fmt(box.x0)} ${fmt(box.y0)}h${fmt(box.x1 - box.x0)}v${fmt(box.y1 - box.y0)}h${fmt(box.x0 - box.x1)}Z`)
        .join('') + circles.join('');
    return { paint, d };
  });
}

/** The explicit drawing of one pattern over a run of shapes: the clip (for the defs) and the elements. */
function drawRun(pattern: Pattern, clipId: string, overlays: Overlay[]): { clip: string; elements: string[] } {
  const shapes = overlays.map((overlay) => `<path d="${overlay.d}"${overlay.transform ? ` transform="${overlay.transform}"` : ''}/>`).join('');
  const clip = `<clipPath id="${clipId}">${shapes}</clipPath>`;
  const elements: string[] = [];
  // A pattern lies in the coordinates of the shape it fills, its transform included (all of a run share one).
  const transforms = [overlays[0]!.transform, pattern.rotation ? `rotate(${fmt(pattern.rotation)})` : null].filter((entry) => entry !== null);
  const rotate = transforms.length > 0 ? ` transform="${transforms.join(' ')}"` : '';
  const paints = patternGeometry(
    pattern,
    overlays.map((overlay) => overlay.local),
  ).filter(({ d }) => d !== '');
  if (paints.length > 0) {
    elements.push(
      `<g clip-path="url(#${clipId})">${paints.map(({ paint, d }) => `<path d="${d}" fill="${paint.fill}" fill-opacity="${paint.opacity}"${rotate}></path>`).join('')}</g>`,
    );
  }
  // The patterned copy also drew the shape's outline over the pattern; draw it again, joined where it can be.
  const stroked = overlays.filter((overlay) => overlay.stroke !== '');
  const plain = stroked.filter((overlay) => overlay.transform === null);
  const byStroke = new Map<string, string[]>();
  for (const overlay of plain) byStroke.set(overlay.stroke, [...(byStroke.get(overlay.stroke) ?? []), overlay.d]);
  for (const [stroke, ds] of byStroke) elements.push(`<path d="${ds.join('')}" fill="none"${stroke}></path>`);
  for (const overlay of stroked.filter((entry) => entry.transform !== null)) {
    elements.push(`<path d="${overlay.d}" transform="${overlay.transform}" fill="none"${overlay.stroke}></path>`);
  }
  return { clip: paints.length > 0 ? clip : '', elements };
}

/** True for an element that draws nothing: an unstroked path without fill, or a fully transparent one without a stroke. */
function invisible(line: string): boolean {
  const element = /^<path\b([^>]*)><\/path>$/.exec(line.trim());
  if (!element) return false;
  const attributes = element[1]!;
  const fill = attribute(attributes, 'fill');
  const stroke = attribute(attributes, 'stroke');
  const strokeWidth = attribute(attributes, 'stroke-width');
  const noStroke = stroke === null || stroke === 'none' || strokeWidth === '0';
  const noFill = fill === 'none' || attribute(attributes, 'fill-opacity') === '0';
  return noFill && noStroke;
}

/**
 * The SVG with every drawable pattern fill replaced by explicit geometry and the browser-only
 * parts removed; see the module comment. `idPrefix` names the clip paths it adds.
 */
export function simplifyChartSvg(svg: string, idPrefix: string): string {
  const patterns = readPatterns(svg);
  const lines = svg.split('\n');
  const output: Array<string | null> = [...lines];
  const after = new Map<number, string[]>();
  const clips: string[] = [];
  let run: { id: string; overlays: Overlay[] } | null = null;

  const flush = () => {
    if (!run) return;
    const pattern = patterns.get(run.id)!;
    const { clip, elements } = drawRun(pattern, `${idPrefix}-clip${clips.length}`, run.overlays);
    if (clip) clips.push(clip);
    const last = run.overlays[run.overlays.length - 1]!.line;
    after.set(last, [...(after.get(last) ?? []), ...elements]);
    run = null;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const read = readOverlay(line, index);
    if (read && patterns.has(read.id)) {
      const { id, overlay } = read;
      if (run && (run.id !== id || run.overlays[0]!.transform !== overlay.transform || run.overlays.some((earlier) => overlaps(earlier.box, overlay.box)))) flush();
      run ??= { id, overlays: [] };
      run.overlays.push(overlay);
      output[index] = null;
      continue;
    }
    if (invisible(line)) {
      output[index] = null;
      continue;
    }
    if (run) {
      // A shape may stand between two patterned ones (the next bar's colour) as long as it covers none of the pattern drawn so far.
      const element = /^<path\b([^>]*)><\/path>$/.exec(line.trim());
      const d = element ? attribute(element[1]!, 'd') : null;
      const transform = element ? attribute(element[1]!, 'transform') : null;
      const bounds = d !== null && transform === null ? pathBounds(d) : null;
      if (!bounds || run.overlays.some((earlier) => overlaps(earlier.box, bounds))) flush();
    }
  }
  flush();

  let result = output
    .flatMap((line, index) => (line === null ? (after.get(index) ?? []) : [line, ...(after.get(index) ?? [])]))
    .join('\n');
  // Patterns no longer used go; the clips join the definitions.
  result = result.replace(PATTERN, (whole, _w, _h, _r, id: string) => (patterns.has(id) ? '' : whole));
  if (clips.length > 0) {
    result = /<defs\s*>/.test(result)
      ? result.replace(/<defs\s*>/, (open) => `${open}${clips.join('')}`)
      : result.replace(/<\/svg>\s*$/, `<defs>${clips.join('')}</defs></svg>`);
  }
  result = result.replace(/<defs\s*>\s*<\/defs>\n?/g, '');
  // Hover styles and the hooks for the browser's events.
  result = result.replace(/<style\s*>\s*<!\[CDATA\[[\s\S]*?\]\]>\s*<\/style>\n?/g, '');
  result = result.replace(/ (?:class|pointer-events|ecmeta_[a-z_]+)="[^"]*"/g, '');
  return result;
}
