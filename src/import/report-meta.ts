/**
 * Facts about the evaluation stated in the report's prose: fieldwork period, cover date,
 * which evaluation in order it was, evaluators, interviewees, sources, earlier evaluations.
 * All patterns are Swedish report phrasing; each function returns null when the fact is absent.
 */

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const ORDINALS: Record<string, number> = {
  första: 1, andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, sjunde: 7, åttonde: 8, nionde: 9, tionde: 10,
};
const ORDINAL_NAMES = Object.keys(ORDINALS).join('|');

function month(name: string | undefined): number | null {
  return name ? (MONTHS[name.toLowerCase()] ?? null) : null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Splits prose into sentences (good enough for Swedish report text). */
export function sentences(text: string): string[] {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const result = splitSentences(text);
  if (sentenceCache.size > 64) sentenceCache.clear();
  sentenceCache.set(text, result);
  return result;
}

// The front part is searched by several finders; split it once.
const sentenceCache = new Map<string, string[]>();

function splitSentences(text: string): string[] {
  const result: string[] = [];
  // Paragraphs (one per line) never share a sentence: headings have no full stop.
  for (const paragraph of text.split(/\n+/)) {
    for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”“'(])/u)) {
      const trimmed = sentence.trim();
      if (trimmed !== '') result.push(trimmed);
    }
  }
  return result;
}

export interface Fieldwork {
  start: string;
  end?: string;
  sentence: string;
}

const FIELDWORK = new RegExp(
  String.raw`(?:genomfördes|gjordes|ägde rum|utfördes|skedde|genomfört(?:s)?)\s+(?:under\s+|i\s+|den\s+)?(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(${MONTH_NAMES})(?:\s*(?:[-–]|och|till)\s*(?:\d{1,2}\s+)?(${MONTH_NAMES}))?(?:\s+månad)?(?:\s+(?:år\s+)?(\d{4}))`,
  'i',
);
const FIELDWORK_SEASON = /(?:genomfördes|gjordes|ägde rum|utfördes|skedde)\s+(?:under\s+|i\s+)?(?:(våren|hösten|sommaren|vintern)\s+)?(?:år\s+)?(\d{4})/i;

/** The fieldwork period from "Utvärderingen … genomfördes i februari-mars år 2017". */
export function findFieldwork(text: string): Fieldwork | null {
  for (const sentence of sentences(text)) {
    if (!/utvärdering|intervju|besök|kommunkompass/i.test(sentence)) continue;
    const match = FIELDWORK.exec(sentence);
    if (match) {
      const year = Number(match[4]);
      const start = month(match[2]);
      const end = month(match[3]);
      if (!start) continue;
      return { start: `${year}-${pad(start)}`, ...(end && end !== start ? { end: `${year}-${pad(end)}` } : {}), sentence };
    }
  }
  for (const sentence of sentences(text)) {
    if (!/utvärdering/i.test(sentence)) continue;
    const match = FIELDWORK_SEASON.exec(sentence);
    if (match) return { start: match[2] ?? '', sentence };
  }
  return null;
}

