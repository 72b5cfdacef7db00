import { describe, expect, it } from 'vitest';
import { downloadUrl, fileNameOf, filterFromSearch, searchWithFilter } from './open-data-filter.js';

describe('the open-data filter in the address', () => {
  it('reads country, model and years', () => {
    expect(filterFromSearch(new URLSearchParams('country=no&model=kommunkompassen-2016&since=2015&until=2020'))).toEqual({
      country: 'no',
      model: 'kommunkompassen-2016',
      since: 2015,
      until: 2020,
    });
  });

  it('drops what the API would refuse', () => {
    expect(filterFromSearch(new URLSearchParams('country=dk&model=%3Cb%3E&since=15&until=abcd'))).toEqual({});
    expect(filterFromSearch(new URLSearchParams('since=2020&until=2018'))).toEqual({ since: 2020 });
  });

  it('writes the filter into the address, keeping other parameters', () => {
    const next = searchWithFilter(new URLSearchParams('x=1&country=se&since=2010'), { country: 'no', until: 2022 });
    expect(next.toString()).toBe('x=1&country=no&until=2022');
  });
});

describe('download addresses', () => {
  it('carry the filter and, outside Swedish, the language', () => {
    expect(downloadUrl('evaluations', 'csv', {}, 'sv')).toBe('/api/open-data/evaluations.csv');
    expect(downloadUrl('scores', 'excel-csv', { country: 'se', since: 2018 }, 'sv')).toBe('/api/open-data/scores-excel.csv?country=se&since=2018');
    expect(downloadUrl('scores', 'json', { model: 'kommunkompassen-2020' }, 'en', { limit: '1' })).toBe('/api/open-data/scores.json?model=kommunkompassen-2020&lang=en&limit=1');
    expect(fileNameOf('evaluations', 'xlsx')).toBe('evaluations.xlsx');
  });
});
