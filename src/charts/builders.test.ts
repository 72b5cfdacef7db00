import { describe, expect, it } from 'vitest';
import { peerProfileChart, profileBarsChart, profileRadarChart, subareaBarsChart, totalAndAreasChart } from './builders.js';
import { assignSeriesStyles, SERIES_STYLES } from './style.js';
import { profileInput, subareaInput, totalInput } from './fixtures/chart-inputs.js';
import type { ChartSpec } from './types.js';

type Json = Record<string, unknown>;
const seriesOf = (spec: ChartSpec) => spec.option.series as Json[];
const dataValues = (series: Json) => (series.data as Array<{ value: unknown } | number | null>).map((item) => (item !== null && typeof item === 'object' ? item.value : item));
const labelTexts = (series: Json) => (series.data as Array<{ label: { formatter: string } }>).map((item) => item.label.formatter);

describe('totalAndAreasChart', () => {
  it('draws every area against its maximum, without animation, in the chart font', () => {
    const spec = totalAndAreasChart(totalInput(), 'sv');
    const [max, achieved] = seriesOf(spec);
    expect(spec.option.animation).toBe(false);
    expect(JSON.stringify(spec.option)).toContain('Liberation Sans, Arial, sans-serif');
    expect(dataValues(max!)).toEqual(Array(8).fill(100));
    expect(dataValues(achieved!)).toEqual([62, 71, 55, 48, 51, 66, 58, 73]);
    expect(labelTexts(max!)[0]).toBe('62 av 100');
    expect((spec.option.yAxis as Json).data).toContain('3 Politisk styrning och kontroll');
    expect((spec.option.title as Json).subtext).toBe('Totalt 484 av 800 poäng (61\u00a0%)');
    expect((spec.option.legend as Json) ?? null).not.toBeNull();
  });

  it('says the total and the highest and lowest areas in the text alternative', () => {
    const text = totalAndAreasChart(totalInput(), 'sv').textAlternative;
    expect(text).toContain('484 av 800 poäng (61\u00a0%)');
    expect(text).toContain('8 Kommunen som samhällsbyggare, 73 av 100 poäng (73\u00a0%)');
    expect(text).toContain('4 Ledning, delegering och kontroll, 48 av 100 poäng (48\u00a0%)');
    expect(totalAndAreasChart(totalInput(), 'en').textAlternative).toContain('scored 484 of 800 points in total (61%)');
    expect(totalAndAreasChart(totalInput(), 'nb').textAlternative).toContain('fikk totalt 484 av 800 poeng');
  });

  it('formats the table per language with the total last, every value with the same decimals', () => {
    const input = totalInput({ areas: totalInput().areas.map((area, index) => (index === 0 ? { ...area, value: 62.5 } : area)), total: { value: 484.5, max: 800 } });
    const sv = totalAndAreasChart(input, 'sv').table;
    expect(sv.columns).toEqual(['Område', 'Poäng', 'Max', 'Procent']);
    expect(sv.rows[0]).toEqual(['1 Offentlighet och demokrati', '62,5', '100', '63\u00a0%']);
    expect(sv.rows[1]).toEqual(['2 Tillgänglighet och brukarorientering', '71,0', '100', '71\u00a0%']);
    expect(sv.rows.at(-1)).toEqual(['Totalt', '484,5', '800', '61\u00a0%']);
    expect(sv.hasTotalRow).toBe(true);
    expect(totalAndAreasChart(input, 'en').table.rows[0]).toEqual(['1 Offentlighet och demokrati', '62.5', '100', '63%']);
    expect(totalAndAreasChart(input, 'nb').table.rows[0]?.[1]).toBe('62,5');
  });

  it('computes every percent from the shown points, so 7 of 10 is 70 % whatever the exact score', () => {
    const input = totalInput({ areas: [{ code: '1', label: 'Offentlighet', max: 10, value: 7 }, { code: '2', label: 'Brukare', max: 30, value: 20 }], total: { value: 27, max: 40 } });
    const spec = totalAndAreasChart(input, 'sv');
    expect(spec.table.rows[0]).toEqual(['1 Offentlighet', '7', '10', '70\u00a0%']);
    expect(spec.table.rows[1]).toEqual(['2 Brukare', '20', '30', '67\u00a0%']);
    expect(spec.textAlternative).toContain('Högst andel av maxpoängen: 1 Offentlighet, 7 av 10 poäng (70\u00a0%).');
  });

  it('names every area that shares the highest or lowest shown share', () => {
    const areas = [
      { code: '1', label: 'A', max: 15, value: 9 },
      { code: '2', label: 'B', max: 20, value: 12 },
      { code: '3', label: 'C', max: 20, value: 4 },
    ];
    const spec = totalAndAreasChart(totalInput({ areas, total: { value: 25, max: 55 } }), 'sv');
    expect(spec.textAlternative).toContain('Högst andel av maxpoängen: 1 A, 9 av 15 poäng (60\u00a0%) och 2 B, 12 av 20 poäng (60\u00a0%).');
    expect(spec.textAlternative).toContain('Lägst andel: 3 C, 4 av 20 poäng (20\u00a0%).');
    const level = totalAndAreasChart(totalInput({ areas: areas.map((area) => ({ ...area, value: area.max / 5 })), total: { value: 11, max: 55 } }), 'en');
    expect(level.textAlternative).not.toContain('Highest');
  });

  it('puts a note under the data table when one is given', () => {
    expect(totalAndAreasChart(totalInput({ tableNote: 'Avrundat.' }), 'sv').table.note).toBe('Avrundat.');
    expect(totalAndAreasChart(totalInput(), 'sv').table.note).toBeUndefined();
  });

  it('shows a missing area as "–" and names it in the text', () => {
    const areas = totalInput().areas.map((area) => (area.code === '5' ? { ...area, value: null } : area));
    const spec = totalAndAreasChart(totalInput({ areas }), 'sv');
    expect(spec.table.rows[4]).toEqual(['5 Resultat och effektivitet', '–', '100', '–']);
    expect(labelTexts(seriesOf(spec)[0]!)[4]).toBe('–');
    expect(dataValues(seriesOf(spec)[1]!)[4]).toBeNull();
    expect(spec.textAlternative).toContain('Poäng saknas för: 5 Resultat och effektivitet.');
  });

  it('is plain, deterministic JSON', () => {
    const spec = totalAndAreasChart(totalInput(), 'sv');
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(JSON.stringify(totalAndAreasChart(totalInput(), 'sv'))).toBe(JSON.stringify(spec));
  });
});

