import { describe, expect, it } from 'vitest';
import type { MunicipalityRef } from '../domain/municipality.js';
import { goodExamplesIn } from './report-parts.js';
import type { ImportNote } from './types.js';

const ref = (code: string, shortName: string): MunicipalityRef => ({ id: `se-${code}`, country: 'se', code, name: `${shortName} kommun`, shortName, countyId: `se-${code.slice(0, 2)}` });
const MUNICIPALITIES = [ref('2029', 'Leksand'), ref('1060', 'Olofström'), ref('0581', 'Norrköping')];
const SUBJECT = MUNICIPALITIES[0]!;

describe('goodExamplesIn', () => {
  it('ties the examples of a sub-area\'s own text to that sub-area', () => {
    const examples = goodExamplesIn(['Ett gott exempel är Norrköping, som arbetar med tidiga insatser.'], MUNICIPALITIES, SUBJECT, '2.4');
    expect(examples).toEqual([{ municipality: { id: 'se-0581', country: 'se', code: '0581', name: 'Norrköping' }, sentence: 'Ett gott exempel är Norrköping, som arbetar med tidiga insatser.', unitCode: '2.4' }]);
    expect(goodExamplesIn(['Se gärna hur Olofström gör.'], MUNICIPALITIES, SUBJECT)[0]).not.toHaveProperty('unitCode');
  });

  it('notes a sentence that reads like another municipality\'s good example but names none it knows', () => {
    const notes: ImportNote[] = [];
    const texts = [
      'Ett gott exempel finns hos Ankeborgs kommun, som publicerar alla beslut. Det finns goda exempel på samverkan i Leksands kommun.',
      'En kommun som kan vara en förebild har infört medborgarbudget. Ett gott exempel är att kommunen har öppna nämndmöten.',
      'Titta gärna på Olofström.',
    ];
    const examples = goodExamplesIn(texts, MUNICIPALITIES, SUBJECT, '1.3', { notes, area: '1', where: 'area 1 chapter, line 10' });
    expect(examples.map((example) => example.municipality.name)).toEqual(['Olofström']);
    expect(notes).toEqual([
      { kind: 'example-without-municipality', area: '1', subarea: '1.3', printed: 'Ett gott exempel finns hos Ankeborgs kommun, som publicerar alla beslut.', where: 'area 1 chapter, line 10' },
      { kind: 'example-without-municipality', area: '1', subarea: '1.3', printed: 'En kommun som kan vara en förebild har infört medborgarbudget.', where: 'area 1 chapter, line 10' },
    ]);
  });
});
