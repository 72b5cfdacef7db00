import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { listScoringUnits } from '../framework.js';
import { groupWording } from '../../i18n/comparison-labels.js';
import { buildGroupComparison, completeMember, type GroupMember } from './group-comparison.js';

const catalogue = loadCatalogue();
const framework2020 = catalogue.frameworks.get('kommunkompassen-2020')!;
const framework2010 = catalogue.frameworks.get('kommunkompassen-2010')!;

const member = (id: string, perArea: number[]): GroupMember => ({
  id,
  total: perArea.reduce((a, b) => a + b, 0),
  areas: new Map(perArea.map((score, index) => [String(index + 1), score])),
});

describe('completeMember', () => {
  it('sums complete evaluations per area and in total', () => {
    const units = listScoringUnits(framework2020);
    const scores = new Map(units.map((unit) => [unit.code, 250]));
    const member = completeMember('e', scores, units)!;
    expect(member.total).toBe(36 * 250);
    expect([...member.areas]).toEqual([['1', 1250], ['2', 1000], ['3', 1250], ['4', 1250], ['5', 1250], ['6', 1000], ['7', 1000], ['8', 1000]]);
  });

  it('leaves out an evaluation with any unit unscored, and ignores codes outside the framework', () => {
    const units = listScoringUnits(framework2020);
    const scores = new Map(units.map((unit) => [unit.code, 100]));
    scores.delete('3.2');
    expect(completeMember('e', scores, units)).toBeNull();
    scores.set('3.2', 100);
    scores.set('9.9', 5000);
    expect(completeMember('e', scores, units)!.total).toBe(3600);
  });

  it('takes area-scored units (the 2010 model) as whole areas', () => {
    const units = listScoringUnits(framework2010);
    const member = completeMember('e', new Map(units.map((unit) => [unit.code, 5000])), units)!;
    expect(member.areas.get('3')).toBe(5000);
    expect(member.total).toBe(units.length * 5000);
  });
});

describe('buildGroupComparison', () => {
  const areaCodes = framework2020.areas.map((area) => area.code);
  const members = [member('a', [5000, 4000, 0, 0, 0, 0, 0, 0]), member('b', [3000, 2000, 0, 0, 0, 0, 0, 0])];

  it('gives mean, n, distribution per area and in total, in the framework’s area order', () => {
    const group = buildGroupComparison({ kind: 'national', label: 'Riksgenomsnitt', frameworkId: framework2020.id, areaCodes, members, minN: 2, own: members[0]! }, groupWording('sv'));
    expect(group.n).toBe(2);
    expect(group.total).toMatchObject({ mean: 70, rank: 1, percentile: 100, belowMinimum: false });
    expect(group.areas.map((area) => area.code)).toEqual(areaCodes);
    expect(group.areas[1]!.average).toMatchObject({ mean: 30, distribution: { min: 20, median: 30, max: 40 } });
    expect(group.warning).toBeNull();
  });

  it('warns below the minimum n and when the group is empty, never silently', () => {
    expect(buildGroupComparison({ kind: 'peer', label: 'x', frameworkId: 'f', areaCodes, members, minN: 5, own: null }, groupWording('en')).warning).toBe(
      'Small base: n = 2, fewer than 5 evaluations. Interpret the average with caution.',
    );
    const empty = buildGroupComparison({ kind: 'peer', label: 'x', frameworkId: 'f', areaCodes, members: [], minN: 5, own: null }, groupWording('sv'));
    expect(empty).toMatchObject({ n: 0, total: null, warning: 'Det finns inga publicerade utvärderingar i gruppen.' });
    expect(empty.areas.every((area) => area.average === null)).toBe(true);
  });

  it('places an evaluation outside the group without changing mean or n', () => {
    const own = member('x', [100, 100, 0, 0, 0, 0, 0, 0]);
    const group = buildGroupComparison({ kind: 'national', label: 'x', frameworkId: 'f', areaCodes, members, minN: 1, own }, groupWording('sv'));
    expect(group.total).toMatchObject({ mean: 70, n: 2, rank: 3, percentile: 33 });
  });
});