describe('profile charts', () => {
  it('puts n in the legend and table headers of averages', () => {
    const spec = profileBarsChart(profileInput(), 'sv');
    expect(seriesOf(spec).map((series) => series.name)).toEqual(['Leksand 2023', 'Riksgenomsnitt (n = 12)', 'Leksand 2019']);
    expect(spec.table.columns).toEqual(['Område', 'Leksand 2023', 'Riksgenomsnitt (n = 12)', 'Leksand 2019', 'Max']);
    const named = profileInput({ series: [{ name: 'Riksgenomsnitt (n = 7)', kind: 'national', n: 7, values: profileInput().series[1]!.values }] });
    expect(profileBarsChart(named, 'sv').table.columns[1]).toBe('Riksgenomsnitt (n = 7)');
  });

  it('carries every series value on its bars with formatted labels, each series with one number of decimals', () => {
    const spec = profileBarsChart(profileInput(), 'sv');
    const national = seriesOf(spec)[1]!;
    expect(dataValues(national)).toEqual([55.25, 60.5, 58.75, 52, 49.5, 57.25, 61, 63.5]);
    expect(labelTexts(national).slice(0, 4)).toEqual(['55,25', '60,50', '58,75', '52,00']);
    expect(labelTexts(seriesOf(spec)[0]!).slice(0, 2)).toEqual(['62', '71']);
    const averages = profileInput();
    averages.series[1] = { ...averages.series[1]!, values: [55.3, 60.5, 58.8, 52, 49.5, 57.3, 61, 63.5], decimals: 1 };
    expect(profileBarsChart(averages, 'sv').table.rows.map((row) => row[2])).toEqual(['55,3', '60,5', '58,8', '52,0', '49,5', '57,3', '61,0', '63,5', '457,9']);
    expect(labelTexts(seriesOf(profileBarsChart(profileInput(), 'en'))[1]!)[0]).toBe('55.25');
  });

  it('gives each series its own bar pattern and each radar line its own type and symbol', () => {
    const bars = seriesOf(profileBarsChart(profileInput(), 'sv'));
    const patterns = bars.map((series) => JSON.stringify((series.itemStyle as Json).decal));
    expect(new Set(patterns).size).toBe(3);
    const radar = (seriesOf(profileRadarChart(profileInput(), 'sv'))[0]!.data as Json[]);
    expect(new Set(radar.map((item) => JSON.stringify((item.lineStyle as Json).type))).size).toBe(3);
    expect(new Set(radar.map((item) => item.symbol)).size).toBe(3);
    const legend = (profileRadarChart(profileInput(), 'sv').option.legend as { data: Json[] }).data;
    expect(legend.map((item) => item.icon)).toEqual(radar.map((item) => item.symbol));
  });

  it('sums the series in the table and compares the municipality with each other series in the text', () => {
    const spec = profileRadarChart(profileInput(), 'sv');
    expect(spec.table.rows.at(-1)).toEqual(['Totalt', '484', '457,75', '446', '800']);
    expect(spec.textAlternative).toContain('Riksgenomsnitt (n = 12): totalt 457,75 poäng.');
    expect(spec.textAlternative).toContain('Jämfört med Riksgenomsnitt (n = 12) ligger kommunen 26,25 poäng över totalt och högre i 5 av 8 områden.');
    expect(spec.textAlternative).toContain('Störst skillnad uppåt: 2 Tillgänglighet och brukarorientering (+10,50 poäng).');
    expect(spec.textAlternative).toContain('Störst skillnad nedåt: 4 Ledning, delegering och kontroll (\u22124,00 poäng).');
    expect(spec.textAlternative).toContain('Jämfört med Leksand 2019 ligger kommunen 38 poäng över totalt');
  });

  it('uses a series total when it is given instead of the sum of its areas', () => {
    const input = profileInput();
    input.series[1] = { ...input.series[1]!, total: 457.8 };
    expect(profileBarsChart(input, 'sv').table.rows.at(-1)?.[2]).toBe('457,80');
  });

  it('handles missing values: "–" in the table, none in the sums, named on the radar axis', () => {
    const input = profileInput();
    input.series[0] = { ...input.series[0]!, values: [62, 71, 55, 48, null, 66, 58, 73] };
    const radar = profileRadarChart(input, 'sv');
    expect(radar.table.rows[4]?.[1]).toBe('–');
    expect(radar.table.rows.at(-1)?.[1]).toBe('–');
    expect((seriesOf(radar)[0]!.data as Json[])[0]!.value).toEqual([62, 71, 55, 48, '-', 66, 58, 73]);
    const indicator = (radar.option.radar as { indicator: Array<{ name: string }> }).indicator;
    expect(indicator[4]?.name).toBe('5 Resultat och effektivitet\n(saknas: Leksand 2023)');
    expect(radar.textAlternative).toContain('Leksand 2023: värden saknas för 1 av 8 områden.');
    expect(radar.textAlternative).toContain('har kommunen högre poäng i 4 av 7 områden.');
  });

  it('refuses a series whose values do not match the categories', () => {
    const input = profileInput({ series: [{ name: 'Kort', kind: 'peer', values: [1, 2] }] });
    expect(() => profileBarsChart(input, 'sv')).toThrow('Chart series "Kort" has 2 values for 8 categories.');
  });

  it('titles the peer chart and compares with the peer group in English', () => {
    const input = profileInput({
      series: [
        { name: 'Leksand 2023', kind: 'municipality', values: [62, 71, 55, 48, 51, 66, 58, 73] },
        { name: 'Up to 20,000 inhabitants', kind: 'peer', n: 4, values: [50, 60, 50, 50, 50, 60, 50, 60] },
      ],
    });
    const spec = peerProfileChart(input, 'en');
    expect(spec.id).toBe('peer-profile');
    expect(spec.title).toBe('Profile compared with a peer group');
    expect(spec.textAlternative).toContain('Compared with Up to 20,000 inhabitants (n = 4), the municipality is 54 points above in total and higher in 7 of 8 areas.');
    expect(spec.table.rows[0]).toEqual(['1 Offentlighet och demokrati', '62', '50', '100']);
  });
});

