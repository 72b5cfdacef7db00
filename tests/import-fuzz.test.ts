/**
 * A small import fuzz campaign (the full one is in `npm run bench`): 150 documents made from the
 * seed reports as text, Word and PDF and mutated (text, ZIP structure, PDF structure, bit flips,
 * truncation), each read in a worker with the import limits. Every one must end in a report or
 * a clean ImportError: no other exception, no worker dying, no document over the time limit.
 */
import { describe, expect, it } from 'vitest';
import { SEEDS_AVAILABLE } from '../src/import/fixtures/build-fixtures.js';
import { runImportFuzz } from '../bench/import-fuzz.js';

describe.skipIf(!SEEDS_AVAILABLE)('import fuzz campaign (150 documents)', () => {
  it('ends every document in a report or a clean ImportError', { timeout: 300_000 }, async () => {
    const result = await runImportFuzz({ count: 150, timeoutMs: 60_000 });
    expect(result.crashSamples).toEqual([]);
    expect(result).toMatchObject({ documents: 150, crashes: 0, outOfMemory: 0, hangs: 0 });
    expect(result.kinds).toEqual({ txt: 50, docx: 50, pdf: 50 });
    // The mutations reach both ends: some documents still import, some are refused.
    expect(result.reports).toBeGreaterThan(0);
    expect(Object.keys(result.importErrors).length).toBeGreaterThan(1);
  });
});
