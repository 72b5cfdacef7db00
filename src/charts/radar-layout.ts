/**
 * The radar's geometry: how its axis names are broken into lines, how large the radar can be and
 * where its centre goes, so that every name stays inside the chart. ECharts sets an axis name on
 * one line beside the end of its axis (its `width`/`overflow` do not apply to radar names) and
 * sizes the radar from the container alone, so a long area name ran out of the picture.
 *
 * The names are measured in the chart font (text-metrics.ts), broken at spaces, and the radius is
 * the largest that keeps the names inside: horizontally with the radar centred (so a wider
 * container than the layout was made for still fits), vertically below the title and legend.
 */
import { textWidth, wrapText } from './text-metrics.js';

/** ECharts' default gap between the end of an axis and its name (`radar.axisNameGap`). */
const AXIS_NAME_GAP = 15;
/** Room kept free along the edges of the chart, in px. */
const EDGE = 6;
/** How far a data symbol (8 px) and the line reach beyond a vertex. */
const SYMBOL_REACH = 5;
/** Below this radius the names take too much room: the axes show the area codes only (the names are in the table and the text). */
const MIN_RADIUS = 56;

/** One axis: its code, its full name and, when a value is missing there, the note saying whose. */
export interface RadarAxis {
  code: string;
  name: string;
  note: string | null;
}

/** The space the radar is laid out in and the type of its names. */
export interface RadarFrame {
  width: number;
  height: number;
  /** Where the plot may start, below the title and legend (px from the top). */
  top: number;
  fontSize: number;
  lineHeight: number;
}

export interface RadarLayout {
  /** The axis names with their line breaks. */
  names: string[];
  radius: number;
  /** The centre's distance from the top (the radar is centred horizontally). */
  centerY: number;
  fontSize: number;
  lineHeight: number;
}

interface Block {
  width: number;
  height: number;
}

/** An axis's direction as ECharts draws it: the first straight up, the others counter-clockwise. */
const axisAngle = (index: number, count: number) => Math.PI / 2 + (2 * Math.PI * index) / count;

/** How ECharts aligns a name at the end of its axis: centred above or below on vertical axes, else beside it. */
const isVertical = (angle: number) => Math.abs(Math.cos(angle)) < 1e-4;

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box of each name around the centre at `radius` (screen coordinates: y grows downwards). */
function nameBoxes(blocks: readonly Block[], radius: number): Rect[] {
  const reach = radius + AXIS_NAME_GAP;
  return blocks.map((block, index) => {
    const angle = axisAngle(index, blocks.length);
    const x = reach * Math.cos(angle);
    const y = -reach * Math.sin(angle);
    if (isVertical(angle)) {
      const top = Math.sin(angle) > 0 ? y - block.height : y;
      return { left: x - block.width / 2, right: x + block.width / 2, top, bottom: top + block.height };
    }
    const left = Math.cos(angle) > 0 ? x : x - block.width;
    return { left, right: left + block.width, top: y - block.height / 2, bottom: y + block.height / 2 };
  });
}

/** The extents of radar and names around the centre at `radius`: left and up are negative. */
function extents(boxes: readonly Rect[], radius: number): { left: number; right: number; up: number; down: number } {
  const reach = radius + SYMBOL_REACH;
  return {
    left: Math.min(-reach, ...boxes.map((box) => box.left)),
    right: Math.max(reach, ...boxes.map((box) => box.right)),
    up: Math.min(-reach, ...boxes.map((box) => box.top)),
    down: Math.max(reach, ...boxes.map((box) => box.bottom)),
  };
}

/** Within the frame; names growing outwards with the radius, the largest radius that stays within is the one to check for names touching. */
function withinFrame(blocks: readonly Block[], radius: number, frame: RadarFrame): boolean {
  const { left, right, up, down } = extents(nameBoxes(blocks, radius), radius);
  return Math.max(right, -left) <= frame.width / 2 - EDGE && down - up <= frame.height - EDGE - frame.top;
}

/** True when no two names come closer than a few pixels. */
function namesApart(blocks: readonly Block[], radius: number): boolean {
  const boxes = nameBoxes(blocks, radius);
  const apart = 3;
  return boxes.every((box, index) =>
    boxes.slice(index + 1).every((other) => box.right + apart <= other.left || other.right + apart <= box.left || box.bottom + apart <= other.top || other.bottom + apart <= box.top),
  );
}

/** The largest radius (whole pixels) at which the names fit in the frame without touching each other, or 0. */
function largestRadius(blocks: readonly Block[], frame: RadarFrame): number {
  let low = 0;
  let high = Math.min(frame.width, frame.height);
  if (!withinFrame(blocks, low, frame)) return 0;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (withinFrame(blocks, middle, frame)) low = middle;
    else high = middle;
  }
  const radius = Math.floor(low);
  return namesApart(blocks, radius) ? radius : 0;
}

function blocksOf(names: ReadonlyArray<readonly string[]>, frame: RadarFrame): Block[] {
  return names.map((lines) => ({ width: Math.max(0, ...lines.map((line) => textWidth(line, frame.fontSize))), height: lines.length * frame.lineHeight }));
}

/** The best breaking of `texts`: side names broken at one width, names on vertical axes at another; the largest radius wins, then the fewest lines. */
function bestBreaking(texts: readonly string[], frame: RadarFrame): { lines: string[][]; radius: number } {
  const count = texts.length;
  let best: { lines: string[][]; radius: number; lineCount: number } | null = null;
  for (let side = 40; side <= frame.width / 2; side += 8) {
    for (const factor of [1, 1.5, 2, 3]) {
      const vertical = Math.min(frame.width - 2 * EDGE, side * factor);
      const lines = texts.map((text, index) => wrapText(text, isVertical(axisAngle(index, count)) ? vertical : side, frame.fontSize));
      const radius = largestRadius(blocksOf(lines, frame), frame);
      const lineCount = lines.reduce((sum, entry) => sum + entry.length, 0);
      if (!best || radius > best.radius + 0.5 || (Math.abs(radius - best.radius) <= 0.5 && lineCount < best.lineCount)) best = { lines, radius, lineCount };
    }
  }
  return best ?? { lines: texts.map((text) => [text]), radius: 0 };
}

/**
 * Lays the radar out in `frame`: names broken so the radar is as large as it can be with every
 * name inside the chart. When even so the radar would be too small, the axes carry just the
 * codes (and any missing-value note).
 */
export function radarLayout(axes: readonly RadarAxis[], frame: RadarFrame): RadarLayout {
  const withNote = (label: string, note: string | null) => (note ? `${label}\n${note}` : label);
  let chosen = bestBreaking(
    axes.map((axis) => withNote(axis.name, axis.note)),
    frame,
  );
  if (chosen.radius < MIN_RADIUS) {
    chosen = bestBreaking(
      axes.map((axis) => withNote(axis.code, axis.note)),
      frame,
    );
  }
  const radius = Math.max(1, chosen.radius);
  const { up, down } = extents(nameBoxes(blocksOf(chosen.lines, frame), radius), radius);
  const free = frame.height - EDGE - frame.top - (down - up);
  return {
    names: chosen.lines.map((lines) => lines.join('\n')),
    radius,
    centerY: Math.round(frame.top + free / 2 - up),
    fontSize: frame.fontSize,
    lineHeight: frame.lineHeight,
  };
}
