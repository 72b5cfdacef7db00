import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, emptyDraft, fieldOfDetail, inputOf, type EvidenceDraft } from './evidence-draft.js';

const messages = {
  dateMissing: 'dateMissing',
  dateInvalid: 'dateInvalid',
  groupMissing: 'groupMissing',
  peopleInvalid: 'peopleInvalid',
  titleMissing: 'titleMissing',
  documentKindMissing: 'documentKindMissing',
  channelMissing: 'channelMissing',
  urlInvalid: 'urlInvalid',
  unitsMissing: 'unitsMissing',
};

describe('evidence drafts', () => {
  it('finds what is missing per kind before sending', () => {
    expect(checkDraft(emptyDraft('interview'), messages)).toEqual({ occurredOn: 'dateMissing', intervieweeGroup: 'groupMissing', unitCodes: 'unitsMissing' });
    expect(checkDraft({ ...emptyDraft('document'), url: 'ftp://x' }, messages)).toEqual({ title: 'titleMissing', url: 'urlInvalid', documentKind: 'documentKindMissing', unitCodes: 'unitsMissing' });
    expect(checkDraft({ ...emptyDraft('observation'), occurredOn: '2026-02-30' }, messages)).toEqual({ occurredOn: 'dateInvalid', title: 'titleMissing', channel: 'channelMissing', unitCodes: 'unitsMissing' });
    expect(checkDraft({ ...emptyDraft('interview', ['1.1']), occurredOn: '2026-03-01', intervieweeGroup: 'union', people: '501' }, messages)).toEqual({ people: 'peopleInvalid' });
    expect(checkDraft({ ...emptyDraft('interview', ['1.1']), occurredOn: '2026-03-01', intervieweeGroup: 'union', people: '1e2' }, messages)).toEqual({ people: 'peopleInvalid' });
    expect(checkDraft({ ...emptyDraft('document', ['1.1']), title: 'Budget', documentKind: 'budget', url: 'https://example.org' }, messages)).toEqual({});
  });

  it('sends only the fields of the kind, with sub-areas in framework order', () => {
    const draft: EvidenceDraft = { ...emptyDraft('document', ['2.1', '1.2']), title: ' Budget ', documentKind: 'budget', occurredOn: '', url: ' https://example.org ', intervieweeGroup: 'union', channel: 'social' };
    expect(inputOf(draft, ['1.1', '1.2', '2.1'])).toEqual({ kind: 'document', title: 'Budget', documentKind: 'budget', occurredOn: undefined, url: 'https://example.org', fileId: undefined, notes: '', unitCodes: ['1.2', '2.1'] });
    expect(inputOf({ ...draft, kind: 'interview', occurredOn: '2026-03-01', people: '4', title: '' }, [])).toMatchObject({ kind: 'interview', intervieweeGroup: 'union', people: 4, title: undefined });
  });

  it('reads an item back into a draft', () => {
    const item = { id: 'x', kind: 'interview' as const, title: '', occurredOn: '2026-03-01', intervieweeGroup: 'manager' as const, people: 2, documentKind: null, channel: null, url: null, file: null, notes: 'n', unitCodes: ['1.1'], version: 3, createdBy: 'a', createdAt: '', updatedAt: '' };
    expect(draftOf(item)).toMatchObject({ kind: 'interview', people: '2', intervieweeGroup: 'manager', documentKind: '', unitCodes: ['1.1'] });
  });

  it('maps the server validation details to the form fields', () => {
    expect(fieldOfDetail('body.unitCodes.0')).toBe('unitCodes');
    expect(fieldOfDetail('body.fileId')).toBe('file');
    expect(fieldOfDetail('body.occurredOn')).toBe('occurredOn');
    expect(fieldOfDetail('body.version')).toBeNull();
    expect(fieldOfDetail('params.id')).toBeNull();
    expect(fieldOfDetail(undefined)).toBeNull();
  });
});
