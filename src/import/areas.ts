/** The main evaluation's areas: overview-table rows resolved to sub-areas, chapters, and their checks. */
import type { Hundredths } from '../domain/decimal.js';
import { sumHundredths } from '../domain/decimal.js';
import { isScoredBySubarea, type Area, type Catalogue, type Framework } from '../domain/framework.js';
import type { MunicipalityRef } from '../domain/municipality.js';
import type { Chapter } from './chapters.js';
import { checkPercent, describeDifference } from './checks.js';
import { areaTitleFromOtherFramework, matchAreaTitle, matchSubareaName } from './framework-match.js';
import { toPoints } from './numbers.js';
import type { OverviewTable } from './overview.js';
import { joinParagraphs } from './paragraphs.js';
import type { EvaluatedSubarea, ParsedArea, ParsedSubarea } from './types.js';
import { chapterGoodExamples, type Findings } from './report-parts.js';

function resolveSubareas(framework: Framework, area: Area, table: OverviewTable, findings: Findings): ParsedSubarea[] {
  const result: ParsedSubarea[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const where = `overview table, area ${area.code}, line ${row.line}`;
    const byName = row.name !== '' ? matchSubareaName(area, row.name) : null;
    let subarea = row.code ? area.subareas.find((candidate) => candidate.code === row.code) : undefined;
    let matchedBy: ParsedSubarea['matchedBy'] = 'code';
    let nameMatch: ParsedSubarea['nameMatch'] = 'none';
    if (subarea) {
      if (byName && byName.value.code === subarea.code) nameMatch = byName.kind;
      else if (row.name !== '') {
        findings.discrepancies.push({
          kind: 'unknown-name',
          area: area.code,
          subarea: subarea.code,
          stated: row.name,
          where,
          message: byName
            ? `Row ${row.code} is named "${row.name}", which is the name of sub-area ${byName.value.code}; the score was kept under ${row.code} as printed.`
            : `The name "${row.name}" printed for ${row.code} is not a known name of that sub-area ("${subarea.title.sv}"); the score was kept under ${row.code} as printed.`,
        });
      }
    } else if (byName) {
      subarea = byName.value;
      matchedBy = byName.kind;
      nameMatch = byName.kind;
      if (row.code) {
        findings.discrepancies.push({
          kind: 'unknown-name',
          area: area.code,
          subarea: row.code,
          stated: row.code,
          derived: subarea.code,
          where,
          message: `${framework.id} has no sub-area ${row.code}; the row was matched by its name "${row.name}" to ${subarea.code}.`,
        });
      }
    } else {
      findings.discrepancies.push({
        kind: 'unknown-name',
        area: area.code,
        ...(row.code ? { subarea: row.code } : {}),
        stated: row.name,
        where,
        message: `"${row.code ? `${row.code} ` : ''}${row.name}" is not a sub-area of area ${area.code} in ${framework.id}; its score (${row.achieved.verbatim}) was not imported.`,
      });
      continue;
    }
    if (seen.has(subarea.code)) {
      findings.discrepancies.push({ kind: 'duplicate', area: area.code, subarea: subarea.code, where, message: `Sub-area ${subarea.code} appears twice in the table; the first row was kept.` });
      continue;
    }
    seen.add(subarea.code);
    if (nameMatch === 'fuzzy') {
      findings.notes.push({ kind: 'name-variant', area: area.code, subarea: subarea.code, printed: row.name, matched: subarea.title.sv, where });
    }
    if (row.max && subarea.max !== undefined && row.max.value !== subarea.max * 100) {
      findings.discrepancies.push({
        kind: 'max-mismatch',
        area: area.code,
        subarea: subarea.code,
        stated: toPoints(row.max.value),
        derived: subarea.max,
        where,
        message: `The table prints max ${row.max.verbatim} for ${subarea.code}; ${framework.id} gives ${subarea.max}.`,
      });
    }
    if (row.percent && row.max) {
      const problem = checkPercent(row.achieved, row.max, row.percent);
      if (problem) {
        findings.discrepancies.push({ kind: 'percent', area: area.code, subarea: subarea.code, stated: toPoints(row.percent.value), derived: problem.derived, where, message: `The printed ${row.percent.verbatim} for ${subarea.code} does not match ${row.achieved.verbatim} of ${row.max.verbatim} (${problem.range}).` });
      }
    }
    result.push({
      code: subarea.code,
      title: row.name,
      frameworkTitle: subarea.title.sv,
      score: toPoints(row.achieved.value),
      max: row.max ? toPoints(row.max.value) : (subarea.max ?? null),
      ...(row.percent ? { percent: toPoints(row.percent.value) } : {}),
      matchedBy,
      nameMatch,
      verbatim: {
        score: row.achieved.verbatim,
        ...(row.max ? { max: row.max.verbatim } : {}),
        ...(row.percent ? { percent: row.percent.verbatim } : {}),
      },
    });
  }
  const order = area.subareas.map((subarea) => subarea.code);
  result.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  if (isScoredBySubarea(area) && table.rows.length > 0) {
    for (const subarea of area.subareas) {
      if (!seen.has(subarea.code)) {
        findings.discrepancies.push({ kind: 'missing-subarea', area: area.code, subarea: subarea.code, where: `overview table, area ${area.code}`, message: `Sub-area ${subarea.code} ("${subarea.title.sv}") has no row in the overview table.` });
      }
    }
  }
  return result;
}

