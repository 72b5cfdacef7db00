import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOfPopulation, DEFAULT_POPULATION_THRESHOLDS, isPeerFilterEmpty, peerPredicate, populationClassesOf, populationForYear, type PeerFacts } from './peer-groups.js';
import type { PeerGroupFilter } from './types.js';

const classes = populationClassesOf(DEFAULT_POPULATION_THRESHOLDS);

describe('population classes', () => {
  it('default to ≤ 20 000, 20 001–50 000, 50 001–100 000 and > 100 000', () => {
    expect(classes).toEqual([
      { id: 'upto-20000', min: 0, max: 20_000 },
      { id: '20001-50000', min: 20_001, max: 50_000 },
      { id: '50001-100000', min: 50_001, max: 100_000 },
      { id: 'over-100000', min: 100_001, max: null },
    ]);
    expect(classOfPopulation(classes, 20_000)?.id).toBe('upto-20000');
    expect(classOfPopulation(classes, 20_001)?.id).toBe('20001-50000');
  });

  it('put every population in exactly one class, for any limits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 2_000_000 }), (limits, population) => {
        const configured = populationClassesOf([...limits].sort((a, b) => a - b));
        const containing = configured.filter((entry) => population >= entry.min && (entry.max === null || population <= entry.max));
        expect(containing).toHaveLength(1);
      }),
    );
  });

  it('refuse limits that are not ascending positive whole numbers', () => {
    expect(() => populationClassesOf([])).toThrow();
    expect(() => populationClassesOf([50_000, 20_000])).toThrow(/ascending/);
    expect(() => populationClassesOf([0])).toThrow();
  });
});

describe('the population of an evaluation', () => {
  const series = [
    { year: 2022, value: 13159 },
    { year: 2024, value: 13000 },
    { year: 2023, value: 13061 },
  ];

  it('is the year’s figure, else the nearest earlier one; without a year the latest', () => {
    expect(populationForYear(series, 2023)).toBe(13061);
    expect(populationForYear(series, 2026)).toBe(13000);
    expect(populationForYear(series, null)).toBe(13000);
  });

  it('is the nearest later figure for an evaluation older than the series, and unknown without figures', () => {
    expect(populationForYear(series, 2017)).toBe(13159);
    expect(populationForYear([], 2017)).toBeNull();
  });
});

describe('peer predicates', () => {
  const facts = fc.record({
    countyId: fc.constantFrom('01', '22'),
    population: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null }),
    groupCode: fc.option(fc.constantFrom('B5', 'B6'), { nil: null }),
    firstTime: fc.boolean(),
  });
  const filter = fc.record(
    {
      populationClass: fc.constantFrom(...classes.map((entry) => entry.id)),
      firstTime: fc.boolean(),
      countyId: fc.constantFrom('01', '22'),
      municipalityGroup: fc.constantFrom('B5', 'B6'),
    },
    { requiredKeys: [] },
  );

  it('combine criteria with AND: a filter holds exactly when each of its criteria holds alone', () => {
    fc.assert(
      fc.property(filter, facts, (wanted: PeerGroupFilter, candidate: PeerFacts) => {
        const single = (Object.keys(wanted) as Array<keyof PeerGroupFilter>).map((key) => peerPredicate({ [key]: wanted[key] }, classes)(candidate));
        expect(peerPredicate(wanted, classes)(candidate)).toBe(single.every(Boolean));
      }),
    );
  });

  it('never match an unknown population or group, and refuse an unconfigured class', () => {
    const unknown: PeerFacts = { countyId: '22', population: null, groupCode: null, firstTime: true };
    expect(peerPredicate({ populationClass: 'upto-20000' }, classes)(unknown)).toBe(false);
    expect(peerPredicate({ municipalityGroup: 'B5' }, classes)(unknown)).toBe(false);
    expect(peerPredicate({ countyId: '22', firstTime: true }, classes)(unknown)).toBe(true);
    expect(() => peerPredicate({ populationClass: 'upto-5' }, classes)).toThrow(/upto-20000/);
  });

  it('treat a filter without criteria as no peer group', () => {
    expect(isPeerFilterEmpty(null)).toBe(true);
    expect(isPeerFilterEmpty({})).toBe(true);
    expect(isPeerFilterEmpty({ firstTime: false })).toBe(false);
  });
});
