import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, emptyDraft, fieldOfDetail, inputOf, type DraftMessages } from './reference-draft.js';

const messages: DraftMessages = {
  frameworkMissing: 'framework',
  labelMissing: 'label',
  meanInvalid: 'mean',
  nInvalid: 'n',
  sourceMissing: 'source',
  dateInvalid: 'date',
};

const stored = {
  id: 7,
  frameworkId: 'kommunkompassen-2020',
  country: 'se' as const,
  label: 'SKR:s sammanställning',
  scope: 'alla 2020–2023',
  areaCode: null,
  mean: '412.50',
  n: null,
  source: 'SKR',
  publishedOn: '2024-03-01',
  createdBy: 'admin@example.se',
  createdAt: '2024-03-02T10:00:00.000Z',
  version: 3,
};

describe('the reference average form', () => {
  it('shows a stored figure with the decimal sign of the language and sends it back as the API takes it', () => {
    expect(draftOf(stored, 'en').mean).toBe('412.50');
    expect(draftOf(stored, 'nb').mean).toBe('412,50');
    const draft = draftOf(stored, 'sv');
    expect(draft).toMatchObject({ areaCode: '', mean: '412,50', n: '' });
    expect(inputOf({ ...draft, mean: ' 1 012,5 ', n: '40', areaCode: '3', label: ' Ny ' })).toEqual({
      frameworkId: 'kommunkompassen-2020',
      country: 'se',
      label: 'Ny',
      scope: 'alla 2020–2023',
      areaCode: '3',
      mean: '1012,5',
      n: 40,
      source: 'SKR',
      publishedOn: '2024-03-01',
    });
  });

  it('names the required fields and the malformed numbers and dates before sending', () => {
    expect(checkDraft(emptyDraft(''), messages)).toEqual({ frameworkId: 'framework', label: 'label', mean: 'mean', source: 'source', publishedOn: 'date' });
    expect(checkDraft({ ...draftOf(stored, 'sv'), mean: '12,345', n: '0', publishedOn: '1/3/2024' }, messages)).toEqual({ mean: 'mean', n: 'n', publishedOn: 'date' });
    expect(checkDraft(draftOf(stored, 'sv'), messages)).toEqual({});
  });

  it('checks the request with the API’s schema once the fields are well formed', () => {
    expect(checkDraft({ ...draftOf(stored, 'sv'), publishedOn: '2024-02-30' }, { ...messages, dateNotReal: 'notReal' })).toEqual({ publishedOn: 'notReal' });
    expect(checkDraft({ ...draftOf(stored, 'sv'), scope: 'x'.repeat(501) }, { ...messages, other: () => 'other' })).toEqual({ scope: 'other' });
  });

  it('puts the server’s validation messages at their fields', () => {
    expect(fieldOfDetail('body.mean')).toBe('mean');
    expect(fieldOfDetail('body.publishedOn')).toBe('publishedOn');
    expect(fieldOfDetail('body.version')).toBeNull();
    expect(fieldOfDetail('query.framework')).toBeNull();
    expect(fieldOfDetail(undefined)).toBeNull();
  });
});
