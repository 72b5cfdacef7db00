/** Ordinals of the evaluation, also with the years of all evaluations in a parenthesis. */
import { describe, expect, it } from 'vitest';
import { findEarlierMentions, findOrdinal } from './report-meta.js';

describe('findOrdinal', () => {
  it.each([
    ['Utvärderingen var kommunens tredje utvärdering enligt Kommunkompassen.', 3],
    ['Utvärderingen var kommunens fjärde (2011, 2014, 2018 och 2022) utvärdering enligt Kommunkompassen.', 4],
    ['Det var kommunens femte (2012, 2015, 2019 och 2023) utvärdering.', 5],
    ['Det var kommunens andra (2019 samt 2023) utvärdering.', 2],
    ['Kommunens sjätte (2008, 2011, 2014, 2017, 2020 & 2023) Kommunkompass.', 6],
    ['Det var kommunens tredje (2015–2023) utvärdering.', 3],
    ['Det var kommunens tredje ( år 2016 och år 2021 ) utvärdering.', 3],
    ['Det var kommunens 4:e (2011, 2014, 2018-2022) utvärdering.', 4],
    ['Kommunen gjorde sin första utvärdering.', 1],
  ])('%s → %i', (text, ordinal) => {
    expect(findOrdinal(text)).toBe(ordinal);
  });

  it('does not take a parenthesis that is not a list of years', () => {
    expect(findOrdinal('Det var den fjärde (av fem planerade) utvärderingen.')).toBeNull();
  });
});

describe('earlier evaluations from an ordinal with years', () => {
  it('lists every year before the evaluation, written with commas, "och", "samt" or dashes', () => {
    expect([...findEarlierMentions('Utvärderingen var kommunens fjärde (2011, 2014, 2018 och 2022) utvärdering.', 2022).years]).toEqual([2011, 2014, 2018]);
    expect([...findEarlierMentions('Det var kommunens femte (2012, 2015, 2019 samt 2023) utvärdering.', 2023).years]).toEqual([2012, 2015, 2019]);
    expect([...findEarlierMentions('Det var kommunens 4:e (2011, 2014, 2018-2022) utvärdering.', 2022).years].sort()).toEqual([2011, 2014, 2018]);
  });
});
