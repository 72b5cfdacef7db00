import type { ReportFormat, ReportModel } from './model.js';

/** An ASCII slug: diacritics dropped (å → a, ö → o), everything else but letters and digits a dash. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The download's file name, e.g. 'kommunkompassen-leksand-2023.docx'. */
export function reportFileName(model: Pick<ReportModel, 'fileSlug'>, format: ReportFormat): string {
  return `${model.fileSlug}.${format}`;
}
