import { describe, expect, it } from 'vitest';
import { isoDateSchema, isRealDate, monthOrDateSchema, partialDateSchema } from './dates.js';

describe('date inputs', () => {
  it('takes real dates, months and years, leap days where they exist', () => {
    for (const text of ['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) expect(isoDateSchema.safeParse(text).success).toBe(true);
    for (const text of ['2026', '2026-02', '2026-02-14']) expect(partialDateSchema.safeParse(text).success).toBe(true);
    for (const text of ['2026-02', '2026-02-14']) expect(monthOrDateSchema.safeParse(text).success).toBe(true);
  });

  it('refuses impossible dates as not real, without throwing', () => {
    for (const text of ['2026-99-99', '2026-02-30', '2025-02-29', '1900-02-29', '2026-00-10', '2026-13-01', '2026-04-31', '2026-01-00']) {
      const result = isoDateSchema.safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain('is not a real calendar date');
    }
    expect(partialDateSchema.safeParse('2026-13').success).toBe(false);
    expect(monthOrDateSchema.safeParse('2026-00').success).toBe(false);
  });

  it('refuses what is not of the shape, whatever it holds', () => {
    for (const text of ['', '2026-2-3', '26-02-03', '2026-02-03T00:00', 'h\u000btml', '２０２６-０２-０３', '2026-02-03\u0000']) {
      expect(isoDateSchema.safeParse(text).success, text).toBe(false);
      expect(() => isRealDate(text)).not.toThrow();
    }
  });
});
