import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { IMPORT_JOB_FAILURE_CODES } from '../../kernel/errors.js';
import { describeImportError } from './import-texts.js';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('why an import failed, in words', () => {
  it('has its own sentence for every failure code an import job reports', () => {
    const unknown = describeImportError('no-such-code', 'a.pdf', t);
    expect(unknown).toBe(translate('en', 'import.error.unknown', { file: 'a.pdf' }));
    for (const code of IMPORT_JOB_FAILURE_CODES) {
      const sentence = describeImportError(code, 'report.docx', t);
      expect(sentence, code).not.toBe(translate('en', 'import.error.unknown', { file: 'report.docx' }));
      expect(sentence, code).toContain('report.docx');
    }
  });

  it('says that a report lacking scores was not saved, in the reader’s language', () => {
    expect(describeImportError('missing-scores', 'leksand.pdf', (key, params) => translate('nb', key, params))).toBe(
      'Rapporten leksand.pdf mangler poeng for noen delområder, så evalueringen ville blitt ufullstendig. Ingenting ble lagret.',
    );
  });
});
