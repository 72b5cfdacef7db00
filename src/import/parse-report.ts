/**
 * Parses the text form of a published Kommunkompassen report (as converted from PDF or Word:
 * tab-separated tables, HTML fragments, sometimes Markdown headings) into a ParsedReport.
 *
 * Published figures are kept verbatim beside derived ones and every inconsistency is listed as a
 * discrepancy; nothing is corrected. The function is pure and throws only ImportError.
 */
import { sumHundredths } from '../domain/decimal.js';
import { checkReportDates } from './checks.js';
import { ImportError } from './import-error.js';
import { findLayout, findSummaryComments } from './layout.js';
import { toLines } from './lines.js';
import { findSubjectMunicipality, municipalitiesOf, reportCountry } from './municipalities.js';
import { toPoints } from './numbers.js';
import { parseOverview } from './overview.js';
import {
  findEarlierMentions,
  findEvaluators,
  findFieldwork,
  findInterviewees,
  findOrdinal,
  findReportDate,
  findSources,
  sentences,
  type TotalMention,
} from './report-meta.js';
import { assertUsableText } from './text-guard.js';
import type { EarlierEvaluation, EarlierMention, ParsedReport } from './types.js';
import { buildAreas } from './areas.js';
import { parseAnnex } from './annex.js';
import {
  checkFrameworkPeriod,
  chooseFramework,
  collectEvidence,
  frontText,
  parseChapters,
  yearOf,
  type Findings,
  type ImportContext,
} from './report-parts.js';

export type { ParsedReport } from './types.js';
export type { ImportContext } from './report-parts.js';

function mergeMentions(years: Iterable<number>, totals: readonly TotalMention[], where: string, into: Map<number, EarlierMention>): void {
  for (const year of years) if (!into.has(year)) into.set(year, { year, where });
  for (const mention of totals) {
    if (mention.year === null) continue;
    const existing = into.get(mention.year);
    if (existing && existing.total === undefined) existing.total = mention.total;
    else if (!existing) into.set(mention.year, { year: mention.year, total: mention.total, where });
  }
}

const GRAND_TOTAL_IN_TEXT = /total(?:poäng|t|resultat)(?:et|en)?\s*(?:på|:|blev|är|=|uppgick till|landade på)?\s*(\d{3}(?:[.,]\d{1,2})?)\s*(?:poäng|av 800)/i;

/**
 * Parses a report's text. Throws ImportError (empty, too-large, binary, not-a-report,
 * unknown-framework) and nothing else.
 */
