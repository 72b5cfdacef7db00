export { compareText, decimalSeparator, formatDateTime, formatDecimalString, formatFileSize, formatList, formatNumber, formatPartialDate, formatPercent, formatPeriod, hasFraction, LOCALES, quote } from './format.js';
export { interpolate, type MessageParams } from './interpolate.js';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './language.js';
export { hasTranslation, translate } from './translate.js';
export { en, nb, sv, type MessageKey, type PartialCatalogue } from './ui-catalogue.js';
