/**
 * Finding Swedish UI text on a page shown in another language: the Swedish catalogue texts
 * that differ in that language, as patterns (placeholders match any text, a plural choice any
 * of its forms), and a scan of the page's text, attributes and title for them.
 */
import type { Page } from 'playwright-core';
import { interpolate, placeholdersOf } from '../../src/i18n/interpolate.js';

type Feature = { sv: Record<string, string>; en: Record<string, string | undefined>; nb: Record<string, string | undefined> };

export interface SwedishPattern {
  /** The Swedish text as the catalogue has it. */
  text: string;
  /** Its keys (`feature/key`); several keys may share one text. */
  keys: string[];
  /** A regular expression (source, flag `u`) matching the text with any values filled in. */
  source: string;
  /** Long texts are found inside a longer text too; short ones only as the whole text of a node. */
  inside: boolean;
  /** Its longest literal piece (spacing made single): a text without it cannot match, so the pattern is not tried. */
  needle: string;
  /** How many characters of it are literal: of several texts matching the same words, the most literal one is meant. */
  literalLength: number;
}

/** A Swedish text found on a page, and where. */
export interface Leftover {
  pattern: SwedishPattern;
  where: string;
}

const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_FORM = /(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{\w+\}/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A template's literal text (placeholders and plural counts left out), spacing as written. */
function literalPart(template: string): string {
  return template
    .replace(PLURAL, (_choice, _name: string, body: string) => {
      const forms = new Map([...body.matchAll(PLURAL_FORM)].map((match) => [match[1] as string, match[2] as string]));
      return (forms.get('other') ?? '').replaceAll('#', '');
    })
    .replace(PLACEHOLDER, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest piece of a template between its placeholders and plural choices. */
export function longestLiteral(template: string): string {
  return template
    .replace(PLURAL, '{plural}')
    .split(/\{\w+\}/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
}

/** Literal text → pattern: spacing matches any spacing. */
function literalSource(text: string): string {
  return text
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
}

/** Text with `{name}` placeholders → pattern (a placeholder matches any non-empty text). */
function withPlaceholders(text: string, count?: string): string {
  return text
    .split(count === undefined ? /(\{\w+\})/ : /(\{\w+\}|#)/)
    .map((part) => (part === '#' && count !== undefined ? count : /^\{\w+\}$/.test(part) ? '.{1,200}?' : literalSource(part)))
    .join('');
}

/** The pattern of a whole template (source for `RegExp(…, 'u')`). */
export function templateSource(template: string): string {
  const number = '[\\d\\s\\u00a0\\u202f.,−-]+?';
  const pieces: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLURAL)) {
    pieces.push(withPlaceholders(template.slice(last, match.index)));
    const forms = [...(match[2] as string).matchAll(PLURAL_FORM)].map((form) => withPlaceholders(form[2] as string, number));
    pieces.push(`(?:${forms.join('|')})`);
    last = (match.index ?? 0) + match[0].length;
  }
  pieces.push(withPlaceholders(template.slice(last)));
  return pieces.join('');
}

/** Unambiguous enough to be told from content and other words: two words, or eight letters. */
export function isDistinctive(template: string): boolean {
  const literal = literalPart(template);
  const words = literal.split(' ').filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 || literal.replace(/[^\p{L}]/gu, '').length >= 8;
}

/**
 * A text of the target language as it is shown with a few counts (1, 2, 647) in every
 * placeholder: a Swedish text that reads the same as one of these ("647 kommuner." in Swedish
 * and in Norwegian) is no sign of Swedish left on the page.
 */
function renderings(text: string, language: 'en' | 'nb'): string[] {
  const names = placeholdersOf(text);
  if (names.length === 0) return [];
  return [1, 2, 647].map((count) => interpolate(text, Object.fromEntries(names.map((name) => [name, count])), language));
}

/**
 * The Swedish texts that must not be seen in `language`: those the language lacks or words
 * differently, distinctive enough, and not also the text (or a match) of a key in that language
 * (e.g. "Status" is English too).
 */
export function swedishPatterns(features: Record<string, Feature>, language: 'en' | 'nb'): SwedishPattern[] {
  const targetTexts: string[] = [];
  for (const feature of Object.values(features)) for (const text of Object.values(feature[language])) if (text !== undefined) targetTexts.push(text, ...renderings(text, language));
  const byText = new Map<string, SwedishPattern>();
  for (const [name, feature] of Object.entries(features)) {
    for (const [key, text] of Object.entries(feature.sv)) {
      const translated = feature[language][key];
      if (translated === text || !isDistinctive(text)) continue;
      const existing = byText.get(text);
      if (existing) {
        existing.keys.push(`${name}/${key}`);
        continue;
      }
      const source = templateSource(text);
      const whole = new RegExp(`^(?:${source})$`, 'u');
      if (targetTexts.some((target) => whole.test(target) || whole.test(literalPart(target)))) continue;
      const literal = literalPart(text);
      byText.set(text, { text, keys: [`${name}/${key}`], source, inside: literal.split(' ').length >= 3 && literal.length >= 16, needle: longestLiteral(text), literalLength: literal.length });
    }
  }
  return [...byText.values()];
}

/**
 * The Swedish texts on the page as "“text” (keys) in <where>": in document.title, in text
 * nodes and elements (as their whole text, long ones also inside), and in the attributes
 * people hear or see (aria-label, title, alt, placeholder, a button's value). Anything inside
 * an element whose `lang` is not the page's (Swedish content) is left out.
 */
export async function swedishLeftovers(page: Page, patterns: readonly SwedishPattern[]): Promise<Leftover[]> {
  const candidates = (await page.evaluate(`(() => {
    const language = document.documentElement.lang;
    const seen = new Map();
    const add = (text, where) => {
      const normalized = (text || '').replace(/\\s+/g, ' ').trim();
      if (normalized && /\\p{L}/u.test(normalized) && !seen.has(normalized)) seen.set(normalized, where);
    };
    const inLanguage = (element) => {
      const marked = element.closest('[lang]');
      return !marked || marked.getAttribute('lang') === language;
    };
    const describe = (element) => {
      const id = element.id ? '#' + element.id : '';
      const cls = typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\\s+/)[0] : '';
      return element.tagName.toLowerCase() + id + cls;
    };
    add(document.title, 'title');
    for (const part of document.title.split(' – ')) add(part, 'title');
    for (const element of document.body.querySelectorAll('*')) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'svg', 'SVG'].includes(element.tagName) || !inLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
        if (element.hasAttribute(name)) add(element.getAttribute(name), describe(element) + '[' + name + ']');
      }
      if (element.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(element.type)) add(element.value, describe(element) + '[value]');
      // An element's whole text, unless part of it is marked as another language.
      const text = element.textContent || '';
      if (text.length <= 400 && !element.querySelector('[lang]')) add(text, describe(element));
      for (const node of element.childNodes) if (node.nodeType === 3) add(node.data, describe(element));
    }
    return [...seen.entries()];
  })()`)) as Array<[string, string]>;

  // Per text on the page, the patterns that match it: as its whole text, or inside it.
  const matches = new Map<string, { where: string; whole: SwedishPattern[]; inside: SwedishPattern[] }>();
  for (const pattern of patterns) {
    // Only texts holding the pattern's longest literal piece are tried (placeholders make the
    // expressions slow on long texts).
    const holding = candidates.filter(([text]) => text.includes(pattern.needle));
    if (holding.length === 0) continue;
    const whole = new RegExp(`^(?:${pattern.source})$`, 'u');
    const inside = pattern.inside ? new RegExp(`(?:^|[^\\p{L}])(?:${pattern.source})(?=$|[^\\p{L}])`, 'u') : null;
    for (const [text, where] of holding) {
      const isWhole = whole.test(text);
      if (!isWhole && !inside?.test(text)) continue;
      const entry = matches.get(text) ?? { where, whole: [], inside: [] };
      entry[isWhole ? 'whole' : 'inside'].push(pattern);
      matches.set(text, entry);
    }
  }
  // A placeholder matches any words, so "Utvärdering {year}" also matches "Utvärdering enligt
  // {framework}"'s text: of the whole matches, only the most literal ones count. A text one
  // pattern matches whole is that text; others found inside it ("Poäng per område" in "Poäng per
  // område med de poäng som är satta") are not counted, nor one found inside another found there.
  const found = new Map<SwedishPattern, string>();
  for (const { where, whole, inside } of matches.values()) {
    const most = Math.max(...whole.map((pattern) => pattern.literalLength));
    const counted = whole.length > 0
      ? whole.filter((entry) => entry.literalLength === most)
      : inside.filter((entry) => !inside.some((other) => other !== entry && other.text.length > entry.text.length && other.text.includes(entry.needle)));
    for (const pattern of counted) if (!found.has(pattern)) found.set(pattern, where);
  }
  return [...found.entries()].map(([pattern, where]) => ({ pattern, where }));
}
