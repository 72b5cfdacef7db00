import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { localise } from '../domain/framework.js';
import { echarts } from './echarts-setup.js';
import { profileRadarChart } from './profile.js';
import { radarLayout } from './radar-layout.js';
import { textWidth, wrapText } from './text-metrics.js';
import type { Language } from '../i18n/language.js';
import type { ChartSpec, ProfileInput } from './types.js';

const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((name) => `/usr/share/fonts/truetype/liberation/${name}`);
const hasChartFont = FONT_FILES.every((file) => existsSync(file));
const FONT = { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };

/** The server's width (SVG, PNG, HTML, PDF, Word) and the widths the web app may draw the chart at, down to 300 px (the narrowest the shared narrow title layout is made for). */
const WIDTHS = [720, 700, 660, 640, 600, 560, 540, 500, 480, 440, 400, 375, 340, 320, 300];
const LANGUAGES: Language[] = ['sv', 'nb', 'en'];

/** The chart drawn by ECharts at `width`, as the browser draws it in a container that wide. */
function svgAt(spec: ChartSpec, width: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every text of the SVG with the box its glyphs cover, measured by resvg in the chart font (not clipped to the picture). */
function textBoxes(svg: string, width: number, height: number): Box[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].flatMap((match) => {
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${match[0]}</svg>`;
    const box = new Resvg(alone, { font: FONT }).getBBox();
    if (!box || match[1]?.trim() === '') return [];
    return [{ text: match[1] ?? '', left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height }];
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The profile radar of a model version's areas as the report draws it: the municipality, the national average and two earlier evaluations. */
function radarOf(frameworkId: string, language: Language, missing: boolean): ChartSpec {
  const framework = loadCatalogue().frameworks.get(frameworkId);
  if (!framework) throw new Error(`no ${frameworkId}`);
  const categories = framework.areas.map((area) => ({ code: area.code, label: localise(area.title, language), max: 100 }));
  const values = (base: number) => categories.map((_, index) => base + ((index * 7) % 30));
  const input: ProfileInput = {
    title: { sv: 'Jämförelse med riksgenomsnittet', nb: 'Sammenligning med landsgjennomsnittet', en: 'Comparison with the national average' }[language],
    categories,
    series: [
      { name: 'Örnsköldsviks kommun 2017', kind: 'municipality', values: missing ? values(50).map((value, index) => (index === 1 || index === 7 ? null : value)) : values(50) },
      { name: { sv: 'Riksgenomsnitt', nb: 'Landsgjennomsnitt', en: 'National average' }[language], kind: 'national', n: 12, values: values(45) },
      { name: 'Örnsköldsvik 2015', kind: 'previous', values: values(40) },
      { name: 'Örnsköldsvik 2013', kind: 'previous', values: missing ? values(35).map((value, index) => (index === 7 ? null : value)) : values(35) },
    ],
  };
  return profileRadarChart(input, language);
}

describe('text metrics', () => {
  it.skipIf(!hasChartFont)('measure a line as resvg sets it in Liberation Sans (kerning aside)', () => {
    for (const text of ['8 Chefs- och ledarskap samt medarbetarskap', 'Brukarfokus, tillgänglighet och bemötande', 'ÅÄÖ åäö Æ ø – 1 234']) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="40"><text x="0" y="20" style="font-size:12px;font-family:Liberation Sans">${text}</text></svg>`;
      const ink = new Resvg(svg, { font: FONT }).getBBox()!;
      // The ink is the advance less the side bearings of the first and last glyph.
      expect(Math.abs(textWidth(text, 12) - ink.width), text).toBeLessThan(2.5);
    }
  });

  it('breaks at spaces, keeps given line breaks, and never cuts a word', () => {
    expect(wrapText('Chefs- och ledarskap samt medarbetarskap', 120, 12)).toEqual(['Chefs- och ledarskap', 'samt medarbetarskap']);
    expect(wrapText('Arbetsliv\n(saknas: Leksand 2023)', 400, 12)).toEqual(['Arbetsliv', '(saknas: Leksand 2023)']);
    expect(wrapText('Kvalitetsutveckling', 30, 12)).toEqual(['Kvalitetsutveckling']);
  });
});

describe('radarLayout', () => {
  it('gives a larger radar to shorter names and falls back to the codes when names leave no room', () => {
    const axes = (name: string) => Array.from({ length: 8 }, (_, index) => ({ code: String(index + 1), name: `${index + 1} ${name}`, note: null }));
    const frame = { width: 480, height: 560, top: 80, fontSize: 12, lineHeight: 15 };
    const short = radarLayout(axes('Arbetsliv'), frame);
    const long = radarLayout(axes('Chefs- och ledarskap samt medarbetarskap'), frame);
    expect(short.radius).toBeGreaterThan(long.radius);
    expect(long.names[1]).toContain('\n');
    const tiny = radarLayout(axes('Kommunen som arbetsgivare – personalpolitik och mycket mer därtill'), { ...frame, width: 200 });
    expect(tiny.names[0]).toBe('1');
  });
});

describe.skipIf(!hasChartFont)('the profile radar', () => {
  for (const frameworkId of ['kommunkompassen-2010', 'kommunkompassen-2016', 'kommunkompassen-2020']) {
    it(`keeps every name of ${frameworkId} inside the chart, clear of the others and of the legend, at every width, in sv, nb and en`, () => {
      const problems: string[] = [];
      for (const language of LANGUAGES) {
        for (const missing of [false, true]) {
          const spec = radarOf(frameworkId, language, missing);
          for (const width of WIDTHS) {
            const boxes = textBoxes(svgAt(spec, width), width, spec.height);
            const where = `${language}${missing ? ' (missing values)' : ''} at ${width} px`;
            expect(boxes.length, where).toBeGreaterThan(8);
            for (const box of boxes) {
              if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > spec.height) {
                problems.push(`${where}: "${box.text}" spans x ${box.left.toFixed(1)}–${box.right.toFixed(1)}, y ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`);
              }
            }
            boxes.forEach((box, index) => {
              for (const other of boxes.slice(index + 1)) if (overlaps(box, other)) problems.push(`${where}: "${box.text}" overlaps "${other.text}"`);
            });
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('is as large as the names allow on the server: the 2020 names leave a radius of at least 150 px', () => {
    const radar = radarOf('kommunkompassen-2020', 'sv', false).option.radar as { radius: number; indicator: Array<{ name: string }> };
    expect(radar.radius).toBeGreaterThanOrEqual(150);
    expect(radar.indicator[7]?.name).toMatch(/^8 Chefs- och ledarskap[^\n]*\n/);
  });
});