export function parseReportText(text: string, allContext: ImportContext): ParsedReport {
  // Municipality names are matched against the report's own country's list only.
  const country = reportCountry(text);
  const context: ImportContext = { ...allContext, municipalities: municipalitiesOf(allContext.municipalities, country) };
  const { file } = context;
  assertUsableText(text, file);
  const lines = toLines(text);
  const layout = findLayout(lines);
  const overview = parseOverview(lines, layout.overviewStart ?? layout.frontEnd, layout.mainEnd);
  const tables = overview.tables.filter((table) => table.rows.length > 0 || table.total !== null);
  if (layout.chapters.length === 0 && tables.length === 0) {
    throw new ImportError('not-a-report', file, 'is not a Kommunkompassen report: it has no area chapters ("Område 1 …") and no overview table of points');
  }
  const findings: Findings = { discrepancies: [], notes: [] };

  const cover = lines.slice(0, layout.coverEnd).filter((line) => !line.blank).map((line) => line.text);
  const front = frontText(lines, 0, layout.frontEnd);
  const fieldwork = findFieldwork(front);
  const reportDate = findReportDate(cover);
  const fieldworkYear = yearOf(fieldwork?.start ?? null);

  const firstPass = parseChapters(lines, layout.chapters, null);
  const framework = chooseFramework(context.catalogue, collectEvidence(firstPass, tables), fieldworkYear ?? yearOf(reportDate), file, 'the area chapters and overview tables', findings);
  const chapters = parseChapters(lines, layout.chapters, framework);

  const subject = findSubjectMunicipality(cover.join('\n'), front, context.municipalities);
  if (!subject) {
    const message =
      country === 'no'
        ? 'No Norwegian municipality name ("X kommune") was found on the cover or in the text.'
        : 'No Swedish municipality name ("X kommun") was found on the cover or in the text.';
    findings.discrepancies.push({ kind: 'unknown-municipality', where: 'cover', message });
  }
  const areas = buildAreas(context.catalogue, framework, chapters, tables, context.municipalities, subject, findings);
  checkFrameworkPeriod(framework, fieldworkYear, 'fieldwork', findings);
  findings.discrepancies.push(...checkReportDates(reportDate, fieldwork));

  const mentions = new Map<number, EarlierMention>();
  const frontMentions = findEarlierMentions(front, fieldworkYear ?? yearOf(reportDate));
  mergeMentions(frontMentions.years, frontMentions.totals, 'front part', mentions);
  const earlierEvaluations: EarlierEvaluation[] = [];
  for (const span of layout.annexes) {
    const annex = parseAnnex(lines, span, context, subject, fieldworkYear ?? yearOf(reportDate), findings);
    earlierEvaluations.push(...annex.evaluations);
    mergeMentions(annex.years, annex.totals, `annex (line ${lines[span.start]?.no ?? 0})`, mentions);
  }
  for (const evaluation of earlierEvaluations) {
    const mention = mentions.get(evaluation.year);
    if (mention && mention.total !== undefined && evaluation.statedTotal === undefined) evaluation.statedTotal = mention.total;
  }

  const withTable = areas.filter((area) => area.statedScore !== null);
  const statedTotal = withTable.length > 0 ? toPoints(sumHundredths(withTable.map((area) => Math.round((area.statedScore ?? 0) * 100)))) : null;
  const withSubareas = areas.filter((area) => area.derivedScore !== null);
  const derivedTotal = withSubareas.length > 0 ? toPoints(sumHundredths(withSubareas.map((area) => Math.round((area.derivedScore ?? 0) * 100)))) : null;
  const withChapter = areas.filter((area) => area.chapterScore !== null);
  const chapterTotal = withChapter.length > 0 ? toPoints(sumHundredths(withChapter.map((area) => Math.round((area.chapterScore ?? 0) * 100)))) : null;

  let printedGrandTotal: number | undefined = overview.grandTotal ? toPoints(overview.grandTotal.value.value) : undefined;
  let grandWhere = overview.grandTotal ? `overview, line ${overview.grandTotal.line}` : '';
  if (printedGrandTotal === undefined) {
    for (const sentence of sentences(front)) {
      if (/genomsnitt|medel|snitt/i.test(sentence)) continue;
      const match = GRAND_TOTAL_IN_TEXT.exec(sentence);
      if (match) {
        printedGrandTotal = Number((match[1] ?? '').replace(',', '.'));
        grandWhere = 'summary text';
        break;
      }
    }
  }
  const sumOfAreas = statedTotal ?? chapterTotal;
  if (printedGrandTotal !== undefined && sumOfAreas !== null && Math.round(printedGrandTotal * 100) !== Math.round(sumOfAreas * 100)) {
    findings.discrepancies.push({ kind: 'total-sum', stated: printedGrandTotal, derived: sumOfAreas, where: grandWhere, message: `The report prints a total of ${printedGrandTotal}, but its area totals add up to ${sumOfAreas}.` });
  }

  const frontLines = lines.slice(0, layout.frontEnd);
  return {
    file,
    municipality: subject ? { id: subject.id, country: subject.country, code: subject.code, name: subject.shortName } : null,
    framework: framework.id,
    fieldwork: fieldwork?.start ?? null,
    ...(fieldwork?.end ? { fieldworkEnd: fieldwork.end } : {}),
    reportDate,
    ordinal: findOrdinal(front),
    evaluators: findEvaluators(frontLines.filter((line) => !line.blank).map((line) => line.text)),
    interviewees: findInterviewees(front),
    sources: findSources(frontLines, front),
    areas,
    statedTotal,
    derivedTotal,
    chapterTotal,
    ...(printedGrandTotal !== undefined ? { printedGrandTotal } : {}),
    earlierMentions: [...mentions.values()].sort((a, b) => a.year - b.year),
    earlierEvaluations,
    summaryComments: findSummaryComments(lines, 0, layout.frontEnd),
    discrepancies: findings.discrepancies,
    notes: findings.notes,
  };
}
