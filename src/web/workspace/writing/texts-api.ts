/**
 * The texts API: an evaluation's area and sub-area analyses, strengths, improvement
 * opportunities, summary comments and good examples. Types come from the contract
 * (src/contract/texts.ts).
 */
import {
  textsOperations as ops,
  type AreaText,
  type AreaTextForm,
  type EvaluationTextsView,
  type GoodExample,
  type GoodExampleFields,
  type NewGoodExampleFields,
  type SubareaText,
  type SummaryText,
} from '../../../contract/texts.js';
import type { TextLayout } from '../../../domain/evaluation-texts.js';
import type { Language } from '../../../i18n/index.js';
import { callApi } from '../../api/call.js';

export type { AreaText, EvaluationTextsView, GoodExample, SubareaText, SummaryText, TextLayout };
export type AreaWithSubareas = EvaluationTextsView['areas'][number];
export type AreaForm = AreaTextForm;
export type GoodExampleInput = GoodExampleFields;

export const textsApi = {
  list: (id: string, lang: Language, signal?: AbortSignal) => callApi(ops.getTexts, { params: { id }, query: { lang } }, { signal }),
  saveArea: (id: string, areaCode: string, form: AreaForm, version: number) => callApi(ops.saveAreaText, { params: { id, areaCode }, body: { version, ...form } }),
  saveSubarea: (id: string, unitCode: string, analysis: string, version: number) =>
    callApi(ops.saveSubareaText, { params: { id, unitCode }, body: { version, analysis } }),
  saveSummary: (id: string, text: string, version: number) => callApi(ops.saveSummary, { params: { id }, body: { version, text } }),
  createExample: (id: string, input: NewGoodExampleFields) => callApi(ops.createGoodExample, { params: { id }, body: input }),
  changeExample: (id: string, exampleId: number, input: GoodExampleInput, version: number) =>
    callApi(ops.updateGoodExample, { params: { id, exampleId }, body: { version, ...input } }),
  removeExample: (id: string, exampleId: number, version: number) => callApi(ops.deleteGoodExample, { params: { id, exampleId }, query: { version } }),
};
