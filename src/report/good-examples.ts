/**
 * The good examples of an area as report list items. A good example is stored once per
 * municipality it names (the importer files a sentence that names two municipalities under
 * both, and evaluators may do the same), so the same text can come more than once: it is
 * shown once, led by every municipality it was filed under.
 */
import type { EvaluationDetail } from '../contract/evaluations.js';
import type { Language } from '../i18n/language.js';
import { plainTextToMarkdown } from '../markdown/escape.js';
import { formatList } from '../i18n/format.js';

type GoodExample = Pick<EvaluationDetail['areas'][number]['goodExamples'][number], 'municipality' | 'text'>;

/** One good example as shown: its text and the municipalities it was filed under, in order. */
export interface MergedGoodExample {
  text: string;
  municipalities: Array<{ code: string; name: string }>;
}

/** The same text however its spaces and line ends are written. */
const textKey = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Good examples with the same text merged into one, in order of first appearance; empty texts left out. */
export function mergeGoodExamples(examples: readonly GoodExample[]): MergedGoodExample[] {
  const merged = new Map<string, MergedGoodExample>();
  for (const example of examples) {
    const key = textKey(example.text);
    if (key === '') continue;
    let entry = merged.get(key);
    if (!entry) {
      entry = { text: example.text.trim(), municipalities: [] };
      merged.set(key, entry);
    }
    const named = example.municipality;
    if (named && !entry.municipalities.some((municipality) => municipality.code === named.code)) entry.municipalities.push(named);
  }
  return [...merged.values()];
}

/** The good examples as Markdown list items: "**A och B:** text", or the text alone when it names no municipality. */
export function goodExampleItems(examples: readonly GoodExample[], language: Language): string[] {
  return mergeGoodExamples(examples).map((example) =>
    example.municipalities.length > 0
      ? `**${plainTextToMarkdown(formatList(example.municipalities.map((municipality) => municipality.name), language))}:** ${example.text}`
      : example.text,
  );
}
