import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { caveatBetween } from './framework.js';

const catalogue = loadCatalogue();
const own = { sv: 'Eget förbehåll', en: 'Own caveat', nb: 'Eget forbehold' };

describe('caveatBetween', () => {
  it('gives the general caveat between shipped versions', () => {
    expect(caveatBetween(catalogue, 'kommunkompassen-2020', 'kommunkompassen-2016')).toEqual(catalogue.caveat);
  });

  it("gives a map's own caveat between the versions it links, read either way round", () => {
    const maps = [...catalogue.areaMaps, { from: 'kommunkompassen-2024', to: 'kommunkompassen-2020', areas: { '1': '1' }, caveat: own }];
    const withOwn = { areaMaps: maps, caveat: catalogue.caveat };
    expect(caveatBetween(withOwn, 'kommunkompassen-2024', 'kommunkompassen-2020')).toEqual(own);
    expect(caveatBetween(withOwn, 'kommunkompassen-2020', 'kommunkompassen-2024')).toEqual(own);
    expect(caveatBetween(withOwn, 'kommunkompassen-2024', 'kommunkompassen-2016')).toEqual(catalogue.caveat);
  });
});
