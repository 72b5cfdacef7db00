/**
 * Comparison contract: national and peer-group averages, distributions, rank and percentile,
 * stored reference averages and the municipality's earlier evaluations. Shared by the comparison
 * engine (src/api/comparisons), the charts and the report model.
 *
 * All figures are points. Averages are exact over hundredths and rounded to 2 decimals once,
 * at the end; they are never shown unrounded.
 */

/** All given criteria combine (AND). */
export interface PeerGroupFilter {
  /** Id of a configured population class, e.g. 'upto-20000'. */
  populationClass?: string;
  /** Only municipalities' first evaluations in the archive. */
  firstTime?: boolean;
  /** County id, e.g. 'se-20'. */
  countyId?: string;
  /** SKR municipality group code, e.g. 'B5'. */
  municipalityGroup?: string;
}

/**
 * Whose municipalities a comparison counts: the evaluated municipality's country (the default:
 * national averages and peer groups are per country), or every country's ("Nordic", only when
 * asked for and always labelled so).
 */
export type ComparisonScope = 'country' | 'nordic';

export interface ComparisonOptions {
  /** Default 'country'. */
  scope: ComparisonScope;
  /** Earliest year (fieldwork start, else report date); null = all years. */
  since: number | null;
  /** Default true: only the latest published evaluation per municipality. */
  latestOnly: boolean;
  peer: PeerGroupFilter | null;
  /** Default 5: below it an average is shown with a warning, never silently. */
  minN: number;
}

export interface Distribution {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface AverageFigure {
  /** Points, rounded to 2 decimals (never shown unrounded). */
  mean: number;
  n: number;
  /** n < minN: shown WITH a warning, never silently. */
  belowMinimum: boolean;
  /** Null when n = 0 or it is a stored reference average. */
  distribution: Distribution | null;
  /** 1 = highest; the evaluated municipality's place (ties share the best rank). */
  rank: number | null;
  /** 0–100, share of the group scoring at or below the municipality. */
  percentile: number | null;
  /** False only for a stored reference average whose source does not state n (then n is 0). */
  nKnown?: boolean;
}

/**
 * The words a comparison group carries, in the reader's language; the domain takes them as
 * given (src/i18n/comparison-labels.ts words them).
 */
export interface GroupWording {
  /** The warning of a group of n members: none, too few (n < minN), or empty. */
  warning(n: number, minN: number): string | null;
  /** A reference average's name with its source and date. */
  reference(label: string, source: string, date: string): string;
}

export interface GroupComparison {
  kind: 'national' | 'peer' | 'reference';
  /** Human-readable, in the asked language. */
  label: string;
  frameworkId: string;
  n: number;
  /** Null when n = 0. */
  total: AverageFigure | null;
  /** In the evaluation's framework's area order. */
  areas: Array<{ code: string; average: AverageFigure | null }>;
  /** Reference averages only. */
  source: { name: string; date: string } | null;
  /** Set whenever figures come through an area map. */
  caveat: string | null;
  /** E.g. below minimum n, in the asked language. */
  warning: string | null;
}

/** One of the municipality's earlier evaluations (published or archived). */
export interface HistoryPoint {
  evaluationId: string;
  year: number | null;
  frameworkId: string;
  /** Points. */
  total: number;
  /** False when a scoring unit of the earlier evaluation has no score: its total is then not a complete result. */
  complete: boolean;
  /** Mapped to THIS evaluation's area codes. */
  areas: Array<{ code: string; score: number | null }>;
  /** Area-map caveat when the framework differs. */
  caveat: string | null;
}

/** The peer-group facts of the evaluated municipality, as of the evaluation's year. */
export interface MunicipalityFacts {
  countyId: string;
  countyName: string;
  population: number | null;
  /** Id of the configured population class the population falls in. */
  populationClass: string | null;
  municipalityGroup: string | null;
  /** No published evaluation of the municipality comes before this one. */
  firstTime: boolean;
}

export interface EvaluationComparison {
  evaluationId: string;
  frameworkId: string;
  options: ComparisonOptions;
  municipality: {
    /** "se-2029". */
    id: string;
    country: 'se' | 'no';
    code: string;
    name: string;
    /** The name without "kommun" (e.g. "Örnsköldsvik"). */
    shortName?: string;
    total: number;
    areas: Array<{ code: string; score: number }>;
    /** What peer groups are formed by, for this evaluation (e.g. to offer "municipalities like us"). */
    facts?: MunicipalityFacts;
  };
  national: GroupComparison;
  peer: GroupComparison | null;
  /** Stored reference averages applicable to this framework. */
  references: GroupComparison[];
  /** Oldest first. */
  history: HistoryPoint[];
}

export const DEFAULT_COMPARISON_OPTIONS: ComparisonOptions = {
  scope: 'country',
  since: null,
  latestOnly: true,
  peer: null,
  minN: 5,
};
