import { describe, expect, it } from 'vitest';
import { plainTextToMarkdown } from './escape.js';
import { renderMarkdown } from './render.js';

/** The text a browser would show for rendered HTML (tags dropped, entities decoded). */
const shownText = (html: string) =>
  html
    .replace(/<br>\n?/g, '\n')
    .replace(/<\/p>\n?<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('plain text as Markdown', () => {
  it.each([
    ['numbered paragraphs keep their numbers', '3. Nämnderna följer upp målen.\n5. Budgeten beslutas i juni.'],
    ['list markers and headings stay text', '- inte en lista\n+ inte heller\n# ingen rubrik\n> inget citat\n=== ingen linje'],
    ['emphasis, code and links stay text', 'Se *stjärnor*, _understreck_, `kod` och [länk](javascript:alert(1)) samt <b>taggar</b>.'],
    ['entities and escapes stay text', 'A &amp; B \\ C ~~D~~ | E | ! F'],
    ['indentation does not make a code block', '    indraget stycke'],
    ['a decimal is not a list', '2016. Året då modellen ändrades.'],
  ])('%s', (_name, text) => {
    const html = renderMarkdown(plainTextToMarkdown(text));
    expect(html).not.toMatch(/<(ol|ul|li|h\d|blockquote|em|strong|code|pre|a|del|hr|table)\b/);
    expect(shownText(html)).toBe(text.split('\n').map((line) => line.trimStart()).join('\n'));
  });
});
