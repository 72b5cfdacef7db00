import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPeerChoices, groupChoices, SKR_GROUPS } from './peer-choices.js';
import { DEFAULT_POPULATION_THRESHOLDS, peerPredicate, populationClassesOf, type PeerFacts } from './peer-groups.js';
import type { PeerGroupFilter } from './types.js';

const classes = populationClassesOf(DEFAULT_POPULATION_THRESHOLDS);
const choices = { counties: ['10', '20', '22'], groups: ['B5', 'C7', 'C9'] };

const olofstrom: PeerFacts = { countyId: '10', population: 13000, groupCode: 'C7', firstTime: true };
const leksand: PeerFacts = { countyId: '20', population: 16137, groupCode: 'C9', firstTime: false };
const ornskoldsvik: PeerFacts = { countyId: '22', population: 55443, groupCode: 'C6', firstTime: true };

describe('the n of peer-group choices', () => {
  it('counts each choice with the other chosen criteria kept, and names the empty ones', () => {
    const counts = countPeerChoices([olofstrom, leksand, ornskoldsvik], { firstTime: true }, classes, choices);
    expect(counts.peer).toBe(2);
    // Leksand's is not a first evaluation: with "first time" chosen it is in no choice.
    expect(counts.populationClasses).toEqual([
      { id: 'upto-20000', n: 1 },
      { id: '20001-50000', n: 0 },
      { id: '50001-100000', n: 1 },
      { id: 'over-100000', n: 0 },
    ]);
    expect(counts.counties).toEqual([
      { code: '10', n: 1 },
      { code: '20', n: 0 },
      { code: '22', n: 1 },
    ]);
    expect(counts.groups).toEqual([
      { code: 'B5', n: 0 },
      { code: 'C7', n: 1 },
      { code: 'C9', n: 0 },
    ]);
    // The first-time choice itself is counted without the first-time criterion.
    expect(countPeerChoices([olofstrom, leksand], { countyId: '20' }, classes, choices).firstTime).toBe(0);
    expect(countPeerChoices([olofstrom, leksand], null, classes, choices).peer).toBeNull();
  });

  const facts = fc.record({
    countyId: fc.constantFrom('10', '20', '22'),
    population: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
    groupCode: fc.option(fc.constantFrom('B5', 'C7', 'C9'), { nil: null }),
    firstTime: fc.boolean(),
  });
  const filter = fc.record(
    {
      populationClass: fc.constantFrom(...classes.map((entry) => entry.id)),
      firstTime: fc.constant(true),
      countyId: fc.constantFrom(...choices.counties),
      municipalityGroup: fc.constantFrom(...choices.groups),
    },
    { requiredKeys: [] },
  );

  it('gives every choice the n of the peer group that picking it would form', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 30 }), filter, (members: PeerFacts[], chosen: PeerGroupFilter) => {
        const counts = countPeerChoices(members, chosen, classes, choices);
        const formed = (patch: PeerGroupFilter) => members.filter(peerPredicate({ ...chosen, ...patch }, classes)).length;
        for (const entry of counts.populationClasses) expect(entry.n).toBe(formed({ populationClass: entry.id }));
        for (const entry of counts.counties) expect(entry.n).toBe(formed({ countyId: entry.code }));
        for (const entry of counts.groups) expect(entry.n).toBe(formed({ municipalityGroup: entry.code }));
        expect(counts.firstTime).toBe(formed({ firstTime: true }));
        if (Object.keys(chosen).length > 0) expect(counts.peer).toBe(formed({}));
      }),
    );
  });
});

describe('the SKR groups offered', () => {
  it('are SKR’s nine in order, then other codes found in the data', () => {
    expect(groupChoices([])).toEqual([...SKR_GROUPS]);
    expect(groupChoices(['C9', null, 'B6', 'A3', 'B6'])).toEqual([...SKR_GROUPS, 'A3', 'B6']);
  });
});
