import type { Language } from './language.js';

/** BCP 47 locale used for numbers and dates in each UI language. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB', nb: 'nb-NO' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * A number for display: Swedish uses a decimal comma and a space between thousands. At most
 * `maximumFractionDigits` decimals, and at least `minimumFractionDigits` (trailing zeros kept,
 * so a column of averages carries one number of decimals: "54,0" beside "52,3").
 */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits, minimumFractionDigits: Math.min(minimumFractionDigits, maximumFractionDigits) }).format(value);
}

/** A whole percentage (69 → "69 %" in Swedish). */
export function formatPercent(percent: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/**
 * An exact decimal from the API ("6.50", "72.00") for display ("6,5", "72"). The value is only
 * formatted, never used for arithmetic, so reading it as a float is harmless.
 */
export function formatDecimalString(value: string, language: Language): string {
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? formatNumber(number, language) : value;
}

/** True when an exact decimal string has a non-zero fractional part ("6.50" but not "7.00"). */
export function hasFraction(value: string): boolean {
  return /[.,]\d*[1-9]/.test(value);
}

/**
 * A date as precise as it is known: "2017" → "2017", "2017-02" → "februari 2017",
 * "2023-11-23" → "23 november 2023" (in Swedish).
 */
export function formatPartialDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(month)) return value;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

/** A period between two partial dates; either end may be missing. */
export function formatPeriod(start: string | null, end: string | null, language: Language): string | null {
  if (start && end && start !== end) return `${formatPartialDate(start, language)} – ${formatPartialDate(end, language)}`;
  const single = start ?? end;
  return single ? formatPartialDate(single, language) : null;
}

const QUOTES: Record<Language, [string, string]> = { sv: ['\u201d', '\u201d'], en: ['\u201c', '\u201d'], nb: ['\u00ab', '\u00bb'] };

/** Text in the language's typographic quotes (”…” in Swedish, “…” in English, «…» in Norwegian). */
export function quote(text: string, language: Language): string {
  const [open, close] = QUOTES[language];
  return `${open}${text}${close}`;
}

/** Items joined the way the language lists them ("A, B och C"). */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** A file size for people: "812 kB", "10,5 MB" (decimal sign of the language). */
export function formatFileSize(bytes: number, language: Language): string {
  const locale = LOCALES[language];
  if (bytes < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  if (bytes < 1024 * 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** A moment as date and time in the language's style. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const collators = new Map<Language, Intl.Collator>();

/**
 * Compares two names as the language sorts them: å, ä, ö after z in Swedish; æ, ø, å after z in
 * Norwegian; English puts them with their base letters. Case and accents of the same letter
 * come second, and digits sort by value ("Område 2" before "Område 10").
 */
export function compareText(a: string, b: string, language: Language): number {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(LOCALES[language], { sensitivity: 'variant', numeric: true });
    collators.set(language, collator);
  }
  return collator.compare(a, b);
}

/** The language's decimal sign ("," in Swedish and Norwegian, "." in English). */
export function decimalSeparator(language: Language): string {
  return numberFormat(language, { minimumFractionDigits: 1 }).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}
