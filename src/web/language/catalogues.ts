import { interpolate, type MessageParams } from '../../i18n/interpolate.js';
import type { Language } from '../../i18n/language.js';
import type { Catalogue, MessageKey } from '../../i18n/ui-catalogue-sv.js';

/**
 * The web app's UI texts: only the chosen language's catalogue is fetched (each is its own file),
 * before the app first renders and again when the user picks another language.
 */
const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  sv: () => import('../../i18n/ui-catalogue-sv.js').then((module) => module.sv),
  en: () => import('../../i18n/ui-catalogue-en.js').then((module) => module.en),
  nb: () => import('../../i18n/ui-catalogue-nb.js').then((module) => module.nb),
};

const loaded = new Map<Language, Catalogue>();

/** Fetches a language's catalogue (once). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const known = loaded.get(language);
  if (known) return known;
  const catalogue = await LOADERS[language]();
  loaded.set(language, catalogue);
  return catalogue;
}

/** A catalogue already fetched; the app renders only after its language's catalogue is. */
export function loadedCatalogue(language: Language): Catalogue | undefined {
  return loaded.get(language);
}

/** The text for `key` from `catalogue` in `language`, as `translate` words it; the key itself while no catalogue is there. */
export function textOf(catalogue: Catalogue | undefined, language: Language, key: MessageKey, params?: MessageParams): string {
  return catalogue ? interpolate(catalogue[key], params, language) : key;
}

/** True when `key` is a key of the UI catalogue (every language has every key: any loaded one can tell). */
export function isMessageKey(key: string): key is MessageKey {
  for (const catalogue of loaded.values()) return key in catalogue;
  return false;
}
