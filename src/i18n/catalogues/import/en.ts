import type { sv } from './sv.js';

/** English texts of the import feature; missing keys fall back to Swedish. */
export const en: Partial<Record<keyof typeof sv, string>> = {
  'importReport.heading': 'Import report',
  'importReport.file': 'This evaluation was imported from the file {file}.',
  'import.title': 'Import reports',
  'import.heading': 'Import reports',
  'import.error.missing-scores': 'The report {file} lacks scores for some sub-areas, so the evaluation would be incomplete. Nothing was saved.',
};
