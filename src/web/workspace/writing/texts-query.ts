import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Language } from '../../../i18n/index.js';
import { queryKeys } from '../../api/query-keys.js';
import { textsApi, type AreaText, type EvaluationTextsView, type GoodExample, type SubareaText, type SummaryText } from './texts-api.js';

/** The evaluation's texts, titled in the reader's language, as a query (read again when the panel or another part opens). */
export const textsQuery = (evaluationId: string, language: Language) => ({
  queryKey: queryKeys.evaluation(evaluationId).texts(language),
  queryFn: ({ signal }: { signal?: AbortSignal }) => textsApi.list(evaluationId, language, signal),
});

/**
 * Keeps the older of two records unless the newer version came. A saved record's title is in
 * the source language (a save has no reader's language), so the title read for the page stays.
 */
const newer = <T extends { version: number }>(known: T, saved: Partial<T> & { version: number }): T =>
  saved.version >= known.version ? { ...known, ...saved, ...('title' in known ? { title: known.title } : {}) } : known;

/** Writes what the server answered to a save into the cached texts. */
export interface TextsCache {
  area(saved: AreaText): void;
  subarea(saved: SubareaText): void;
  summary(saved: SummaryText): void;
  example(saved: GoodExample): void;
  removeExample(id: number): void;
}

/**
 * What this page saved goes into the cached texts at once (by record, never over a newer
 * version), so a part of the panel opened again starts from the newest version even before the
 * texts are read again, and good examples added, changed or removed show at once.
 */
export function useTextsCache(evaluationId: string): TextsCache {
  const client = useQueryClient();
  return useMemo(() => {
    const patch = (update: (texts: EvaluationTextsView) => EvaluationTextsView) =>
      client.setQueriesData<EvaluationTextsView>({ queryKey: queryKeys.evaluation(evaluationId).texts() }, (texts) => (texts ? update(texts) : texts));
    return {
      area: (saved) => patch((texts) => ({ ...texts, areas: texts.areas.map((area) => (area.areaCode === saved.areaCode ? newer(area, saved) : area)) })),
      subarea: (saved) =>
        patch((texts) => ({
          ...texts,
          areas: texts.areas.map((area) => ({ ...area, subareas: area.subareas.map((subarea) => (subarea.unitCode === saved.unitCode ? newer(subarea, saved) : subarea)) })),
        })),
      summary: (saved) => patch((texts) => ({ ...texts, summary: newer(texts.summary, saved) })),
      example: (saved) =>
        patch((texts) => {
          const known = texts.goodExamples.some((example) => example.id === saved.id);
          const goodExamples = known ? texts.goodExamples.map((example) => (example.id === saved.id ? newer(example, saved) : example)) : [...texts.goodExamples, saved];
          return { ...texts, goodExamples };
        }),
      removeExample: (id) => patch((texts) => ({ ...texts, goodExamples: texts.goodExamples.filter((example) => example.id !== id) })),
    };
  }, [client, evaluationId]);
}
