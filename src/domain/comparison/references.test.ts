import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { groupWording } from '../../i18n/comparison-labels.js';
import { applicableReferences, type ReferenceFigure } from './references.js';

const catalogue = loadCatalogue();
const framework2016 = catalogue.frameworks.get('kommunkompassen-2016')!;
const framework2020 = catalogue.frameworks.get('kommunkompassen-2020')!;

const figure = (areaCode: string | null, mean: number, extra: Partial<ReferenceFigure> = {}): ReferenceFigure => ({
  id: Math.random(),
  frameworkId: 'kommunkompassen-2020',
  label: 'Sammanställning',
  scope: '',
  areaCode,
  mean,
  n: 30,
  source: 'SKR',
  publishedOn: '2024-03-01',
  ...extra,
});

describe('applicableReferences', () => {
  const figures = [figure(null, 41_250), figure('5', 5125), figure('2', 4000)];

  it('shows figures of the same version as they are, one group per source', () => {
    const [reference, ...rest] = applicableReferences(figures, framework2020, catalogue, 5, 'sv', groupWording('sv'));
    expect(rest).toEqual([]);
    expect(reference).toMatchObject({
      kind: 'reference',
      label: 'Sammanställning (SKR, 2024-03-01)',
      n: 30,
      total: { mean: 412.5, n: 30, distribution: null, rank: null, percentile: null, belowMinimum: false },
      source: { name: 'SKR', date: '2024-03-01' },
      caveat: null,
      warning: null,
    });
    expect(reference!.areas.find((area) => area.code === '5')!.average!.mean).toBe(51.25);
    expect(reference!.areas.find((area) => area.code === '1')!.average).toBeNull();
  });

  it('maps another version’s areas through the area map and always sets the caveat', () => {
    const [reference] = applicableReferences(figures, framework2016, catalogue, 5, 'en', groupWording('en'));
    expect(reference!.caveat).toBe(catalogue.caveat.en);
    // 2016 area 2 ↔ 2020 area 5; 2016 area 8 ↔ 2020 area 2
    expect(reference!.areas.find((area) => area.code === '2')!.average!.mean).toBe(51.25);
    expect(reference!.areas.find((area) => area.code === '8')!.average!.mean).toBe(40);
  });

  it('flags a small or unstated n', () => {
    const [small] = applicableReferences([figure(null, 40_000, { n: 3 })], framework2020, catalogue, 5, 'sv', groupWording('sv'));
    expect(small!.total!.belowMinimum).toBe(true);
    expect(small!.warning).toContain('n = 3');
    const [unstated] = applicableReferences([figure(null, 40_000, { n: null })], framework2020, catalogue, 5, 'sv', groupWording('sv'));
    expect(unstated!.total).toMatchObject({ n: 0, nKnown: false, belowMinimum: false });
    expect(unstated!.warning).toBeNull();
  });

  it('groups by source and date, newest first, and leaves out unknown frameworks', () => {
    const older = figure(null, 30_000, { publishedOn: '2020-01-01' });
    const unknown = figure(null, 30_000, { frameworkId: 'nope' });
    const result = applicableReferences([older, ...figures, unknown], framework2020, catalogue, 5, 'sv', groupWording('sv'));
    expect(result.map((reference) => reference.source!.date)).toEqual(['2024-03-01', '2020-01-01']);
  });
});
