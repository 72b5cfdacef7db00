/**
 * The texts API: an evaluation's area and sub-area analyses, strengths, improvement
 * opportunities, summary comments and good examples. Response types come from the server's zod
 * schemas (type-only imports).
 */
import type { AreaText, EvaluationTextsView, GoodExample, SubareaText, SummaryText } from '../../../contract/texts.js';
import type { TextLayout } from '../../../domain/evaluation-texts.js';
import { getJson, send } from '../../api/http.js';

export type { AreaText, EvaluationTextsView, GoodExample, SubareaText, SummaryText, TextLayout };
export type AreaWithSubareas = EvaluationTextsView['areas'][number];

/** What of an area's text the user edits (the title and version are not part of it). */
export interface AreaForm {
  layout: TextLayout;
  analysis: string;
  strengths: string[];
  improvements: string[];
}

/** A good example as sent: the area (or null for the whole evaluation), another municipality and what to learn there. */
export interface GoodExampleInput {
  areaCode: string | null;
  municipalityCode: string | null;
  text: string;
}

const enc = encodeURIComponent;
const base = (id: string) => `/evaluations/${enc(id)}`;

export const textsApi = {
  list: (id: string, signal?: AbortSignal) => getJson<EvaluationTextsView>(`${base(id)}/texts`, {}, signal),
  saveArea: (id: string, areaCode: string, form: AreaForm, version: number) =>
    send<AreaText>('PUT', `${base(id)}/areas/${enc(areaCode)}/text`, { version, ...form }),
  saveSubarea: (id: string, unitCode: string, analysis: string, version: number) =>
    send<SubareaText>('PUT', `${base(id)}/subareas/${enc(unitCode)}/text`, { version, analysis }),
  saveSummary: (id: string, text: string, version: number) => send<SummaryText>('PUT', `${base(id)}/summary`, { version, text }),
  createExample: (id: string, input: GoodExampleInput) => send<GoodExample>('POST', `${base(id)}/good-examples`, input),
  changeExample: (id: string, exampleId: number, input: GoodExampleInput, version: number) =>
    send<GoodExample>('PUT', `${base(id)}/good-examples/${exampleId}`, { version, ...input }),
  removeExample: (id: string, exampleId: number, version: number) =>
    send<undefined>('DELETE', `${base(id)}/good-examples/${exampleId}`, undefined, { query: { version } }),
};