describe('subareaBarsChart', () => {
  it('adds the sub-areas exactly in the area row', () => {
    const spec = subareaBarsChart(subareaInput(), 'sv');
    expect(spec.id).toBe('subareas-3');
    expect(spec.title).toBe('Delområden i område 3 Politisk styrning och kontroll');
    expect(spec.table.rows.at(-1)).toEqual(['Summa för området', '54,55', '100', '55\u00a0%']);
    expect(spec.textAlternative).toContain('Område 3 Politisk styrning och kontroll: 54,55 av 100 poäng i 4 delområden.');
    expect(spec.textAlternative).toContain('Högst andel: 3.2 Uppföljning och rapportering, 18,20 av 25 poäng (73\u00a0%).');
    expect(spec.textAlternative).toContain('Lägst andel: 3.3 Ekonomistyrning, 12,25 av 30 poäng (41\u00a0%).');
    expect(labelTexts(seriesOf(spec)[0]!)).toEqual(['14,10 av 25', '18,20 av 25', '12,25 av 30', '10,00 av 20']);
  });

  it('names the highest share by the shown points, whatever the exact ones were', () => {
    // 7.1 had 9.75 of 15 (65 %) but is shown as 9 of 15 (60 %): 7.3, shown 16 of 25 (64 %), is the highest.
    const subareas = [
      { code: '7.1', label: 'Strategier', max: 15, value: 9 },
      { code: '7.2', label: 'Kompetensförsörjning', max: 40, value: 21 },
      { code: '7.3', label: 'Arbetsmiljö', max: 25, value: 16 },
      { code: '7.4', label: 'Lika rättigheter', max: 20, value: 2 },
    ];
    const spec = subareaBarsChart({ area: { code: '7', title: 'Arbetsliv' }, subareas }, 'sv');
    expect(spec.textAlternative).toContain('Högst andel: 7.3 Arbetsmiljö, 16 av 25 poäng (64\u00a0%).');
    expect(spec.table.rows[0]).toEqual(['7.1 Strategier', '9', '15', '60\u00a0%']);
  });

  it('says which sub-areas have points when some are missing', () => {
    const subareas = subareaInput().subareas.map((subarea) => (subarea.code === '3.4' ? { ...subarea, value: null } : subarea));
    const spec = subareaBarsChart(subareaInput({ subareas }), 'nb');
    expect(spec.table.rows.at(-1)).toEqual(['Sum for området', '–', '100', '–']);
    expect(spec.textAlternative).toContain('44,55 av 80 poeng i de 3 av 4 delområdene som har poeng.');
    expect(spec.textAlternative).toContain('Poeng mangler for: 3.4 Intern kontroll.');
  });
});

