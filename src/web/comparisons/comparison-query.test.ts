import { describe, expect, it } from 'vitest';
import { choiceFromSearch, choiceToSearch, comparisonQuery, hasPeerCriteria, NO_COMPARISON_CHOICE } from './comparison-query.js';

describe('the comparison choice in the page address', () => {
  it('reads the API’s parameter names and ignores malformed values', () => {
    const search = new URLSearchParams('since=2018&peer.populationClass=upto-20000&peer.firstTime=true&peer.county=se-20&peer.group=c9&lang=en');
    expect(choiceFromSearch(search)).toEqual({ scope: '', since: '2018', populationClass: 'upto-20000', firstTime: true, county: 'se-20', group: 'C9' });
    expect(choiceFromSearch(new URLSearchParams('since=18&peer.county=X&peer.group=Z9&peer.firstTime=yes&peer.populationClass=%3Cb%3E'))).toEqual(NO_COMPARISON_CHOICE);
  });

  it('writes a choice back, keeping other parameters and removing what is no longer chosen', () => {
    const current = new URLSearchParams('tab=x&peer.county=se-22&since=2015');
    const next = choiceToSearch({ ...NO_COMPARISON_CHOICE, since: '2020', group: 'B5', firstTime: true }, current);
    expect(next.toString()).toBe('tab=x&since=2020&peer.firstTime=true&peer.group=B5');
    expect(choiceFromSearch(next)).toEqual({ ...NO_COMPARISON_CHOICE, since: '2020', group: 'B5', firstTime: true });
  });

  it('asks the API for the chosen comparisons only', () => {
    expect(comparisonQuery(NO_COMPARISON_CHOICE)).toEqual({});
    expect(comparisonQuery({ scope: 'nordic', since: '2019', populationClass: 'over-100000', firstTime: true, county: 'se-01', group: 'A1' })).toEqual({
      scope: 'nordic',
      since: '2019',
      'peer.populationClass': 'over-100000',
      'peer.firstTime': 'true',
      'peer.county': 'se-01',
      'peer.group': 'A1',
    });
    expect(hasPeerCriteria(NO_COMPARISON_CHOICE)).toBe(false);
    expect(hasPeerCriteria({ ...NO_COMPARISON_CHOICE, county: 'se-01' })).toBe(true);
    // A Nordic comparison is only ever asked for explicitly, and read back from the address.
    expect(choiceFromSearch(new URLSearchParams('scope=nordic')).scope).toBe('nordic');
    expect(choiceFromSearch(new URLSearchParams('scope=world')).scope).toBe('');
  });
});
