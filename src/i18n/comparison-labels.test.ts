import { describe, expect, it } from 'vitest';
import { groupWarning, nationalLabel, peerLabel, populationClassLabel, thinArchiveWarning } from './comparison-labels.js';
import { DEFAULT_POPULATION_THRESHOLDS, populationClassesOf } from '../domain/comparison/peer-groups.js';

const classes = populationClassesOf(DEFAULT_POPULATION_THRESHOLDS);
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('comparison labels', () => {
  it('name population classes in each language', () => {
    expect(classes.map((entry) => plain(populationClassLabel(entry, 'sv')))).toEqual([
      'högst 20 000 invånare',
      '20 001–50 000 invånare',
      '50 001–100 000 invånare',
      'fler än 100 000 invånare',
    ]);
    expect(populationClassLabel(classes[0]!, 'en')).toBe('at most 20,000 inhabitants');
    expect(plain(populationClassLabel(classes[3]!, 'nb'))).toBe('flere enn 100 000 innbyggere');
  });

  it('name the national average and peer groups, criteria in a fixed order', () => {
    expect(nationalLabel(null, 'sv')).toBe('Riksgenomsnitt');
    expect(nationalLabel(2018, 'nb')).toBe('Landsgjennomsnitt (evalueringer fra 2018)');
    const label = peerLabel({ municipalityGroup: 'B5', countyId: '23', firstTime: true, populationClass: 'upto-20000' }, { classes, countyName: 'Jämtlands län', since: null }, 'sv');
    expect(plain(label)).toBe('Jämförelsegrupp: högst 20 000 invånare, första utvärderingen, Jämtlands län, kommungrupp B5');
    expect(peerLabel({ municipalityGroup: 'B5' }, { classes, countyName: null, since: 2020 }, 'en')).toBe('Peer group: SKR municipality group B5 (evaluations from 2020)');
  });

  it('warn about small groups and point to a reference when the archive is thin', () => {
    expect(groupWarning(5, 5, 'sv')).toBeNull();
    expect(groupWarning(4, 5, 'nb')).toContain('n = 4');
    expect(thinArchiveWarning(2, 5, 'Sammanställning (SKR, 2024-03-01)', 'sv')).toContain('referensgenomsnittet Sammanställning (SKR, 2024-03-01)');
  });
});
