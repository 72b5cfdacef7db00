import { describe, expect, it } from 'vitest';
import { placeOf } from './set-draft.js';
import { problemKey } from './set-texts.js';

const keyOf = (path: string) => {
  const place = placeOf(path);
  return place ? problemKey(place) : null;
};

describe('the words for a broken rule of a set', () => {
  it('names the rule by the field the server names', () => {
    expect(keyOf('body.title')).toBe('questionSets.problem.setTitle');
    expect(keyOf('body.content.sections.0.title')).toBe('questionSets.problem.sectionTitle');
    expect(keyOf('body.content.sections.0.key')).toBe('questionSets.problem.key');
    expect(keyOf('body.content.sections.1.questions.2.unitCodes.0')).toBe('questionSets.problem.unitCodes');
    expect(keyOf('body.content.sections.1.questions.2.options.1.key')).toBe('questionSets.problem.options');
    expect(keyOf('body.content.sections.1.questions.2.condition.anyOf.0')).toBe('questionSets.problem.condition');
    expect(keyOf('body.content.sections.1.questions.2.key')).toBe('questionSets.problem.key');
    expect(keyOf('body.content.sections.1.questions.2')).toBe('questionSets.problem.key');
  });

  it('leaves fields it does not know to the server’s own words', () => {
    expect(keyOf('body.version')).toBeNull();
    expect(keyOf('body.content.sections.0.questions.1.colour')).toBeNull();
  });
});