/** The date on the cover: an ISO date, "23 november 2023", "november 2023", or a year alone on its line. */
export function findReportDate(coverLines: readonly string[]): string | null {
  const cover = coverLines.join('\n');
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(cover);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const long = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH_NAMES})\s+((?:19|20)\d{2})\b`, 'i').exec(cover);
  if (long) return `${long[3]}-${pad(month(long[2]) ?? 1)}-${pad(Number(long[1]))}`;
  const monthYear = new RegExp(String.raw`\b(${MONTH_NAMES})\s+((?:19|20)\d{2})\b`, 'i').exec(cover);
  if (monthYear) return `${monthYear[2]}-${pad(month(monthYear[1]) ?? 1)}`;
  for (const line of coverLines) {
    const year = /^\s*((?:19|20)\d{2})\s*$/.exec(line);
    if (year) return year[1] ?? null;
  }
  return null;
}

/**
 * The years of all evaluations in a parenthesis between the ordinal and its noun: "(2011, 2014,
 * 2018 och 2022)", "(2012, 2015, 2019 samt 2023)", "(2015 – 2023)", "(år 2017 och 2021)".
 */
const YEAR_LIST = String.raw`\(\s*(?:år\s+)?\d{4}(?:\s*(?:,|;|och|samt|&|[-–—])\s*(?:år\s+)?\d{4})*\s*\)`;
const EVALUATION_NOUN = String.raw`(?:utvärdering|kommunkompass|genomgång|mätning)`;
const ORDINAL_WORD = new RegExp(String.raw`(?<![\p{L}])(${ORDINAL_NAMES})\s+(?:${YEAR_LIST}\s*)?${EVALUATION_NOUN}`, 'iu');
const ORDINAL_YEARS = new RegExp(String.raw`(?:(?<![\p{L}])(?:${ORDINAL_NAMES})|\b\d{1,2}:?(?:e|a))\s+(${YEAR_LIST})\s*${EVALUATION_NOUN}`, 'giu');
const ORDINAL_DIGITS = new RegExp(String.raw`\b(\d{1,2}):?(?:e|a)\s+(?:${YEAR_LIST}\s*)?(?:utvärdering|kommunkompass)`, 'i');

/** "var kommunens tredje utvärdering" → 3; also "fjärde (2011, 2014, 2018 och 2022) utvärdering" → 4. */
export function findOrdinal(text: string): number | null {
  const words = ORDINAL_WORD.exec(text);
  if (words) return ORDINALS[(words[1] ?? '').toLowerCase()] ?? null;
  const digits = ORDINAL_DIGITS.exec(text);
  return digits ? Number(digits[1]) : null;
}

const ROUND_NUMBERS: Record<string, number> = { tjugotal: 20, trettiotal: 30, fyrtiotal: 40, femtiotal: 50, sextiotal: 60, tiotal: 10, femtontal: 15 };

/** "intervjuer med ett 30-tal personer" → 30; also "ca 35 personer", "ett trettiotal". */
export function findInterviewees(text: string): number | null {
  for (const sentence of sentences(text)) {
    if (!/intervju/i.test(sentence)) continue;
    const digits = /(\d{1,3})(?:-tal)?\s+(?:personer|intervjuade|respondenter|deltagare|förtroendevalda och tjänste)/i.exec(sentence);
    if (digits) return Number(digits[1]);
    const words = /\b(tjugotal|trettiotal|fyrtiotal|femtiotal|sextiotal|tiotal|femtontal)\b/i.exec(sentence);
    if (words) return ROUND_NUMBERS[(words[1] ?? '').toLowerCase()] ?? null;
  }
  return null;
}

const NAME = /^(?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:von|van|af|de|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3}$/u;

/**
 * Evaluators from the line "Utvärderare: Lars Strid, senior konsult (SKL) och Ewa Luvö, Borås kommun"
 * (or the line after a bare "Utvärderare"). Titles and affiliations after a comma are dropped.
 */
export function findEvaluators(lines: readonly string[]): string[] {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const match = /\butvärderare\b\s*:?\s*(.*)$/i.exec(line);
    if (!match) continue;
    let rest = (match[1] ?? '').trim();
    for (let next = index + 1; rest === '' && next < Math.min(lines.length, index + 6); next += 1) rest = (lines[next] ?? '').trim();
    const names: string[] = [];
    for (const part of rest.replace(/\([^)]*\)/g, ' ').split(/\s+(?:och|samt|&)\s+|;|\s+\/\s+/)) {
      const pieces = part.split(',').map((piece) => piece.replace(/\s+/g, ' ').trim());
      pieces.forEach((piece, position) => {
        if (NAME.test(piece) && !/kommun|region|landsting|skr|skl|konsult|stad\b/i.test(piece) && (position === 0 || piece.split(' ').length >= 2)) {
          names.push(piece);
        }
      });
    }
    if (names.length > 0) return names;
  }
  return [];
}

/** Items listed after "… information från tre källor:", else the kinds named in the evaluation paragraph. */
export function findSources(lines: ReadonlyArray<{ text: string; bullet: boolean; blank: boolean }>, evaluationText: string): string[] {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || !/källor\s*:?\s*$/i.test(line.text)) continue;
    const items: string[] = [];
    for (let next = index + 1; next < lines.length; next += 1) {
      const candidate = lines[next];
      if (!candidate) break;
      if (candidate.blank) {
        if (items.length > 0) break;
        continue;
      }
      if (!candidate.bullet) break;
      items.push(candidate.text.replace(/[.;]+$/, ''));
    }
    if (items.length > 0) return items;
  }
  const kinds: Array<[RegExp, string]> = [
    [/dokument/i, 'Dokument'],
    [/hemsida|webbplats/i, 'Hemsida'],
    [/intranät/i, 'Intranät'],
    [/sociala medier/i, 'Sociala medier'],
    [/intervju/i, 'Intervjuer'],
  ];
  return kinds.filter(([pattern]) => pattern.test(evaluationText)).map(([, name]) => name);
}

export interface TotalMention {
  year: number | null;
  total: number;
  sentence: string;
}

/** Words before or after a total that make it someone else's figure or a threshold. */
const NOT_OWN_BEFORE = /(?:genomsnitt\S*|medel\S*|snitt\S*|över|kommit|under|högsta|lägsta|mellan)\s+(?:\S+\s+){0,2}$/i;
const NOT_OWN_AFTER = /^\s*poäng\s*-?\s*(?:strecket|gränsen)/i;
const EVALUATION_WORD = /utvärdering|kompass|gjordes|genomförde|resultat|fick|poäng|mätning|undersökning/i;

/**
 * Earlier evaluations mentioned in prose: years (and totals where given) before `beforeYear`.
 * Averages, thresholds and revision years of the model are not evaluations and are skipped.
 */
export function findEarlierMentions(text: string, beforeYear: number | null): { years: Set<number>; totals: TotalMention[] } {
  const years = new Set<number>();
  const totals: TotalMention[] = [];
  let contextYear: number | null = null;
  for (const sentence of sentences(text)) {
    const skipYears = /revider|reviderades|uppdaterades|sedan år|och framåt|använder verktyget|använt verktyget|sedan \d{4} enligt|utvärderats sedan|jämfört med/i.test(sentence);
    const sentenceYears = [...sentence.matchAll(/(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/g)]
      .map((match) => Number(match[1]))
      .filter((year) => year >= 2002 && (beforeYear === null || year < beforeYear));
    if (!skipYears && EVALUATION_WORD.test(sentence)) for (const year of sentenceYears) years.add(year);
    // "fjärde (2011, 2014, 2018-2022) utvärdering": every year listed is an evaluation, also
    // when written with a hyphen, which the year pattern above leaves alone (dates).
    for (const match of sentence.matchAll(ORDINAL_YEARS)) {
      for (const year of (match[1] ?? '').match(/\d{4}/g) ?? []) {
        const value = Number(year);
        if (value >= 2002 && (beforeYear === null || value < beforeYear)) years.add(value);
      }
    }
    {
      const fromTo = /från\s+(\d{3})(?:\s+poäng)?\s+till\s+(\d{3})\s+poäng/i.exec(sentence);
      if (fromTo && !/genomsnitt|medel/i.test(sentence)) {
        const later = sentenceYears.length > 0 ? Math.max(...sentenceYears) : null;
        totals.push({ year: null, total: Number(fromTo[1]), sentence });
        totals.push({ year: later, total: Number(fromTo[2]), sentence });
      } else {
        for (const match of sentence.matchAll(/(?<![\d,.])(\d{3})\s+poäng/gi)) {
          const total = Number(match[1]);
          if (total < 100 || total > 800) continue;
          const at = match.index ?? 0;
          if (NOT_OWN_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || NOT_OWN_AFTER.test(sentence.slice(at + 3))) continue;
          const year = sentenceYears.length === 1 ? (sentenceYears[0] ?? null) : sentenceYears.length === 0 ? contextYear : null;
          totals.push({ year, total, sentence });
        }
      }
    }
    if (!skipYears && sentenceYears.length > 0) contextYear = sentenceYears[sentenceYears.length - 1] ?? contextYear;
  }
  return { years, totals };
}
