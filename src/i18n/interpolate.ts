import { LOCALES } from './format.js';
import type { Language } from './language.js';

/** Values filled into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A plural choice, `{count, plural, one {# fil} other {# filer}}`: the form for the count's
 * plural category in the language (`Intl.PluralRules`), with `#` replaced by the count as the
 * language writes numbers. A form may hold `{name}` placeholders.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_FORM = /(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** The plural categories every plural choice must give: sv, nb and en all tell "one" from "other". */
export const REQUIRED_PLURAL_FORMS = ['one', 'other'] as const;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralCategory(count: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALES[language])));
  return rules.select(count);
}

function formatCount(count: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(LOCALES[language])));
  return format.format(count);
}

function pluralForms(body: string): Map<string, string> {
  return new Map([...body.matchAll(PLURAL_FORM)].map((match) => [match[1] as string, match[2] as string]));
}

/**
 * `template` with its plural choices resolved and its `{name}` placeholders replaced by
 * `params`. A placeholder without a value is left as it is, so a missing parameter is visible
 * rather than silently empty; so is a plural choice whose count is missing or not a number.
 * The one interpolation of the UI, chart and report catalogues.
 */
export function interpolate(template: string, params?: MessageParams, language: Language = 'sv'): string {
  if (!params) return template;
  const chosen = template.replace(PLURAL, (choice, name: string, body: string) => {
    const count = Number(params[name]);
    if (params[name] === undefined || !Number.isFinite(count)) return choice;
    const forms = pluralForms(body);
    const form = forms.get(`=${count}`) ?? forms.get(pluralCategory(count, language)) ?? forms.get('other') ?? '';
    return form.replaceAll('#', formatCount(count, language));
  });
  return chosen.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * The placeholder names of a template, sorted and without repeats ("{b} {a} {b}" → ["a", "b"]);
 * a plural choice counts as its count's name plus the placeholders inside its forms.
 */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  const rest = template.replace(PLURAL, (_choice, name: string, body: string) => {
    names.push(name);
    for (const form of pluralForms(body).values()) names.push(...[...form.matchAll(PLACEHOLDER)].map((match) => match[1] as string));
    return '';
  });
  names.push(...[...rest.matchAll(PLACEHOLDER)].map((match) => match[1] as string));
  return [...new Set(names)].sort();
}

/**
 * What is wrong with a template's plural choices: a choice without one of the required forms,
 * or plural-like text the syntax does not read (e.g. a brace left open). Empty when all is well.
 */
export function pluralProblems(template: string): string[] {
  const problems: string[] = [];
  const rest = template.replace(PLURAL, (choice, name: string, body: string) => {
    const forms = pluralForms(body);
    for (const required of REQUIRED_PLURAL_FORMS) if (!forms.has(required)) problems.push(`{${name}, plural} lacks the "${required}" form`);
    return '';
  });
  if (/,\s*plural\s*,/.test(rest)) problems.push('a plural choice that cannot be read');
  return problems;
}