describe('narrow layout', () => {
  type Media = Array<{ query: { maxWidth: number }; option: { grid: Json; yAxis: Json; legend: Json; title: { textStyle: Json } } }>;

  it('keeps names that fit and shows codes only when names would not fit a phone', () => {
    const short = (totalAndAreasChart(totalInput(), 'sv').option.media as Media)[0]!;
    expect(short.query.maxWidth).toBe(559);
    expect(short.option.yAxis.data).toBeUndefined();
    const long = subareaInput({
      subareas: subareaInput().subareas.map((subarea) => ({ ...subarea, label: `${subarea.label}: finns det en tydlig och dokumenterad ansvarsfördelning mellan politiker och tjänstemän?` })),
    });
    const narrow = (subareaBarsChart(long, 'sv').option.media as Media)[0]!;
    expect(narrow.option.yAxis.data).toEqual(['3.1', '3.2', '3.3', '3.4']);
  });

  it('breaks a long title and moves the legend and plot down by the lines it gained', () => {
    const spec = subareaBarsChart(subareaInput(), 'sv');
    const narrow = (spec.option.media as Media)[0]!.option;
    expect(narrow.title.textStyle).toMatchObject({ width: 300, overflow: 'break' });
    expect(narrow.legend.top).toBe((spec.option.legend as Json).top as number + 18);
    expect(narrow.grid.top).toBe((spec.option.grid as Json).top as number + 18);
    expect(narrow.grid.left).toBe(120);
  });
});

describe('series styles', () => {
  it('gives two series of the same kind different styles', () => {
    const styles = assignSeriesStyles([{ kind: 'municipality' }, { kind: 'previous' }, { kind: 'previous' }, { kind: 'previous' }]);
    expect(new Set(styles).size).toBe(4);
  });

  it('has colours with at least 3:1 contrast on white', () => {
    const luminance = (hex: string) => {
      const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
      const linear = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
    };
    for (const style of SERIES_STYLES) expect(1.05 / (luminance(style.color) + 0.05), style.color).toBeGreaterThanOrEqual(3);
  });
});