function checkAreaTitle(catalogue: Catalogue, framework: Framework, code: string, printed: string, where: string, findings: Findings): void {
  const match = matchAreaTitle(framework, code, printed);
  if (match) {
    if (match.kind === 'fuzzy') findings.notes.push({ kind: 'name-variant', area: code, printed, matched: match.value.title.sv, where });
    return;
  }
  const other = areaTitleFromOtherFramework(catalogue, framework, code, printed);
  const area = framework.areas.find((candidate) => candidate.code === code);
  findings.discrepancies.push({
    kind: other ? 'area-name' : 'unknown-name',
    area: code,
    stated: printed,
    ...(area ? { derived: area.title.sv } : {}),
    where,
    message: other
      ? `Area ${code} is printed with its ${other.id} name "${printed}"; in ${framework.id} it is "${area?.title.sv ?? '?'}".`
      : area
        ? `"${printed}" is not a known name of area ${code} ("${area.title.sv}") in ${framework.id}.`
        : `${framework.id} has no area ${code} (printed "${printed}").`,
  });
}

function resolveEvaluated(framework: Framework, area: Area, chapter: Chapter, findings: Findings): EvaluatedSubarea[] {
  return chapter.evaluated.map((item) => {
    const where = `area ${area.code} chapter, evaluated sub-areas, line ${item.line}`;
    const match = matchSubareaName(area, item.name);
    if (!match) {
      findings.discrepancies.push({ kind: 'unknown-name', area: area.code, stated: item.name, where, message: `"${item.name}" is not a sub-area of area ${area.code} in ${framework.id}.` });
      return { printed: item.name, code: null, matchedBy: null };
    }
    if (match.kind === 'fuzzy') findings.notes.push({ kind: 'name-variant', area: area.code, subarea: match.value.code, printed: item.name, matched: match.value.title.sv, where });
    return { printed: item.name, code: match.value.code, matchedBy: match.kind };
  });
}

