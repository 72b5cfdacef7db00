import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, applyTextSplice, canonicalJson, describeChange, diffText, diffValues, sameValue, type JsonValue } from './value-diff.js';

/** Text with emoji (surrogate pairs), Nordic letters and line breaks, so cuts can fall anywhere. */
const character = fc.constantFrom('a', 'b', 'å', 'ø', ' ', '\n', '😀', '👍🏽', '/', '~', '"');
const text = fc.array(character, { maxLength: 40 }).map((parts) => parts.join(''));

/** One edit as a person makes it: a few characters typed, deleted or replaced somewhere. */
const edit = fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: fc.array(character, { maxLength: 5 }).map((parts) => parts.join('')) });

function edited(before: string, { where, remove, insert }: { where: number; remove: number; insert: string }): string {
  const points = [...before];
  const at = Math.floor(where * points.length);
  points.splice(at, remove, ...insert);
  return points.join('');
}

const isWellFormed = (value: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);

const record = fc.record({
  analysis: text,
  layout: fc.constantFrom('summary', 'subareas'),
  strengths: fc.array(text, { maxLength: 4 }),
  version: fc.nat(),
});

const json: fc.Arbitrary<JsonValue> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    text,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'a/b', '~1', ''), tie('value'), { maxKeys: 3 }),
  ),
})).value as fc.Arbitrary<JsonValue>;

describe('text splices', () => {
  it('rebuild the new text from the old and never cut an emoji in two', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const splice = diffText(before, after);
        expect(applyTextSplice(before, splice)).toBe(after);
        expect(isWellFormed(splice.inserted)).toBe(true);
        expect(isWellFormed(before.slice(splice.at, splice.at + splice.removeCount))).toBe(true);
      }),
    );
  });

  it('cost only the characters typed', () => {
    const before = 'Kommunen har en tydlig styrning.';
    expect(diffText(before, 'Kommunen har en mycket tydlig styrning.')).toEqual({ at: 16, removeCount: 0, inserted: 'mycket ' });
    expect(diffText('a😀b', 'a😁b')).toEqual({ at: 1, removeCount: 2, inserted: '😁' });
  });

  it('refuse a splice that does not fit the text', () => {
    expect(() => applyTextSplice('abc', { at: 2, removeCount: 2, inserted: '' })).toThrow(RangeError);
  });
});

describe('value changes', () => {
  it('turn any JSON value into any other', () => {
    fc.assert(
      fc.property(json, json, (before, after) => {
        const frozen = canonicalJson(before);
        expect(sameValue(applyChange(before, diffValues(before, after)), after)).toBe(true);
        expect(canonicalJson(before)).toBe(frozen);
      }),
    );
  });

  it('rebuild every version of a record after a random sequence of edits', () => {
    fc.assert(
      fc.property(record, fc.array(fc.tuple(edit, fc.boolean()), { maxLength: 30 }), (first, edits) => {
        const versions: JsonValue[] = [first];
        for (const [change, list] of edits) {
          const last = versions.at(-1) as typeof first;
          versions.push(
            list && last.strengths.length > 0
              ? { ...last, version: last.version + 1, strengths: last.strengths.map((item, index) => (index === 0 ? edited(item, change) : item)) }
              : { ...last, version: last.version + 1, analysis: edited(last.analysis, change) },
          );
        }
        const changes = versions.slice(1).map((version, index) => diffValues(versions[index]!, version));
        // Stored as JSON and read back, as the database does.
        const stored = JSON.parse(JSON.stringify(changes)) as typeof changes;
        let rebuilt: JsonValue = first;
        stored.forEach((change, index) => {
          rebuilt = applyChange(rebuilt, change);
          expect(rebuilt).toEqual(versions[index + 1]);
        });
      }),
    );
  });

  it('keep a typed word to a few bytes', () => {
    const before = { analysis: 'x'.repeat(4000), version: 7 };
    const change = diffValues(before, { analysis: `${'x'.repeat(2000)}abc${'x'.repeat(2000)}`, version: 8 });
    expect(change).toEqual([['/analysis', 2000, 0, 'abc'], ['/version', 8]]);
    expect(JSON.stringify(change).length).toBeLessThan(50);
  });

  it('name keys with slashes and tildes by JSON Pointer and remove keys', () => {
    const change = diffValues({ 'a/b': 1, '~': 2 }, { 'a/b': 2 });
    expect(change).toEqual([['/~0'], ['/a~1b', 2]]);
    expect(applyChange({ 'a/b': 1, '~': 2 }, change)).toEqual({ 'a/b': 2 });
  });

  it('describe what was removed and inserted', () => {
    const before = { analysis: 'Styrningen är svag.', version: 3 };
    const after = { analysis: 'Styrningen är stark.', version: 4 };
    expect(describeChange(before, diffValues(before, after))).toEqual([
      { path: '/analysis', kind: 'text', at: 15, removed: 'vag', inserted: 'tark' },
      { path: '/version', kind: 'value', before: 3, after: 4 },
    ]);
  });
});

describe('canonical JSON', () => {
  it('is the same whatever the key order', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' })).toBe(canonicalJson({ a: 'x', b: [1, { c: 2, d: 1 }] }));
  });
});
