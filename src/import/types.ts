import type { Country } from '../domain/municipality.js';
/**
 * The shape `kompass import --dry-run --json` prints for one document. Everything is plain
 * JSON: scores are numbers in points (a printed "6,5" becomes 6.5); the parser keeps exact
 * integer hundredths internally and converts only here, at the edge.
 */

/** How a printed sub-area name was tied to the framework. */
type MatchedBy = 'code' | 'title' | 'alias' | 'fuzzy';

/** How well the printed name agreed with the framework entry it was tied to. */
type NameMatch = 'title' | 'alias' | 'fuzzy' | 'none';

/** Kinds of inconsistency the importer reports; nothing is ever corrected silently. */
export type DiscrepancyKind =
  | 'area-sum'
  | 'chapter-vs-table'
  | 'percent'
  | 'total-sum'
  | 'date-conflict'
  | 'annex-year'
  | 'earlier-total'
  | 'unknown-name'
  | 'area-name'
  | 'unknown-municipality'
  | 'missing-area'
  | 'missing-subarea'
  | 'max-mismatch'
  | 'framework-period'
  | 'framework-ambiguous'
  | 'duplicate';

/** One inconsistency found in a published report, with where it was found. */
export interface Discrepancy {
  kind: DiscrepancyKind;
  area?: string;
  subarea?: string;
  stated?: number | string;
  derived?: number | string;
  /** True when the difference can come from rounding fractional underlying scores. */
  explainableByRounding?: boolean;
  where: string;
  message: string;
}

/** Something worth knowing that is not an inconsistency, e.g. a spelling variant matched fuzzily. */
export type ImportNote =
  | {
      kind: 'name-variant';
      area?: string;
      subarea?: string;
      printed: string;
      matched: string;
      where: string;
    }
  | {
      /** A sentence that reads like a good example from another municipality but names none the importer knows; nothing was recorded from it. */
      kind: 'example-without-municipality';
      area?: string;
      subarea?: string;
      /** The sentence (shortened when long). */
      printed: string;
      where: string;
    };

interface MunicipalityMention {
  /** "se-2029", "no-4601". */
  id: string;
  country: Country;
  code: string;
  name: string;
}

/** Another municipality named as an example, with the sentence that names it. */
export interface GoodExample {
  municipality: MunicipalityMention;
  sentence: string;
  /** The sub-area whose own text (under its heading) holds the sentence; absent when the sentence stands in the area's text. */
  unitCode?: string;
}

/** Printed figures exactly as they appear in the report. */
interface VerbatimFigures {
  score?: string;
  max?: string;
  percent?: string;
}

export interface ParsedSubarea {
  code: string;
  /** The name as printed in the overview table. */
  title: string;
  /** The framework's name for this code. */
  frameworkTitle: string;
  score: number;
  max: number | null;
  /** Printed percent; absent when the report prints none. */
  percent?: number;
  matchedBy: MatchedBy;
  nameMatch: NameMatch;
  verbatim: VerbatimFigures;
}

export interface EvaluatedSubarea {
  /** As listed in the area chapter. */
  printed: string;
  code: string | null;
  matchedBy: MatchedBy | null;
}

interface SubareaAnalysis {
  code: string;
  title: string;
  text: string;
}

export interface ParsedArea {
  code: string;
  /** The framework's area title. */
  title: string;
  /** Area title as printed in the chapter heading (or the table when there is no chapter). */
  printedTitle: string | null;
  /** The area total printed in the overview table. */
  statedScore: number | null;
  /** The score printed in the area chapter. */
  chapterScore: number | null;
  /** Sum of the sub-area scores of the overview table. */
  derivedScore: number | null;
  max: number;
  printedMax?: number;
  percent?: number;
  verbatim: { tableTotal?: string; chapterScore?: string; percent?: string };
  subareas: ParsedSubarea[];
  evaluatedSubareas: EvaluatedSubarea[];
  introduction: string | null;
  analysis: string | null;
  subareaAnalyses: SubareaAnalysis[];
  strengths: string[];
  improvements: string[];
  goodExamples: GoodExample[];
}

interface EarlierArea {
  code: string;
  title: string;
  printedTitle: string | null;
  score: number;
  verbatim: string;
  strengths?: string[];
  improvements?: string[];
  goodExamples?: GoodExample[];
}

/** An earlier evaluation imported from an annex of the report, as its own evaluation. */
export interface EarlierEvaluation {
  year: number;
  framework: string;
  /** Sum of the area scores printed in the annex. */
  total: number;
  /** A total for this year stated in the text, when there is one. */
  statedTotal?: number;
  areas: EarlierArea[];
  summaryComments: string[];
  where: string;
}

/** An earlier evaluation mentioned in the text (year, and total when given). */
export interface EarlierMention {
  year: number;
  total?: number;
  where: string;
}

export interface ParsedReport {
  file: string;
  municipality: MunicipalityMention | null;
  framework: string;
  /** Start of the fieldwork, "YYYY-MM" or "YYYY". */
  fieldwork: string | null;
  fieldworkEnd?: string;
  /** The date printed on the cover: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  reportDate: string | null;
  /** Which evaluation in order this was (första = 1, andra = 2 …). */
  ordinal: number | null;
  evaluators: string[];
  /** Approximate number of people interviewed ("ett 30-tal" = 30). */
  interviewees: number | null;
  sources: string[];
  areas: ParsedArea[];
  /** Sum of the printed area totals of the overview table. */
  statedTotal: number | null;
  /** Sum of the sub-area scores. */
  derivedTotal: number | null;
  /** Sum of the scores printed in the area chapters. */
  chapterTotal: number | null;
  /** A grand total printed as such, when the report prints one. */
  printedGrandTotal?: number;
  earlierMentions: EarlierMention[];
  earlierEvaluations: EarlierEvaluation[];
  summaryComments: string[];
  discrepancies: Discrepancy[];
  notes: ImportNote[];
}

/** What `importFilesDryRun` returns for a file that could not be imported. */
export interface FailedImport {
  file: string;
  error: { code: string; message: string };
}
