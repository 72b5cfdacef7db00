/**
 * Fuzzing: thousands of mutated seed texts. parseReportText must either return a report or
 * throw ImportError; any other exception is a bug.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importContext, readSeed, SEED_FILES, SEEDS_AVAILABLE } from './fixtures/build-fixtures.js';
import { ImportError } from './import-error.js';
import { parseReportText } from './parse-report.js';

/** Fragments that stress the parser's patterns when spliced into a report. */
const TOKENS = ['\t', '\n', '\n\n', 'Område 3 ', 'Poäng', 'Rubriker\tPoäng', '1.1 ', '3.7\t', '\t73\t100', '75%', '<ul><li>', '</li>', '<p>', '•', '## ', '**', 'Styrkor\tFörbättringsmöjligheter', 'Bilaga', '2014', '6,5', '999999', '\u0000', '\ufffd', 'Översikt av poängfördelning', '|', '-', ' kommun', 'genomfördes i mars år 2019', 'första utvärdering'];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceDigits'; at: number; digit: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('replaceDigits' as const), at: position, digit: fc.constantFrom('0', '9', '100', '1.1', '') }),
);

function apply(text: string, change: Mutation): string {
  const at = (fraction: number) => Math.floor(fraction * text.length);
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, at(change.at));
    case 'delete':
      return text.slice(0, at(change.at)) + text.slice(at(change.at) + change.length);
    case 'insert':
      return text.slice(0, at(change.at)) + change.text + text.slice(at(change.at));
    case 'duplicate': {
      const start = at(change.at);
      return text.slice(0, start + change.length) + text.slice(start, start + change.length) + text.slice(start + change.length);
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = Math.floor(change.a * lines.length);
      const b = Math.floor(change.b * lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'replaceDigits': {
      const start = at(change.at);
      return text.slice(0, start) + text.slice(start, start + 400).replace(/\d+/g, change.digit) + text.slice(start + 400);
    }
  }
}

describe.skipIf(!SEEDS_AVAILABLE)('fuzzing the parser with mutated seed reports', () => {
  const seeds = SEEDS_AVAILABLE ? SEED_FILES.map((name) => readSeed(name)) : [];

  it('returns a report or throws ImportError for 2500 mutated reports', () => {
    let parsed = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seedIndex, changes) => {
        const text = changes.reduce(apply, seeds[seedIndex] ?? '');
        try {
          const report = parseReportText(text, importContext('fuzz.txt'));
          expect(Array.isArray(report.areas)).toBe(true);
          JSON.stringify(report);
          parsed += 1;
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message.startsWith('fuzz.txt: ')).toBe(true);
          rejected += 1;
        }
      }),
      { numRuns: 2500, seed: 20240601 },
    );
    // Most mutations leave a recognisable report; some (truncation to nothing, NUL bytes) do not.
    expect(parsed).toBeGreaterThan(1200);
    expect(parsed + rejected).toBe(2500);
  }, 120_000);

  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        try {
          parseReportText(text, importContext('random.txt'));
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
