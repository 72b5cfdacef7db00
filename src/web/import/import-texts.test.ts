import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { IMPORT_JOB_FAILURE_CODES } from '../../kernel/errors.js';
import { describeDiscrepancy, describeImportError, pointsText } from './import-texts.js';

const tIn = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);

describe('pointsText', () => {
  it('gives the noun in the form the count needs, in each language', () => {
    expect(pointsText(1, tIn('en'))).toBe('1 point');
    expect(pointsText(552, tIn('en'))).toBe('552 points');
    expect(pointsText(1, tIn('sv'))).toBe('1 poäng');
    expect(pointsText(552, tIn('nb'))).toBe('552 poeng');
  });

  it('writes the count as the language writes numbers, with at most two decimals', () => {
    expect(pointsText(1234.5, tIn('sv'))).toBe('1\u00a0234,5 poäng');
    expect(pointsText(1.5, tIn('en'))).toBe('1.5 points');
    expect(pointsText(72.3333333, tIn('nb'))).toBe('72,33 poeng');
  });
});

describe('the earlier evaluations of a recent import', () => {
  it('are counted with a noun that agrees with the count', () => {
    expect(translate('sv', 'import.recentEarlierLinks', { count: 1 })).toBe('1 tidigare utvärdering ur bilagan:');
    expect(translate('sv', 'import.recentEarlierLinks', { count: 2 })).toBe('2 tidigare utvärderingar ur bilagan:');
    expect(translate('en', 'import.recentEarlierLinks', { count: 1 })).toBe('1 earlier evaluation from the annex:');
    expect(translate('nb', 'import.recentEarlierLinks', { count: 3 })).toBe('3 tidligere evalueringer fra vedlegget:');
  });
});

describe('describeDiscrepancy', () => {
  it('builds the sentence in the UI language from the finding’s data', () => {
    const discrepancy = { kind: 'area-sum', area: '3', stated: 73, derived: 72 };
    expect(describeDiscrepancy(discrepancy, tIn('sv'), 'sv')).toBe('Område 3: översiktstabellen anger 73 poäng, men delområdena summerar till 72.');
    expect(describeDiscrepancy(discrepancy, tIn('en'), 'en')).toBe('Area 3: the overview table gives a score of 73, but the sub-areas add up to 72.');
    expect(describeDiscrepancy(discrepancy, tIn('nb'), 'nb')).toBe('Område 3: oversiktstabellen oppgir 73 poeng, men delområdene summerer til 72.');
  });
});

describe('why an import failed, in words', () => {
  it('has its own sentence for every failure code an import job reports', () => {
    const unknown = describeImportError('no-such-code', 'a.pdf', tIn('en'));
    expect(unknown).toBe(translate('en', 'import.error.unknown', { file: 'a.pdf' }));
    for (const code of IMPORT_JOB_FAILURE_CODES) {
      const sentence = describeImportError(code, 'report.docx', tIn('en'));
      expect(sentence, code).not.toBe(translate('en', 'import.error.unknown', { file: 'report.docx' }));
      expect(sentence, code).toContain('report.docx');
    }
  });

  it('says that a report lacking scores was not saved, in the reader’s language', () => {
    expect(describeImportError('missing-scores', 'leksand.pdf', tIn('nb'))).toBe(
      'Rapporten leksand.pdf mangler poeng for noen delområder, så evalueringen ville blitt ufullstendig. Ingenting ble lagret.',
    );
  });
});
