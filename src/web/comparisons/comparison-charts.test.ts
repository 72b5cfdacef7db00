import { describe, expect, it } from 'vitest';
import { comparisonFixture, evaluationDetailFixture } from '../../report/fixtures/report-fixture.js';
import { pointsToHundredths, showAverages } from '../../domain/display-figures.js';
import { crossesVersions, historyChart, nationalChart, peerChart, type ComparisonChartTexts } from './comparison-charts.js';

const texts: ComparisonChartTexts = {
  municipality: 'Provkommun',
  national: 'Riksgenomsnitt',
  peer: 'Jämförelsegrupp',
  evaluationOf: (year) => `Utvärdering ${year}`,
  current: 'Denna utvärdering',
  titles: { national: 'Mot riksgenomsnittet', peer: 'Mot jämförelsegruppen', history: 'Över tid' },
};
const evaluation = evaluationDetailFixture();

describe('the comparison charts of the evaluation page', () => {
  it('draw the municipality’s shown points against the averages as the report rounds them, with n in the legend and the table', () => {
    const comparison = comparisonFixture(evaluation);
    const chart = nationalChart({ evaluation, comparison, texts, language: 'sv' })!;
    expect(chart.title).toBe('Mot riksgenomsnittet');
    expect(chart.table.columns).toEqual(['Område', 'Provkommun', 'Riksgenomsnitt (n = 12)', 'SKR:s genomsnitt 2021 (n = 40)', 'Max']);
    const radar = (chart.option.series as Array<{ data: Array<{ value: Array<number | string> }> }>)[0]!.data;
    expect(radar[0]!.value).toEqual(evaluation.areas.map((area) => area.shown));
    const hundredths = (figure: { mean: number } | null) => (figure ? pointsToHundredths(figure.mean) : null);
    const shown = showAverages(comparison.national.areas.map((area) => hundredths(area.average)), hundredths(comparison.national.total));
    expect(radar[1]!.value).toEqual(shown.areas);
    expect(chart.textAlternative).toContain('Riksgenomsnitt (n = 12)');
  });

  it('draw the peer group with the national average, and nothing for an empty or missing group', () => {
    const comparison = comparisonFixture(evaluation);
    expect(peerChart({ evaluation, comparison, texts, language: 'en' })!.table.columns).toEqual(['Area', 'Provkommun', 'Jämförelsegrupp (n = 3)', 'Riksgenomsnitt (n = 12)', 'Max']);
    expect(peerChart({ evaluation, comparison: { ...comparison, peer: null }, texts, language: 'sv' })).toBeNull();
    const empty = { ...comparison.peer!, n: 0, total: null, areas: comparison.peer!.areas.map((area) => ({ ...area, average: null })) };
    expect(peerChart({ evaluation, comparison: { ...comparison, peer: empty }, texts, language: 'sv' })).toBeNull();
  });

  it('show earlier evaluations in whole points that add up, and say when they cross model versions', () => {
    const cross = comparisonFixture(evaluation, { history: 'cross' });
    const chart = historyChart({ evaluation, comparison: cross, texts, language: 'sv' })!;
    expect(chart.table.columns).toEqual(['Område', 'Utvärdering 2019', 'Denna utvärdering', 'Max']);
    const earlier = chart.table.rows.map((row) => row[1]!);
    const parts = earlier.slice(0, -1).map(Number);
    expect(parts.every(Number.isInteger)).toBe(true);
    expect(parts.reduce((sum, value) => sum + value, 0)).toBe(Number(earlier.at(-1)));
    expect(crossesVersions(cross)).toBe(true);
    expect(crossesVersions(comparisonFixture(evaluation, { history: 'same' }))).toBe(false);
    expect(historyChart({ evaluation, comparison: comparisonFixture(evaluation, { history: 'none' }), texts, language: 'sv' })).toBeNull();
  });
});
