import { describe, expect, it } from 'vitest';
import { checkReportForm, defaultReportForm, reportParams, toSearch } from './report-options.js';

describe('the report options form', () => {
  it('sends the defaults as the language and the comparisons to include', () => {
    expect(reportParams(defaultReportForm('sv'))).toEqual({ language: 'sv', include: 'national,history' });
  });

  it('sends peer criteria only when a peer group is wanted, and the cover names one per line', () => {
    const form = { ...defaultReportForm('en'), populationClass: 'upto-20000', county: 'se-22', group: 'b5', firstTime: true, since: ' 2015 ', evaluators: ' Anna Prov \n\n Bo Test ', date: '2024-05-17' };
    expect(reportParams(form)).toEqual({ language: 'en', include: 'national,history', since: '2015', evaluators: ['Anna Prov', 'Bo Test'], date: '2024-05-17' });
    expect(reportParams({ ...form, includePeer: true })).toMatchObject({
      include: 'national,peer,history',
      'peer.populationClass': 'upto-20000',
      'peer.firstTime': 'true',
      'peer.county': 'se-22',
      'peer.group': 'B5',
    });
    expect(reportParams({ ...form, includeNational: false, includeHistory: false }).include).toBe('none');
  });

  it('asks for the criteria annex only when it is chosen', () => {
    expect(reportParams({ ...defaultReportForm('sv'), criteriaAnnex: true })).toEqual({ language: 'sv', include: 'national,history', criteriaAnnex: 'true' });
    expect(reportParams(defaultReportForm('sv'))).not.toHaveProperty('criteriaAnnex');
  });

  it('names a bad year', () => {
    expect(checkReportForm(defaultReportForm('sv'))).toEqual({});
    expect(checkReportForm({ ...defaultReportForm('sv'), since: '19' })).toEqual({ since: 'reports.form.error.since' });
  });

  it('writes lists as repeated parameters', () => {
    expect(toSearch({ language: 'sv', evaluators: ['A B', 'C'] })).toBe('language=sv&evaluators=A+B&evaluators=C');
  });
});
