import { describe, expect, it } from 'vitest';
import { pathBounds, simplifyChartSvg } from './print-svg.js';

const svg = [
  '<svg width="100" height="50" xmlns="http://www.w3.org/2000/svg">',
  '<path d="M0 0l10 0l0 5l-10 0Z" fill="none" pointer-events="visible" class="zr-0"></path>',
  '<path d="M10 10l30 0l0 6l-30 0Z" fill="#007a5a" stroke="#007a5a" class="a-1"></path>',
  '<path d="M10 10l30 0l0 6l-30 0Z" fill="url(#p)" stroke="#007a5a" class="a-0"></path>',
  '<path d="M10 20l20 0l0 6l-20 0Z" fill="#007a5a" stroke="#007a5a" class="a-1"></path>',
  '<path d="M10 20l20 0l0 6l-20 0Z" fill="url(#p)" stroke="#007a5a" class="a-0"></path>',
  '<text x="45" y="13">label</text>',
  '<defs >',
  '<pattern width="6" height="1" patternUnits="userSpaceOnUse" id="p">',
  '<g >',
  '<path d="M0 0l2 0l0 1l-2 0Z" fill="rgb(255,255,255)" fill-opacity="0.8"></path>',
  '<path d="M6 0l2 0l0 1l-2 0Z" fill="rgb(255,255,255)" fill-opacity="0.8"></path>',
  '</g>',
  '</pattern>',
  '</defs>',
  '<style ><![CDATA[',
  '.a-0:hover { cursor:pointer; }',
  ']]>',
  '</style>',
  '</svg>',
].join('\n');

describe('simplifyChartSvg', () => {
  const out = simplifyChartSvg(svg, 'k');

  it('draws a pattern as stripes clipped once to the bars it fills, after the last of them', () => {
    expect(out).not.toContain('<pattern');
    expect(out).not.toContain('url(#p)');
    expect(out).toContain('<clipPath id="k-clip0"><path d="M10 10l30 0l0 6l-30 0Z"/><path d="M10 20l20 0l0 6l-20 0Z"/></clipPath>');
    // Tiles 1 px high stacked into one stripe per column.
    expect(out).toContain('M6 10h2v7h-2ZM12 10h2v7h-2Z');
    const lines = out.split('\n');
    const hatch = lines.findIndex((line) => line.startsWith('<g clip-path="url(#k-clip0)">'));
    expect(hatch).toBeGreaterThan(lines.findIndex((line) => line.startsWith('<path d="M10 20l20 0l0 6l-20 0Z" fill="#007a5a"')));
    expect(hatch).toBeLessThan(lines.findIndex((line) => line.startsWith('<text')));
    // The outlines drawn over the pattern again, in one path.
    expect(lines[hatch + 1]).toBe('<path d="M10 10l30 0l0 6l-30 0ZM10 20l20 0l0 6l-20 0Z" fill="none" stroke="#007a5a"></path>');
  });

  it('drops invisible hit areas, hover styles and class names', () => {
    expect(out).not.toContain('fill="none" pointer-events');
    expect(out).not.toContain('<style');
    expect(out).not.toContain('class=');
  });

  it('leaves a pattern it cannot draw as it was', () => {
    const odd = svg.replace('M6 0l2 0l0 1l-2 0Z', 'M0 0C1 1 2 2 3 3Z');
    expect(simplifyChartSvg(odd, 'k')).toContain('url(#p)');
  });

  it('reads the bounds of rectangles and rounded rectangles', () => {
    expect(pathBounds('M236.5 79.6l200.6 0l0 15l-200.6 0Z')).toEqual({ x0: 236.5, y0: 79.6, x1: 437.1, y1: 94.6 });
    expect(pathBounds('M3.5 0L24.5 0A3.5 3.5 0 0 1 28 3.5L28 10.5A3.5 3.5 0 0 1 24.5 14L3.5 14A3.5 3.5 0 0 1 0 10.5L0 3.5A3.5 3.5 0 0 1 3.5 0Z')).toEqual({ x0: 0, y0: 0, x1: 28, y1: 14 });
  });
});
