export { en } from './en.js';
export { formatDecimalString, formatNumber, formatPartialDate, formatPercent, formatPeriod, hasFraction, LOCALES } from './format.js';
export { nb } from './nb.js';
export { sv, type MessageKey, type PartialCatalogue } from './sv.js';
export { DEFAULT_LANGUAGE, hasTranslation, isLanguage, LANGUAGES, translate, type Language, type MessageParams } from './translate.js';
