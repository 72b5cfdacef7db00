import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { reportFailureText, reportRetryText } from './report-failure.js';

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

  it('says that the server stopped while making the report (no attempt left)', () => {
    expect(reportFailureText({ code: 'interrupted', status: null }, tIn('en'))).toBe('The server stopped while the report was being created. Try again.');
    expect(reportFailureText({ code: 'interrupted', status: null }, tIn('sv'))).toBe('Servern stoppades medan rapporten skapades. Försök igen.');
    expect(reportFailureText({ code: 'interrupted', status: null }, tIn('nb'))).toBe('Serveren stoppet mens rapporten ble laget. Prøv igjen.');
  });
});

describe('a report attempt that failed and is tried again, in words', () => {
  it('names the attempt, words the reason by its code and says Kompass tries again', () => {
    const job = { attempts: 1, maxAttempts: 3, error: { code: 'pdf_unavailable', message: 'Chromium crashed', reason: 'launch-failed' } };
    expect(reportRetryText('The PDF', job, tIn('en'))).toBe(
      'The PDF could not be created (attempt 1 of 3): PDF files cannot be created: Chromium could not be started on the server. Try again in a while or choose the Word file. Kompass will try again by itself in a moment.',
    );
    expect(reportRetryText('PDF-filen', { ...job, attempts: 2 }, tIn('sv'))).toMatch(/^PDF-filen kunde inte skapas \(försök 2 av 3\): PDF-filer kan inte skapas: Chromium.* Kompass försöker igen av sig själv om en stund\.$/);
    expect(reportRetryText('Word-filen', { attempts: 1, maxAttempts: 3, error: { code: 'internal', message: 'boom' } }, tIn('nb'))).toMatch(/^Word-filen kunne ikke lages \(forsøk 1 av 3\): Rapporten kunne ikke lages på grunn av en intern feil\./);
  });
});
