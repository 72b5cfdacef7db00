import { describe, expect, it } from 'vitest';
import { inputProblems, textProblem } from './input-boundary.js';

describe('textProblem', () => {
  it('takes ordinary text of every script, emoji included', () => {
    for (const text of ['Göteborg', 'Bodø – Tromsø', 'Sámi: Guovdageaidnu', '😀 👍🏽', '', '\u00a0non-breaking', 'ÅÄÖ æøå']) {
      expect(textProblem(text, true)).toBeNull();
    }
  });

  it('refuses NUL, the other C0 controls, DEL and C1 controls, naming the character and its position', () => {
    expect(textProblem('a\u0000b', false)).toBe('must not contain control characters: U+0000 at position 2');
    for (const control of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f']) {
      expect(textProblem(`x${control}`, false)).toContain('control characters');
      expect(textProblem(`x${control}`, true)).toContain('control characters');
    }
  });

  it('keeps tab and line breaks in multi-line text only', () => {
    for (const allowed of ['\t', '\n', '\r\n']) {
      expect(textProblem(`rad${allowed}rad`, false)).toBeNull();
      expect(textProblem(`rad${allowed}rad`, true)).toContain('control characters');
    }
  });

  it('refuses unpaired surrogates, high or low, and keeps pairs', () => {
    expect(textProblem('a\ud800', false)).toBe('must not contain unpaired UTF-16 surrogates: U+D800 at position 2');
    expect(textProblem('\udc00a', true)).toContain('U+DC00 at position 1');
    expect(textProblem('\ude00\ud83d', true)).toContain('U+DE00');
    expect(textProblem('\ud83d\ude00', true)).toBeNull();
  });
});

describe('inputProblems', () => {
  it('names every bad text by its dotted path, in arrays and nested objects and keys', () => {
    const issues = inputProblems({ name: 'ok', list: ['ok', 'b\u0000'], deep: { deeper: { text: '\ud800' } }, 'k\u0001': 1 }, 'body', { oneLine: false });
    expect(issues.map((issue) => issue.field).sort()).toEqual(['body.deep.deeper.text', 'body.k\\u0001', 'body.list.1']);
  });

  it('refuses __proto__ and constructor keys where asked', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":{"constructor":{}}}');
    expect(inputProblems(value, 'body', { oneLine: false, forbidKeys: true }).map((issue) => issue.field).sort()).toEqual(['body.__proto__', 'body.a.constructor']);
    expect(inputProblems(value, 'body', { oneLine: false })).toEqual([]);
  });

  it('walks very deep values without exhausting the stack, and names at most 20 problems', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(inputProblems(deep, 'body', { oneLine: false })).toHaveLength(1);
    expect(inputProblems(Array.from({ length: 100 }, () => '\u0000'), 'body', { oneLine: false })).toHaveLength(20);
  });

  it('leaves numbers, booleans, null and bytes alone', () => {
    expect(inputProblems({ a: 1, b: true, c: null, d: Buffer.from([0, 1, 2]) }, 'body', { oneLine: false })).toEqual([]);
  });
});
