/**
 * Pieces the report parser's steps share: the findings list, framework choice, chapter parsing
 * with the chosen framework, good examples and small helpers.
 */
import type { Catalogue, Framework } from '../domain/framework.js';
import type { MunicipalityRef } from '../domain/municipality.js';
import { parseChapter, type Chapter, type SubareaHeadingMatcher } from './chapters.js';
import { detectFramework, matchSubareaName, type NameEvidence } from './framework-match.js';
import { ImportError } from './import-error.js';
import { paragraphsOf, type Layout } from './layout.js';
import type { Line } from './lines.js';
import { municipalitiesIn } from './municipalities.js';
import type { OverviewTable } from './overview.js';
import { sentences } from './report-meta.js';
import type { Discrepancy, GoodExample, ImportNote } from './types.js';

/** What the parser needs besides the text. */
export interface ImportContext {
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
  /** Shown in errors and discrepancies; the parser never reads it. */
  file: string;
}

export interface Findings {
  discrepancies: Discrepancy[];
  notes: ImportNote[];
}

/** A sentence that speaks of another municipality as a good example, whether or not it names one the importer knows. */
const OTHER_MUNICIPALITY_EXAMPLE = /(?:gott|goda) exempel|förebild|föredöme|studiebesök/i;
/** "en kommun som …", "flera kommuner som …", or "i/hos/från <Name>(s) kommun" (another than the evaluated one). */
const UNNAMED_OTHER = /(?:^|\s)(?:en|någon|några|flera|andra) kommun(?:er)? som\b/i;
const NAMED_KOMMUN = /\b(?:i|hos|från|av) ([A-ZÅÄÖ][\p{L}-]+?)s? kommun\b/gu;

function speaksOfAnotherMunicipality(sentence: string, subject: MunicipalityRef | null): boolean {
  if (UNNAMED_OTHER.test(sentence)) return true;
  for (const match of sentence.matchAll(NAMED_KOMMUN)) {
    const name = match[1] ?? '';
    if (!subject || !subject.shortName.toLowerCase().startsWith(name.toLowerCase())) return true;
  }
  return false;
}
const NOTE_SENTENCE_MAX = 300;

/** Words that make a named municipality a good example rather than a partner or a neighbour. */
const EXAMPLE_CUE = /exempel|förebild|se gärna|titta gärna|titta på|föredöme|lära av|studiebesök/i;

/** Names printed in chapters and overview tables, for recognising the framework. */
export function collectEvidence(chapters: readonly Chapter[], tables: readonly OverviewTable[]): NameEvidence {
  const evidence: NameEvidence = { areas: [], subareas: [] };
  for (const chapter of chapters) {
    evidence.areas.push({ code: chapter.code, title: chapter.printedTitle });
    for (const item of chapter.evaluated) evidence.subareas.push({ areaCode: chapter.code, code: null, name: item.name, max: null });
  }
  for (const table of tables) {
    evidence.areas.push({ code: table.areaCode, title: table.title });
    for (const row of table.rows) {
      evidence.subareas.push({
        areaCode: table.areaCode,
        code: row.code,
        name: row.name,
        max: row.max && row.max.value % 100 === 0 ? row.max.value / 100 : null,
      });
    }
  }
  return evidence;
}

function subareaHeadingMatcher(framework: Framework): SubareaHeadingMatcher {
  return (areaCode, text) => {
    const area = framework.areas.find((candidate) => candidate.code === areaCode);
    if (!area) return null;
    const coded = /^(\d{1,2}\.\d{1,2})\.?\s+/.exec(text);
    if (coded && area.subareas.some((subarea) => subarea.code === coded[1])) return { code: coded[1] ?? '', kind: 'title' };
    const match = matchSubareaName(area, text);
    return match ? { code: match.value.code, kind: match.kind } : null;
  };
}

export function parseChapters(lines: readonly Line[], layoutChapters: Layout['chapters'], framework: Framework | null): Chapter[] {
  const matcher = framework ? subareaHeadingMatcher(framework) : null;
  return layoutChapters.map((span) => parseChapter(lines, span.start, span.end, { code: span.code, title: span.title }, matcher));
}

