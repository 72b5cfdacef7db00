import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate, type Language } from '../../i18n/index.js';
import { LanguageContext } from '../language/language-context.js';
import { languageName } from '../language/language-name.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

function render(language: Language): string {
  const value = { language, setLanguage: () => undefined, t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params) };
  return renderToStaticMarkup(createElement(LanguageContext.Provider, { value }, createElement(LanguageSwitcher)));
}

/** Each button as its `lang`, pressed state and text. */
const buttons = (html: string) =>
  [...html.matchAll(/<button [^>]*lang="([^"]+)"[^>]*aria-pressed="(true|false)"[^>]*>([^<]*)<\/button>/g)].map((match) => ({ lang: match[1], pressed: match[2], text: match[3] }));

describe('LanguageSwitcher', () => {
  it.each(LANGUAGES)('names every language in that language, marked with its own lang, on a page in %s', (language) => {
    const html = render(language);
    expect(buttons(html)).toEqual([
      { lang: 'sv', pressed: String(language === 'sv'), text: 'Svenska' },
      { lang: 'en', pressed: String(language === 'en'), text: 'English' },
      { lang: 'nb', pressed: String(language === 'nb'), text: 'Norsk (bokmål)' },
    ]);
    // The group's own name is in the page's language (no lang of its own).
    expect(html).toMatch(new RegExp(`^<div role="group" aria-label="${translate(language, 'language.label')}" class="language-switcher">`));
  });

  it('takes each name from its own language, whatever the page language is', () => {
    expect(LANGUAGES.map(languageName)).toEqual(['Svenska', 'English', 'Norsk (bokmål)']);
    expect(LANGUAGES.map(languageName)).toEqual(LANGUAGES.map((language) => translate(language, `language.${language}`)));
  });
});
