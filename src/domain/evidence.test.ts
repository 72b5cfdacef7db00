import { describe, expect, it } from 'vitest';
import { attachmentDisposition, downloadMediaType, isPlainFileName, mediaTypeOf, OCTET_STREAM, unitCodeProblems } from './evidence.js';

describe('evidence files', () => {
  it('takes the media type from the allow-listed extension, case-insensitively', () => {
    expect(mediaTypeOf('Styrdokument 2024.PDF')).toBe('application/pdf');
    expect(mediaTypeOf('budget.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mediaTypeOf('foto.jpeg')).toBe('image/jpeg');
    expect(mediaTypeOf('anteckningar.txt')).toBe('text/plain');
  });

  it('stores anything else as plain bytes', () => {
    for (const name of ['sida.html', 'logo.svg', 'skript.js', 'README', 'arkiv.tar.gz', 'pdf']) expect(mediaTypeOf(name)).toBe(OCTET_STREAM);
  });

  it('never serves a type a browser would render as a page', () => {
    expect(downloadMediaType('text/html')).toBe(OCTET_STREAM);
    expect(downloadMediaType('image/svg+xml')).toBe(OCTET_STREAM);
    expect(downloadMediaType('application/pdf')).toBe('application/pdf');
  });

  it('names the download with an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('Årsredovisning "2024" (slutlig).pdf')).toBe(
      `attachment; filename="_rsredovisning _2024_ (slutlig).pdf"; filename*=UTF-8''%C3%85rsredovisning%20%222024%22%20%28slutlig%29.pdf`,
    );
    expect(attachmentDisposition('plan.pdf')).toBe(`attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`);
  });

  it('accepts only file names without paths or control characters', () => {
    expect(isPlainFileName('protokoll 2024-03-01.docx')).toBe(true);
    for (const name of ['../etc/passwd', 'a\\b.txt', 'a\nb.txt', '..']) expect(isPlainFileName(name)).toBe(false);
  });
});

describe('evidence links', () => {
  it('names every code that is not a scoring unit, with its position', () => {
    expect(unitCodeProblems(['1.1', '9.9', '2.1', '1'], ['1.1', '1.2', '2.1'])).toEqual([
      { index: 1, message: expect.stringContaining('"9.9" is not a sub-area') },
      { index: 3, message: expect.stringContaining('"1" is not a sub-area') },
    ]);
    expect(unitCodeProblems(['1.2'], ['1.1', '1.2'])).toEqual([]);
  });
});
