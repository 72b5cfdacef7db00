/** Annexes with earlier evaluations' area scores, read as evaluations of their own. */
import { sumHundredths } from '../domain/decimal.js';
import type { Framework } from '../domain/framework.js';
import type { MunicipalityRef } from '../domain/municipality.js';
import { describeDifference } from './checks.js';
import { ImportError } from './import-error.js';
import { findChapters, findSummaryComments, paragraphsOf } from './layout.js';
import type { Line } from './lines.js';
import { toPoints } from './numbers.js';
import { findEarlierMentions, type TotalMention } from './report-meta.js';
import type { EarlierEvaluation } from './types.js';
import {
  checkFrameworkPeriod,
  chooseFramework,
  collectEvidence,
  frontText,
  chapterGoodExamples,
  parseChapters,
  type Findings,
  type ImportContext,
} from './report-parts.js';

export interface AnnexResult {
  evaluations: EarlierEvaluation[];
  totals: TotalMention[];
  years: Set<number>;
}

/** Reads one annex: its chapters' score columns become earlier evaluations (one per year column). */
export function parseAnnex(
  lines: readonly Line[],
  span: { start: number; end: number },
  context: ImportContext,
  subject: MunicipalityRef | null,
  beforeYear: number | null,
  findings: Findings,
): AnnexResult {
  const spans = findChapters(lines, span.start, span.end, []);
  const empty: AnnexResult = { evaluations: [], totals: [], years: new Set() };
  if (spans.length === 0) return empty;
  const firstLines = paragraphsOf(lines, span.start, Math.min(span.end, span.start + 12)).join(' ');
  const titleYear = Number(/(\d{4})\s+års\b/.exec(firstLines)?.[1] ?? /bilaga\D{0,40}?((?:19|20)\d{2})/i.exec(firstLines)?.[1] ?? NaN);
  const annexYear = Number.isFinite(titleYear) ? titleYear : null;

  const firstPass = parseChapters(lines, spans, null);
  const where = `annex (line ${lines[span.start]?.no ?? 0})`;
  let framework: Framework;
  try {
    framework = chooseFramework(context.catalogue, collectEvidence(firstPass, []), annexYear, context.file, where, findings);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    findings.discrepancies.push({ kind: 'unknown-name', where, message: `The area names of the annex match no known model version; the annex was not imported.` });
    return empty;
  }
  const chapters = parseChapters(lines, spans, framework);

  // The year of each score column: the label most chapters print at that position.
  const columnCount = Math.max(0, ...chapters.map((chapter) => chapter.scores.length));
  const columnYears: Array<number | null> = [];
  for (let position = 0; position < columnCount; position += 1) {
    const votes = new Map<number, number>();
    for (const chapter of chapters) {
      const label = chapter.scores[position]?.label ?? '';
      const year = /^\d{4}$/.test(label) ? Number(label) : position === 0 ? annexYear : null;
      if (year !== null) votes.set(year, (votes.get(year) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    columnYears.push(best ? best[0] : null);
  }
  for (const chapter of chapters) {
    chapter.scores.forEach((score, position) => {
      const expected = columnYears[position];
      if (/^\d{4}$/.test(score.label) && expected !== null && expected !== undefined && Number(score.label) !== expected) {
        findings.discrepancies.push({
          kind: 'annex-year',
          area: chapter.code,
          stated: Number(score.label),
          derived: expected,
          where: `annex, area ${chapter.code} score table header, line ${score.line - 1 > 0 ? score.line - 1 : score.line}`,
          message: `The score column of area ${chapter.code} is headed ${score.label}, where the other areas of the annex have ${expected}; the score was read as ${expected}'s.`,
        });
      }
    });
  }

  const front = frontText(lines, span.start, spans[0]?.start ?? span.end);
  const mentions = findEarlierMentions(front, beforeYear);
  const summaryComments = findSummaryComments(lines, span.start, spans[0]?.start ?? span.end);
  const evaluations: EarlierEvaluation[] = [];
  columnYears.forEach((year, position) => {
    if (year === null || year === undefined) return;
    const isAnnexOwn = annexYear !== null ? year === annexYear : position === 0;
    const areas = framework.areas.flatMap((area) => {
      const chapter = chapters.find((candidate) => candidate.code === area.code);
      const score = chapter?.scores[position];
      if (!chapter || !score) return [];
      return [{
        code: area.code,
        title: area.title.sv,
        printedTitle: chapter.printedTitle,
        score: toPoints(score.value.value),
        verbatim: score.value.verbatim,
        ...(isAnnexOwn
          ? {
              strengths: chapter.strengths,
              improvements: chapter.improvements,
              goodExamples: chapterGoodExamples({ ...chapter, introduction: [] }, context.municipalities, subject, findings.notes, `annex, area ${chapter.code} chapter`),
            }
          : {}),
      }];
    });
    if (areas.length === 0) return;
    for (const area of framework.areas) {
      if (!areas.some((candidate) => candidate.code === area.code)) {
        findings.discrepancies.push({ kind: 'missing-area', area: area.code, where: `annex, ${year}`, message: `The annex gives no ${year} score for area ${area.code} ("${area.title.sv}").` });
      }
    }
    const total = sumHundredths(areas.map((area) => Math.round(area.score * 100)));
    const stated = mentions.totals.find((mention) => mention.year === year)?.total;
    if (stated !== undefined && stated * 100 !== total) {
      findings.discrepancies.push({ kind: 'earlier-total', stated, derived: toPoints(total), where: `annex, ${year}`, message: `The annex text gives ${stated} points for ${year}, but its area scores add up to ${describeDifference(total)}.` });
    }
    if (beforeYear !== null && year >= beforeYear) {
      findings.discrepancies.push({ kind: 'date-conflict', stated: year, derived: beforeYear, where: `annex, ${year}`, message: `The annex holds an evaluation of ${year}, which is not earlier than this evaluation's fieldwork (${beforeYear}).` });
    }
    checkFrameworkPeriod(framework, year, `annex, ${year}`, findings);
    evaluations.push({
      year,
      framework: framework.id,
      total: toPoints(total),
      ...(stated !== undefined ? { statedTotal: stated } : {}),
      areas,
      summaryComments: isAnnexOwn ? summaryComments : [],
      where,
    });
  });
  return { evaluations, totals: mentions.totals, years: mentions.years };
}
