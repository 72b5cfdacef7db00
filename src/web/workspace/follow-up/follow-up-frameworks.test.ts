import { describe, expect, it } from 'vitest';
import { followUpFrameworks } from './follow-up-frameworks.js';

const frameworks = [
  { id: 'kommunkompassen-2010', title: 'Kommunkompassen 2010', usedFrom: 2010, current: false },
  { id: 'kommunkompassen-2020', title: 'Kommunkompassen 2020', usedFrom: 2020, current: true },
  { id: 'kommunkompassen-2016', title: 'Kommunkompassen 2016', usedFrom: 2016, current: false },
];

describe('the model versions of a follow-up', () => {
  it('offers the baseline’s own version and the newer ones, newest first', () => {
    expect(followUpFrameworks(frameworks, 'kommunkompassen-2016').map((framework) => framework.id)).toEqual(['kommunkompassen-2020', 'kommunkompassen-2016']);
    expect(followUpFrameworks(frameworks, 'kommunkompassen-2020').map((framework) => framework.id)).toEqual(['kommunkompassen-2020']);
  });

  it('offers nothing when the baseline’s version is unknown', () => {
    expect(followUpFrameworks(frameworks, 'okand-modell')).toEqual([]);
  });
});
