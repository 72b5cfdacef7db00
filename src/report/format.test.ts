import { describe, expect, it } from 'vitest';
import { formatList, quote } from '../i18n/format.js';
import { formatAverage, formatDatePeriod, formatN, formatRange, formatShare, formatWhole } from './format.js';

describe('report typography', () => {
  it('groups thousands with a no-break space and uses a decimal comma in Swedish and Norwegian', () => {
    expect(formatWhole(20000, 'sv')).toBe('20\u00a0000');
    expect(formatAverage(52.25, 'sv')).toBe('52,3');
    expect(formatAverage(52.25, 'nb')).toBe('52,3');
    expect(formatAverage(52.25, 'en')).toBe('52.3');
    // Averages carry one decimal, also when it is zero, so a column never mixes "54" and "52,3".
    expect(formatAverage(54, 'sv')).toBe('54,0');
  });

  it('keeps n = 12 and 52 % together and uses en dashes in ranges', () => {
    expect(formatN(12, 'sv')).toBe('n\u00a0=\u00a012');
    expect(formatShare(52, 'sv')).toBe('52\u00a0%');
    expect(formatRange('398', '560')).toBe('398–560');
    expect(formatDatePeriod('2023-02', '2023-03', 'sv')).toBe('februari 2023\u00a0– mars 2023');
    expect(formatDatePeriod(null, null, 'sv')).toBeNull();
  });

  it('quotes and lists the way each language does', () => {
    expect(quote('gott exempel', 'sv')).toBe('\u201dgott exempel\u201d');
    expect(quote('good example', 'en')).toBe('\u201cgood example\u201d');
    expect(quote('godt eksempel', 'nb')).toBe('\u00abgodt eksempel\u00bb');
    expect(formatList(['A', 'B', 'C'], 'sv')).toBe('A, B och C');
  });
});
