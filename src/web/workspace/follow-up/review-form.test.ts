import { describe, expect, it } from 'vitest';
import { judgedCount, reviewFormOf, reviewFromConflict, sameReview } from './review-form.js';

describe('the judgement of an earlier improvement opportunity', () => {
  it('starts empty at version 0 when nothing is judged, and from the saved judgement otherwise', () => {
    expect(reviewFormOf(null)).toEqual({ value: { judgement: null, comment: '' }, version: 0 });
    expect(reviewFormOf({ judgement: 'partly', comment: 'Planen finns.', version: 4 })).toEqual({ value: { judgement: 'partly', comment: 'Planen finns.' }, version: 4 });
  });

  it('compares judgement and comment', () => {
    expect(sameReview({ judgement: 'addressed', comment: 'a' }, { judgement: 'addressed', comment: 'a' })).toBe(true);
    expect(sameReview({ judgement: 'addressed', comment: 'a' }, { judgement: 'partly', comment: 'a' })).toBe(false);
    expect(sameReview({ judgement: null, comment: 'a' }, { judgement: null, comment: 'b' })).toBe(false);
  });

  it('reads the current record of a conflict only when it is a judgement', () => {
    expect(reviewFromConflict({ judgement: 'not_addressed', comment: 'Inget gjort.', version: 7 })).toEqual({ value: { judgement: 'not_addressed', comment: 'Inget gjort.' }, version: 7 });
    expect(reviewFromConflict({ judgement: 'maybe', comment: '', version: 7 })).toBeNull();
    expect(reviewFromConflict({ judgement: 'partly', version: 7 })).toBeNull();
    expect(reviewFromConflict(null)).toBeNull();
  });

  it('counts the judged opportunities', () => {
    expect(judgedCount([null, { judgement: 'addressed' }, { judgement: 'partly' }, null])).toEqual({ done: 2, total: 4 });
    expect(judgedCount([])).toEqual({ done: 0, total: 0 });
  });
});
