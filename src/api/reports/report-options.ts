import type { ReportOptions } from '../../report/model.js';
import { toComparisonOptions } from '../../contract/comparisons.js';
import type { ReportInclude, ReportOptionsQuery } from '../../contract/reports.js';

/** The ReportOptions the parameters ask for. */
export function toReportOptions(query: ReportOptionsQuery): ReportOptions {
  const include = (part: ReportInclude) => query.include === undefined || query.include.includes(part);
  return {
    language: query.language,
    comparison: toComparisonOptions({ ...query, lang: query.language }),
    cover: { evaluators: query.evaluators && query.evaluators.length > 0 ? query.evaluators : null, date: query.date ?? null },
    include: { national: include('national'), peer: include('peer'), history: include('history') },
    criteriaAnnex: query.criteriaAnnex,
  };
}