/** Picks the framework from printed names; a tie is broken by the fieldwork year and reported. */
export function chooseFramework(
  catalogue: Catalogue,
  evidence: NameEvidence,
  year: number | null,
  file: string,
  where: string,
  findings: Findings,
): Framework {
  const choice = detectFramework(catalogue, evidence);
  if (!choice) {
    throw new ImportError('unknown-framework', file, `the area and sub-area names in ${where} match no known Kommunkompassen model version`);
  }
  if (choice.runnerUp < choice.score) return choice.framework;
  // Names that fit several versions (a version authored from another keeps its names): the report's
  // year decides when it falls in one version's period; else the original version is chosen, and said.
  const inPeriod = choice.tied.filter((framework) => year !== null && framework.usedFrom <= year && (framework.usedTo === null || year <= framework.usedTo));
  if (inPeriod.length === 1) return inPeriod[0]!;
  const candidates = inPeriod.length > 0 ? inPeriod : choice.tied;
  const picked = candidates.find((framework) => framework.basedOn === undefined) ?? candidates[0] ?? choice.framework;
  findings.discrepancies.push({
    kind: 'framework-ambiguous',
    where,
    stated: picked.id,
    message: `The printed names fit more than one model version equally well; ${picked.id} was chosen${inPeriod.length > 0 ? ` among those in use in ${year}` : ''}. Check the model version.`,
  });
  return picked;
}

/** Where a sentence that looks like a good example but names no known municipality is reported. */
export interface ExampleNoteTarget {
  notes: ImportNote[];
  area: string;
  where: string;
}

/**
 * The other municipalities named as examples in `texts`, one per sentence and municipality.
 * `unitCode` is the sub-area when the texts are that sub-area's own (under its heading). A
 * sentence that speaks of another municipality as a good example but names none the importer
 * knows is noted in `note` (nothing is recorded from it).
 */
export function goodExamplesIn(
  texts: readonly string[],
  municipalities: readonly MunicipalityRef[],
  subject: MunicipalityRef | null,
  unitCode: string | null = null,
  note: ExampleNoteTarget | null = null,
): GoodExample[] {
  const examples: GoodExample[] = [];
  for (const text of texts) {
    if (text.length > 20000 || !EXAMPLE_CUE.test(text)) continue;
    for (const sentence of sentences(text)) {
      if (!EXAMPLE_CUE.test(sentence)) continue;
      const named = municipalitiesIn(sentence, municipalities, subject);
      for (const municipality of named) {
        examples.push({
          municipality: { id: municipality.id, country: municipality.country, code: municipality.code, name: municipality.shortName },
          sentence,
          ...(unitCode !== null ? { unitCode } : {}),
        });
      }
      if (named.length === 0 && note && OTHER_MUNICIPALITY_EXAMPLE.test(sentence) && speaksOfAnotherMunicipality(sentence, subject)) {
        note.notes.push({
          kind: 'example-without-municipality',
          area: note.area,
          ...(unitCode !== null ? { subarea: unitCode } : {}),
          printed: sentence.length > NOTE_SENTENCE_MAX ? `${sentence.slice(0, NOTE_SENTENCE_MAX - 1)}…` : sentence,
          where: note.where,
        });
      }
    }
  }
  return examples;
}

/** The good examples of an area chapter in reading order: its own text, each sub-area's section (tied to that sub-area), then strengths and improvements. */
export function chapterGoodExamples(chapter: Chapter, municipalities: readonly MunicipalityRef[], subject: MunicipalityRef | null, notes: ImportNote[] | null = null, where = `area ${chapter.code} chapter`): GoodExample[] {
  const note = notes ? { notes, area: chapter.code, where } : null;
  return [
    ...goodExamplesIn([...chapter.introduction, ...chapter.analysis], municipalities, subject, null, note),
    ...chapter.subareaSections.flatMap((section) => goodExamplesIn(section.paragraphs, municipalities, subject, section.code, note)),
    ...goodExamplesIn([...chapter.strengths, ...chapter.improvements], municipalities, subject, null, note),
  ];
}

export function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

export function frontText(lines: readonly Line[], start: number, end: number): string {
  return paragraphsOf(lines, start, end).join('\n');
}

export function checkFrameworkPeriod(framework: Framework, year: number | null, where: string, findings: Findings): void {
  if (year === null) return;
  if (year < framework.usedFrom || (framework.usedTo !== null && year > framework.usedTo)) {
    findings.discrepancies.push({
      kind: 'framework-period',
      stated: year,
      derived: `${framework.usedFrom}–${framework.usedTo ?? ''}`,
      where,
      message: `The names printed are those of ${framework.id} (used ${framework.usedFrom}–${framework.usedTo ?? 'now'}), but the evaluation is from ${year}.`,
    });
  }
}
