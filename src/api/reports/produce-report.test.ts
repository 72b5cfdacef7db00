import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.js';
import { PdfUnavailableError } from '../../report/pdf/types.js';
import { describeReportFailure } from './produce-report.js';

describe('a failed report job as its owner sees it', () => {
  it('carries the PDF engine’s reason, for the web app to word in the reader’s language', () => {
    expect(describeReportFailure(new PdfUnavailableError('Chromium could not be started (/usr/bin/chromium): crashed', 'launch-failed'))).toEqual({
      code: 'pdf_unavailable',
      message: 'Chromium could not be started (/usr/bin/chromium): crashed',
      reason: 'launch-failed',
    });
  });

  it('keeps our own errors’ code and message, without a reason they do not have', () => {
    expect(describeReportFailure(new AppError('not_found', 'Evaluation x was not found'))).toEqual({ code: 'not_found', message: 'Evaluation x was not found' });
  });

  it('tells nothing of an internal failure but its code and an English message', () => {
    const failure = describeReportFailure(new Error('ECONNRESET at /srv/secret/path'));
    expect(failure).toEqual({ code: 'internal', message: 'The report could not be created because of an internal error' });
  });
});
