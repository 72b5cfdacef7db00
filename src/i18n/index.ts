export { compareText, decimalSeparator, formatDateTime, formatDecimalString, formatFileSize, formatList, formatNumber, formatPartialDate, formatPercent, formatPeriod, hasFraction, LOCALES, quote } from './format.js';
export { interpolate, type MessageParams } from './interpolate.js';
export { DEFAULT_LANGUAGE, isLanguage, languageFromBrowser, LANGUAGES, type Language } from './language.js';
export { translate } from './translate.js';
export { en, nb, sv, type MessageKey, type Catalogue } from './ui-catalogue.js';
