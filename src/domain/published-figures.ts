import { z } from 'zod';
import type { Hundredths } from './decimal.js';
import { parseDecimal } from './decimal.js';
import type { DerivedScores } from './scoring.js';

const printedNumber = z.string().regex(/^\d{1,6}([.,]\d{1,2})?$/, 'a printed number such as "73" or "6,5"');

/**
 * Figures exactly as a published report printed them. They are kept verbatim beside the
 * derived figures and never used to compute anything else.
 */
export const publishedFiguresSchema = z.object({
  /** Area totals as printed in the report's overview table, by area code. */
  areaTotals: z.record(z.string().regex(/^\d+$/), printedNumber).default({}),
  /** Area scores as printed in each area chapter, by area code (may differ from the table). */
  chapterScores: z.record(z.string().regex(/^\d+$/), printedNumber).default({}),
  /** Sub-area figures as printed in the overview table (score, max, percent), by sub-area code. */
  subareas: z
    .record(z.string(), z.object({ score: z.string().max(20).optional(), max: z.string().max(20).optional(), percent: z.string().max(20).optional() }))
    .default({}),
  /** The grand total as printed, when the report prints one. */
  total: printedNumber.optional(),
  /**
   * Where in the report the figures were read: "overview-table" (the points overview),
   * "annex" (an annex with earlier evaluations), or a free description. Codes, so the UI can say
   * it in the reader's language.
   */
  source: z.string().max(200).optional(),
});
export type PublishedFigures = z.infer<typeof publishedFiguresSchema>;

/**
 * One disagreement. `stated` is always the printed figure; `derived` is what the stored scores
 * give, except for `chapter-vs-table`, where `table` is the overview table's printed figure.
 */
export type FigureDifference =
  | { kind: 'area-sum' | 'total-sum' | 'area-missing'; area?: string; stated: string; derived: Hundredths; where: string }
  | { kind: 'chapter-vs-table'; area: string; stated: string; table: string; where: string };

/**
 * Lists every place where a printed figure differs from the figure derived from the stored
 * unit scores. Nothing is corrected; the caller shows both.
 */
export function comparePublishedFigures(published: PublishedFigures, derived: DerivedScores): FigureDifference[] {
  const differences: FigureDifference[] = [];
  const source = published.source ?? 'published-report';
  for (const area of derived.areas) {
    const stated = published.areaTotals[area.code];
    if (stated === undefined) continue;
    if (parseDecimal(stated) !== area.score) {
      differences.push({ kind: 'area-sum', area: area.code, stated, derived: area.score, where: `${source}, area ${area.code}` });
    }
  }
  for (const [code, chapter] of Object.entries(published.chapterScores)) {
    const table = published.areaTotals[code];
    if (table !== undefined && parseDecimal(table) !== parseDecimal(chapter)) {
      differences.push({
        kind: 'chapter-vs-table',
        area: code,
        stated: chapter,
        table,
        where: `chapter of area ${code} against ${source}`,
      });
    }
  }
  for (const code of Object.keys(published.areaTotals)) {
    if (!derived.areas.some((area) => area.code === code)) {
      differences.push({ kind: 'area-missing', area: code, stated: published.areaTotals[code] ?? '', derived: 0, where: `${source}, area ${code}` });
    }
  }
  if (published.total !== undefined && parseDecimal(published.total) !== derived.total) {
    differences.push({ kind: 'total-sum', stated: published.total, derived: derived.total, where: `${source}, total` });
  }
  return differences;
}
