/**
 * The report model: everything the HTML, DOCX and PDF renderings need, already formatted in the
 * asked language and rounded so that shown parts add up to shown totals. One model, three
 * renderings: the renderers only lay out what is here, they never compute or format figures.
 */
import type { ChartSpec } from '../charts/types.js';
import type { ComparisonOptions } from '../domain/comparison/types.js';
import type { Language } from '../i18n/language.js';
import type { ReportTexts } from '../i18n/report-texts.js';
export type ReportFormat = 'html' | 'docx' | 'pdf';

export interface ReportOptions {
  language: Language;
  /** Which comparisons: since which year, which peer group, the minimum n. */
  comparison: ComparisonOptions;
  /** Null = taken from the evaluation. */
  cover: { evaluators: string[] | null; date: string | null };
  include: { national: boolean; peer: boolean; history: boolean };
  /** The annex of criteria per sub-area (agreed assessments); only where the model version has criteria. */
  criteriaAnnex: boolean;
}

/** A table whose cells are already formatted; numeric columns are right-aligned. */
export interface ReportTable {
  caption: string;
  columns: Array<{ label: string; numeric: boolean }>;
  rows: Array<{ cells: string[]; total: boolean }>;
  /** A note below the table: that its figures are rounded and where the exact ones are, or that a total is not the sum of its rows. */
  note?: string;
}

/** A label and its formatted value (a definition list in HTML, a two-column table in Word). */
export interface ReportFact {
  label: string;
  value: string;
}

/** The building blocks of a section, in reading order. */
export type ReportBlock =
  /**
   * Text written by the evaluators (or our own chapter 1): Markdown, converted by the renderer.
   * `lang` names the language it is written in when that is not the report's (the evaluators
   * write in Swedish, so an English or Norwegian report marks their texts as Swedish).
   */
  | { kind: 'markdown'; markdown: string; lang?: Language; anchor?: string }
  /** A plain sentence composed by the model (already escaped-free plain text). */
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: ReportFact[] }
  /**
   * Items are Markdown (inline); `lang` as for Markdown. `anchor` (markdown) and `itemAnchors`
   * (one per item) are the fragment ids of written passages (src/domain/text-anchors.ts), so a
   * search hit leads to its place in the HTML report.
   */
  | { kind: 'list'; style: 'bullet' | 'numbered'; items: string[]; lang?: Language; itemAnchors?: string[] }
  | { kind: 'chart'; chart: ChartSpec }
  | { kind: 'table'; table: ReportTable }
  /** Warnings (few evaluations behind an average) and caveats (comparisons across versions). */
  | { kind: 'notice'; tone: 'warning' | 'caveat'; text: string }
  /** A score line, e.g. "Poäng: 52 av 100 (52 %)". */
  | { kind: 'score'; label: string; value: string };

/**
 * A chapter (depth 1), a section in it (depth 2) or a subsection (depth 3). HTML renders them as
 * h2/h3/h4 (the cover title is the h1), Word as Heading 1/2/3.
 */
export interface ReportSection {
  /** Stable anchor, e.g. 'kapitel-2', 'omrade-3', 'omrade-3-styrkor'. */
  id: string;
  /** "1", "3.2" … or null for unnumbered headings. */
  number: string | null;
  title: string;
  /** Starts on a new page in print and Word. */
  pageBreak: boolean;
  blocks: ReportBlock[];
  sections: ReportSection[];
}

export interface ReportCover {
  /** The series name, "Kommunkompassen". */
  series: string;
  /** The document title, e.g. "Utvärdering av Leksands kommun 2023". */
  title: string;
  municipality: string;
  year: string | null;
  framework: string;
  evaluators: string[];
  /** Formatted date of the report (options.cover.date overrides the evaluation's). */
  date: string | null;
  /** Evaluators, date and model as label/value pairs, in display order. */
  facts: ReportFact[];
}

/** Fixed texts the renderers need around the content: the report catalogue's labels and the running title. */
interface ReportLabels extends Readonly<ReportTexts['labels']> {
  /** Running header/footer text, e.g. "Kommunkompassen – Leksands kommun 2023". */
  runningTitle: string;
}

export interface ReportModel {
  evaluationId: string;
  language: Language;
  /** BCP 47 tag for the document language, e.g. 'sv-SE'. */
  locale: string;
  /** The document title (HTML <title>, Word core properties). */
  title: string;
  /** ASCII slug for file names, e.g. 'kommunkompassen-leksand-2023'. */
  fileSlug: string;
  cover: ReportCover;
  labels: ReportLabels;
  /** 1 About Kommunkompassen, 2 Summary, 3 The areas (a section per area), in a follow-up 4 the development since its baseline, then the overview of points, then the annexes (action plan, criteria). */
  chapters: ReportSection[];
  /** Every chart of the report, in order of appearance (also referenced from the blocks). */
  charts: ChartSpec[];
}
