import { z } from 'zod';
import { createEvidenceSchema } from '../../../contract/evidence.js';
import type { Evidence, EvidenceInput } from './evidence-api.js';
import { type DocumentKind, type EvidenceKind, type IntervieweeGroup, type ObservationChannel } from './evidence-texts.js';

/** The file a document item refers to, as the form knows it. */
export interface DraftFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** What the form holds while the user types: every field of every kind, as text. */
export interface EvidenceDraft {
  kind: EvidenceKind;
  occurredOn: string;
  intervieweeGroup: IntervieweeGroup | '';
  people: string;
  title: string;
  documentKind: DocumentKind | '';
  channel: ObservationChannel | '';
  url: string;
  file: DraftFile | null;
  notes: string;
  unitCodes: string[];
}

export type DraftField = 'kind' | 'occurredOn' | 'intervieweeGroup' | 'people' | 'title' | 'documentKind' | 'channel' | 'url' | 'file' | 'notes' | 'unitCodes';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The fields in the order the form shows them (the first with an error takes focus). */
export const FIELD_ORDER: readonly DraftField[] = ['kind', 'channel', 'occurredOn', 'intervieweeGroup', 'people', 'title', 'documentKind', 'url', 'file', 'unitCodes', 'notes'];

export function emptyDraft(kind: EvidenceKind = 'interview', unitCodes: string[] = []): EvidenceDraft {
  return { kind, occurredOn: '', intervieweeGroup: '', people: '1', title: '', documentKind: '', channel: '', url: '', file: null, notes: '', unitCodes };
}

export function draftOf(item: Evidence): EvidenceDraft {
  return {
    kind: item.kind,
    occurredOn: item.occurredOn ?? '',
    intervieweeGroup: item.intervieweeGroup ?? '',
    people: item.people === null ? '1' : String(item.people),
    title: item.title,
    documentKind: item.documentKind ?? '',
    channel: item.channel ?? '',
    url: item.url ?? '',
    file: item.file,
    notes: item.notes,
    unitCodes: [...item.unitCodes],
  };
}

/** The part of an item that is shown (an item as saved, or a draft as the user would save it). */
export type EvidenceView = Pick<Evidence, 'kind' | 'title' | 'occurredOn' | 'intervieweeGroup' | 'people' | 'documentKind' | 'channel' | 'url' | 'file' | 'notes' | 'unitCodes'>;

/** A draft as it would read once saved (only the fields of its kind). */
export function viewOfDraft(draft: EvidenceDraft): EvidenceView {
  const text = (value: string) => value.trim() || null;
  const people = Number(draft.people);
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    occurredOn: text(draft.occurredOn),
    intervieweeGroup: draft.kind === 'interview' ? draft.intervieweeGroup || null : null,
    people: draft.kind === 'interview' && Number.isFinite(people) ? people : null,
    documentKind: draft.kind === 'document' ? draft.documentKind || null : null,
    channel: draft.kind === 'observation' ? draft.channel || null : null,
    url: draft.kind === 'interview' ? null : text(draft.url),
    file: draft.kind === 'document' ? draft.file : null,
    notes: draft.notes,
    unitCodes: draft.unitCodes,
  };
}

/** Labels for the error messages (callers translate). */
export interface DraftMessages {
  dateMissing: string;
  dateInvalid: string;
  groupMissing: string;
  peopleInvalid: string;
  titleMissing: string;
  documentKindMissing: string;
  channelMissing: string;
  urlInvalid: string;
  unitsMissing: string;
}

/**
 * The API's create schema, but the notes are not counted in the browser (as before): a text over
 * the limit goes to the server, whose answer puts the length at the field (`body.notes`).
 */
const [interviewRequest, documentRequest, observationRequest] = createEvidenceSchema.options;
const uncountedNotes = { notes: z.string() };
const requestSchema = z.discriminatedUnion('kind', [interviewRequest.extend(uncountedNotes), documentRequest.extend(uncountedNotes), observationRequest.extend(uncountedNotes)]);

/**
 * The form's fields checked by the API's create schema: the draft becomes the request of its
 * kind (`inputOf`, sub-areas in `unitOrder`), which the contract checks as the server will.
 */
export const evidenceDraftSchema = (unitOrder: readonly string[]) =>
  z
    .custom<EvidenceDraft>()
    .transform((draft): z.input<typeof createEvidenceSchema> => inputOf(draft, unitOrder))
    .pipe(requestSchema);


/** The words for a failed field before sending; undefined for a field the draft's checks do not word (notes, file). */
export function messageOf(field: DraftField, draft: EvidenceDraft, messages: DraftMessages): string | undefined {
  switch (field) {
    case 'occurredOn':
      return draft.occurredOn.trim() ? messages.dateInvalid : messages.dateMissing;
    case 'intervieweeGroup':
      return messages.groupMissing;
    case 'people':
      return messages.peopleInvalid;
    case 'title':
      return messages.titleMissing;
    case 'documentKind':
      return messages.documentKindMissing;
    case 'channel':
      return messages.channelMissing;
    case 'url':
      return messages.urlInvalid;
    case 'unitCodes':
      return messages.unitsMissing;
    default:
      return undefined;
  }
}

/** What is wrong with a draft before it is sent (the server checks again). */
export function checkDraft(draft: EvidenceDraft, messages: DraftMessages): DraftErrors {
  const errors: DraftErrors = {};
  const result = evidenceDraftSchema([]).safeParse(draft);
  for (const issue of result.error?.issues ?? []) {
    const field = fieldOfDetail(`body.${issue.path.join('.')}`);
    if (field && !errors[field]) errors[field] = messageOf(field, draft, messages) ?? issue.message;
  }
  return errors;
}

/** The request body for a checked draft: only the fields of its kind. */
export function inputOf(draft: EvidenceDraft, unitOrder: readonly string[]): EvidenceInput {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const order = new Map(unitOrder.map((code, index) => [code, index]));
  const unitCodes = [...draft.unitCodes].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const common = { notes: draft.notes, unitCodes };
  switch (draft.kind) {
    case 'interview':
      return {
        kind: 'interview',
        occurredOn: draft.occurredOn.trim(),
        intervieweeGroup: draft.intervieweeGroup as IntervieweeGroup,
        people: /^\d+$/.test(draft.people.trim()) ? Number(draft.people.trim()) : Number.NaN,
        title: optional(draft.title),
        ...common,
      };
    case 'document':
      return {
        kind: 'document',
        title: draft.title.trim(),
        documentKind: draft.documentKind as DocumentKind,
        occurredOn: optional(draft.occurredOn),
        url: optional(draft.url),
        fileId: draft.file?.id,
        ...common,
      };
    case 'observation':
      return {
        kind: 'observation',
        channel: draft.channel as ObservationChannel,
        title: draft.title.trim(),
        occurredOn: draft.occurredOn.trim(),
        url: optional(draft.url),
        ...common,
      };
  }
}

/** The form field a server validation detail (`body.unitCodes.0`, `body.title`) belongs to. */
export function fieldOfDetail(field: string | undefined): DraftField | null {
  if (!field?.startsWith('body.')) return null;
  const name = field.slice('body.'.length).split('.')[0];
  if (name === 'fileId') return 'file';
  return (FIELD_ORDER as readonly string[]).includes(name ?? '') ? (name as DraftField) : null;
}
