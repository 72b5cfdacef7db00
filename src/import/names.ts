/**
 * Comparing printed names with catalogue names. Reports differ in case, dashes, punctuation and
 * small wording changes; exact and alias matches are trusted, close spellings are accepted only
 * when clearly closest and are always reported as fuzzy.
 */

/** Least similarity for a fuzzy match, and how much better than the runner-up it must be. */
const FUZZY_THRESHOLD = 0.78;
const FUZZY_MARGIN = 0.08;

/** Lower-case, unified dashes and quotes, punctuation removed, whitespace collapsed. */
function normaliseName(name: string): string {
  const cached = normalisedCache.get(name);
  if (cached !== undefined) return cached;
  const result = normaliseUncached(name);
  // Catalogue names repeat on every call; printed names are few per report. Bound the cache anyway.
  if (normalisedCache.size > 5000) normalisedCache.clear();
  normalisedCache.set(name, result);
  return result;
}

const normalisedCache = new Map<string, string>();

function normaliseUncached(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+-\s+|\s+-|-\s+/g, ' ')
    .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance with an early exit once `limit` is exceeded (returns limit + 1). */
let rowA = new Uint32Array(256);
let rowB = new Uint32Array(256);

function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Uint32Array(b.length + 1);
    rowB = new Uint32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Similarity 0..1 of two normalised names (1 = equal). */
function nameSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  // Beyond this distance the similarity is below the fuzzy threshold anyway.
  const limit = Math.floor(longest * (1 - FUZZY_THRESHOLD));
  const distance = editDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / longest;
}


export interface NameCandidate<T> {
  value: T;
  names: Array<{ name: string; kind: 'title' | 'alias' }>;
}

export interface NameMatchResult<T> {
  value: T;
  kind: 'title' | 'alias' | 'fuzzy';
  similarity: number;
}

/**
 * Finds the candidate a printed name refers to: an exact title, then an alias, then the
 * clearly closest name above the fuzzy threshold. Returns null rather than guessing.
 */
export function matchName<T>(printed: string, candidates: ReadonlyArray<NameCandidate<T>>): NameMatchResult<T> | null {
  let cache = matchCache.get(candidates);
  if (!cache) {
    cache = new Map();
    matchCache.set(candidates, cache);
  }
  if (cache.has(printed)) return (cache.get(printed) as NameMatchResult<T> | null | undefined) ?? null;
  const result = matchUncached(printed, candidates);
  if (cache.size > 2000) cache.clear();
  cache.set(printed, result);
  return result;
}

const matchCache = new WeakMap<object, Map<string, unknown>>();

function matchUncached<T>(printed: string, candidates: ReadonlyArray<NameCandidate<T>>): NameMatchResult<T> | null {
  const wanted = normaliseName(printed);
  if (wanted === '' || wanted.length > 300) return null;
  for (const kind of ['title', 'alias'] as const) {
    for (const candidate of candidates) {
      if (candidate.names.some((entry) => entry.kind === kind && normaliseName(entry.name) === wanted)) {
        return { value: candidate.value, kind, similarity: 1 };
      }
    }
  }
  let best: { value: T; similarity: number } | null = null;
  let second = 0;
  for (const candidate of candidates) {
    let candidateBest = 0;
    for (const entry of candidate.names) {
      candidateBest = Math.max(candidateBest, nameSimilarity(wanted, normaliseName(entry.name)));
    }
    if (!best || candidateBest > best.similarity) {
      second = best?.similarity ?? 0;
      best = { value: candidate.value, similarity: candidateBest };
    } else if (candidateBest > second) {
      second = candidateBest;
    }
  }
  if (best && best.similarity >= FUZZY_THRESHOLD && best.similarity - second >= FUZZY_MARGIN) {
    return { value: best.value, kind: 'fuzzy', similarity: best.similarity };
  }
  return null;
}
