import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { peerProfileChart, profileBarsChart, profileRadarChart, subareaBarsChart, totalAndAreasChart } from './builders.js';
import { clearChartRenderCaches, renderChartPng, renderChartSvg } from './render-server.js';
import { profileInput, subareaInput, totalInput } from './fixtures/chart-inputs.js';

const specs = () => [
  totalAndAreasChart(totalInput(), 'sv'),
  profileRadarChart(profileInput(), 'sv'),
  profileBarsChart(profileInput(), 'sv'),
  peerProfileChart(profileInput(), 'en'),
  subareaBarsChart(subareaInput(), 'nb'),
];

describe('renderChartSvg', () => {
  it('draws every chart as an SVG that names itself for assistive technology', () => {
    for (const spec of specs()) {
      const svg = renderChartSvg(spec);
      expect(svg.startsWith('<svg'), spec.id).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>'), spec.id).toBe(true);
      const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(root).toContain(`width="${spec.width}"`);
      expect(root).toContain('role="img"');
      expect(root).toContain(`aria-label="${spec.title}.`);
      expect(svg).toContain(`<title>${spec.title}</title>`);
      expect(svg).toContain('<desc>');
    }
  });

  it('draws the numbers, names and bar patterns', () => {
    const svg = renderChartSvg(profileBarsChart(profileInput(), 'sv'));
    expect(svg).toContain('55,25');
    expect(svg).toContain('Riksgenomsnitt (n = 12)');
    expect(svg).toContain('Liberation Sans');
    // The bar patterns as explicit geometry clipped to the bars (Chromium would rasterise a <pattern> in a PDF).
    expect(svg).not.toContain('<pattern');
    expect(svg).toMatch(/<g clip-path="url\(#kc[0-9a-f]{10}-clip0\)"><path d="M[^"]+" fill="rgb\(255,255,255\)"/);
  });

  it('escapes text that would break the markup', () => {
    const svg = renderChartSvg(totalAndAreasChart(totalInput({ title: 'Poäng <per> område & "total"' }), 'sv'));
    expect(svg).toContain('<title>Poäng &lt;per&gt; område &amp; &quot;total&quot;</title>');
    expect(svg).not.toContain('<per>');
  });

  it('is deterministic: the same spec draws the same string, also without the cache', () => {
    const first = renderChartSvg(profileRadarChart(profileInput(), 'sv'));
    clearChartRenderCaches();
    renderChartSvg(totalAndAreasChart(totalInput(), 'en'));
    const second = renderChartSvg(profileRadarChart(profileInput(), 'sv'));
    expect(second).toBe(first);
  });
});

describe('renderChartPng', () => {
  it('rasterises the SVG at the asked scale', () => {
    const spec = subareaBarsChart(subareaInput(), 'sv');
    const png = renderChartPng(spec);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([spec.width * 2, spec.height * 2]);
    const single = PNG.sync.read(renderChartPng(spec, 1));
    expect([single.width, single.height]).toEqual([spec.width, spec.height]);
  });

  it('draws ink, not an empty canvas', () => {
    const image = PNG.sync.read(renderChartPng(totalAndAreasChart(totalInput(), 'sv'), 1));
    let dark = 0;
    for (let index = 0; index < image.data.length; index += 4) {
      if ((image.data[index] ?? 255) < 80 && (image.data[index + 1] ?? 255) < 80 && (image.data[index + 2] ?? 255) < 80) dark += 1;
    }
    expect(dark).toBeGreaterThan(1000);
  });

  it('answers an unchanged chart from the cache', () => {
    const spec = profileBarsChart(profileInput(), 'sv');
    const first = renderChartPng(spec);
    expect(renderChartPng(structuredClone(spec))).toBe(first);
    expect(renderChartPng(profileBarsChart(profileInput({ title: 'Annan' }), 'sv'))).not.toBe(first);
  });

  it('refuses a scale outside 0–8', () => {
    const spec = subareaBarsChart(subareaInput(), 'sv');
    expect(() => renderChartPng(spec, 0)).toThrow('PNG scale must be above 0 and at most 8, not 0.');
    expect(() => renderChartPng(spec, 20)).toThrow('at most 8');
  });
});
