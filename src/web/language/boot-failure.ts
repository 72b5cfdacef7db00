import type { Language } from '../../i18n/language.js';

/**
 * What the page says when the chosen language's texts cannot be fetched at start (a dropped
 * connection, a new version deployed meanwhile): the catalogue is what failed, so these few
 * words are here, in every language, with a way to try again.
 */
const TEXTS: Record<Language, { heading: string; body: string; reload: string }> = {
  sv: { heading: 'Kompass kunde inte startas', body: 'Sidans texter kunde inte hämtas. Kontrollera anslutningen och ladda om sidan.', reload: 'Ladda om sidan' },
  nb: { heading: 'Kompass kunne ikke starte', body: 'Sidens tekster kunne ikke hentes. Sjekk tilkoblingen og last inn siden på nytt.', reload: 'Last inn siden på nytt' },
  en: { heading: 'Kompass could not start', body: 'The page’s texts could not be fetched. Check your connection and reload the page.', reload: 'Reload the page' },
};

/** Replaces the root's content with the failure in `language`, with a reload button that takes focus. */
export function showBootFailure(root: HTMLElement, language: Language): void {
  const text = TEXTS[language];
  document.documentElement.lang = language === 'nb' ? 'nb' : language;
  const main = document.createElement('main');
  main.className = 'boot-failure';
  const heading = document.createElement('h1');
  heading.textContent = text.heading;
  const body = document.createElement('p');
  body.textContent = text.body;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ds-button';
  button.textContent = text.reload;
  button.addEventListener('click', () => window.location.reload());
  main.append(heading, body, button);
  root.replaceChildren(main);
  button.focus();
}