/** Builds the areas of the main evaluation and checks them against each other. */
export function buildAreas(
  catalogue: Catalogue,
  framework: Framework,
  chapters: readonly Chapter[],
  tables: readonly OverviewTable[],
  municipalities: readonly MunicipalityRef[],
  subject: MunicipalityRef | null,
  findings: Findings,
): ParsedArea[] {
  const areas: ParsedArea[] = [];
  for (const code of new Set([...chapters.map((chapter) => chapter.code), ...tables.map((table) => table.areaCode)])) {
    if (!framework.areas.some((area) => area.code === code)) {
      findings.discrepancies.push({ kind: 'unknown-name', area: code, where: `area ${code}`, message: `The report has an area ${code}, which ${framework.id} does not have; it was not imported.` });
    }
  }
  for (const area of framework.areas) {
    const areaChapters = chapters.filter((chapter) => chapter.code === area.code);
    const areaTables = tables.filter((table) => table.areaCode === area.code);
    const chapter = areaChapters[0] ?? null;
    const table = areaTables[0] ?? null;
    if (areaChapters.length > 1) findings.discrepancies.push({ kind: 'duplicate', area: area.code, where: `area ${area.code} chapter, line ${areaChapters[1]?.line ?? 0}`, message: `Area ${area.code} has more than one chapter; the first was used.` });
    if (areaTables.length > 1) findings.discrepancies.push({ kind: 'duplicate', area: area.code, where: `overview table, area ${area.code}, line ${areaTables[1]?.line ?? 0}`, message: `Area ${area.code} has more than one overview table; the first was used.` });
    if (!chapter && chapters.length > 0) findings.discrepancies.push({ kind: 'missing-area', area: area.code, where: 'area chapters', message: `Area ${area.code} ("${area.title.sv}") has no chapter.` });
    if (!table && tables.length > 0) findings.discrepancies.push({ kind: 'missing-area', area: area.code, where: 'overview table', message: `Area ${area.code} ("${area.title.sv}") has no table in the overview of points.` });
    if (!chapter && !table) continue;

    if (chapter) checkAreaTitle(catalogue, framework, area.code, chapter.printedTitle, `area ${area.code} chapter heading, line ${chapter.line}`, findings);
    if (table) checkAreaTitle(catalogue, framework, area.code, table.title, `overview table, area ${area.code}, line ${table.line}`, findings);

    const subareas = table ? resolveSubareas(framework, area, table, findings) : [];
    const derived: Hundredths | null = subareas.length > 0 ? sumHundredths(subareas.map((subarea) => Math.round(subarea.score * 100))) : null;
    const chapterScore = chapter?.scores[0] ?? null;
    const total = table?.total ?? null;

    if (total && derived !== null && total.achieved.value !== derived) {
      const slack = table!.rows.reduce((sum, row) => sum + row.achieved.halfUnit, 0) + total.achieved.halfUnit;
      findings.discrepancies.push({
        kind: 'area-sum',
        area: area.code,
        stated: toPoints(total.achieved.value),
        derived: toPoints(derived),
        explainableByRounding: Math.abs(total.achieved.value - derived) <= slack,
        where: `overview table, area ${area.code}`,
        message: `The sub-areas of area ${area.code} add up to ${describeDifference(derived)}, but the table states ${total.achieved.verbatim}.`,
      });
    }
    if (total?.max && total.max.value !== area.max * 100) {
      findings.discrepancies.push({ kind: 'max-mismatch', area: area.code, stated: toPoints(total.max.value), derived: area.max, where: `overview table, area ${area.code} total`, message: `The table prints max ${total.max.verbatim} for area ${area.code}; ${framework.id} gives ${area.max}.` });
    }
    if (total?.percent && total.max) {
      const problem = checkPercent(total.achieved, total.max, total.percent);
      if (problem) findings.discrepancies.push({ kind: 'percent', area: area.code, stated: toPoints(total.percent.value), derived: problem.derived, where: `overview table, area ${area.code} total`, message: `The printed ${total.percent.verbatim} for area ${area.code} does not match ${total.achieved.verbatim} of ${total.max.verbatim} (${problem.range}).` });
    }
    if (chapterScore && total && chapterScore.value.value !== total.achieved.value) {
      findings.discrepancies.push({
        kind: 'chapter-vs-table',
        area: area.code,
        stated: toPoints(total.achieved.value),
        derived: toPoints(chapterScore.value.value),
        where: `area ${area.code} chapter (line ${chapterScore.line}) vs overview table (line ${total.line})`,
        message: `The chapter of area ${area.code} states ${chapterScore.value.verbatim} points, the overview table ${total.achieved.verbatim}.`,
      });
    }
    areas.push({
      code: area.code,
      title: area.title.sv,
      printedTitle: chapter?.printedTitle ?? table?.title ?? null,
      statedScore: total ? toPoints(total.achieved.value) : null,
      chapterScore: chapterScore ? toPoints(chapterScore.value.value) : null,
      derivedScore: derived !== null ? toPoints(derived) : null,
      max: area.max,
      ...(total?.max ? { printedMax: toPoints(total.max.value) } : {}),
      ...(total?.percent ? { percent: toPoints(total.percent.value) } : {}),
      verbatim: {
        ...(total ? { tableTotal: total.achieved.verbatim } : {}),
        ...(chapterScore ? { chapterScore: chapterScore.value.verbatim } : {}),
        ...(total?.percent ? { percent: total.percent.verbatim } : {}),
      },
      subareas,
      evaluatedSubareas: chapter ? resolveEvaluated(framework, area, chapter, findings) : [],
      introduction: joinParagraphs(chapter?.introduction ?? []),
      // The area's own analysis; text under sub-area headings is in subareaAnalyses only.
      analysis: joinParagraphs(chapter?.analysis ?? []),
      subareaAnalyses: (chapter?.subareaSections ?? []).map((section) => {
        if (section.kind === 'fuzzy') {
          const subarea = area.subareas.find((candidate) => candidate.code === section.code);
          findings.notes.push({ kind: 'name-variant', area: area.code, subarea: section.code, printed: section.printed, matched: subarea?.title.sv ?? section.code, where: `area ${area.code} chapter, sub-area heading, line ${section.line}` });
        }
        return { code: section.code, title: section.printed, text: joinParagraphs(section.paragraphs) ?? '' };
      }),
      strengths: chapter?.strengths ?? [],
      improvements: chapter?.improvements ?? [],
      goodExamples: chapter ? chapterGoodExamples(chapter, municipalities, subject, findings.notes, `area ${area.code} chapter, line ${chapter.line}`) : [],
    });
  }
  return areas;
}
