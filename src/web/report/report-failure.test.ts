import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { reportFailureText } from './report-failure.js';

const tIn = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);

describe('a failed report download in words', () => {
  it('words the PDF engine’s reason in the reader’s language', () => {
    expect(reportFailureText({ code: 'pdf_unavailable', status: 503, reason: 'missing' }, tIn('en'))).toMatch(/^PDF files cannot be created: Chromium is not installed on the server/);
    expect(reportFailureText({ code: 'pdf_unavailable', status: null, reason: 'closed' }, tIn('nb'))).toMatch(/^PDF-filer kan ikke lages akkurat nå/);
    expect(reportFailureText({ code: 'pdf_unavailable', status: null, reason: 'launch-failed' }, tIn('sv'))).toMatch(/^PDF-filer kan inte skapas: Chromium kunde inte startas/);
  });

  it('says that PDFs cannot be made when the reason is unknown or missing', () => {
    expect(reportFailureText({ code: 'pdf_unavailable', status: 503, reason: 'toString' }, tIn('en'))).toBe('The server cannot create PDF files just now.');
    expect(reportFailureText({ code: 'pdf_unavailable', status: 503 }, tIn('en'))).toBe('The server cannot create PDF files just now.');
  });

  it('words a job’s internal failure, a lost connection, an expired file and other codes', () => {
    expect(reportFailureText({ code: 'internal', status: null }, tIn('en'))).toBe('The report could not be created because of an internal error. Try again in a while.');
    expect(reportFailureText({ code: 'network', status: null }, tIn('en'))).toBe('The server did not answer. Check the connection and try again.');
    expect(reportFailureText({ code: 'not_found', status: 404 }, tIn('en'))).toBe('The file is no longer kept on the server. Create the report again.');
    expect(reportFailureText({ code: 'rate_limited', status: 429 }, tIn('sv'))).toBe('Servern får för många förfrågningar just nu. Vänta en stund och försök igen.');
  });
});
