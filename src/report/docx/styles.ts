/**
 * The Word document's styles: Normal, Title, Heading 1–4, Caption and a table style, all in
 * Swedish (or the report's) language for spell-checking. Real styles, so the municipality can
 * restyle the document and Word's navigation and table of contents work.
 */
import { LineRuleType, type IStylesOptions } from 'docx';

export const TABLE_STYLE_ID = 'ReportTable';
export const NOTICE_STYLE_ID = 'ReportNotice';
/** The note under a table (how its figures are rounded and where the exact ones are). */
export const TABLE_NOTE_STYLE_ID = 'ReportTableNote';
/** Looks like Heading 1 but is no heading, so the table of contents does not list itself. */
export const CONTENTS_HEADING_STYLE_ID = 'ReportContentsHeading';
const FONT = 'Arial';
const ACCENT = '0B4F71';
const RULE = 'B8C4CC';

const border = (side: string, size: number, color: string) => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${color}"/>`;

/**
 * A table style with thin rules between rows, a shaded bold header row and a ruled total row.
 * docx has no option for table styles (and giving it imported styles drops its defaults), so
 * the style is added to word/styles.xml when the package is zipped.
 */
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
      `<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>` +
      `<w:tblPr><w:tblBorders>${border('top', 4, RULE)}${border('bottom', 4, RULE)}${border('insideH', 4, RULE)}</w:tblBorders>` +
      `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
      `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>${border('bottom', 12, ACCENT)}</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="E6EEF3"/></w:tcPr></w:tblStylePr>` +
      `<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>${border('top', 12, ACCENT)}</w:tcBorders></w:tcPr></w:tblStylePr>` +
  `</w:style>`;

/** The styles part with the table style added. */
export function withTableStyle(stylesXml: string): string {
  if (!stylesXml.includes('</w:styles>')) throw new Error('word/styles.xml has no closing w:styles element');
  return stylesXml.replace('</w:styles>', `${TABLE_STYLE_XML}</w:styles>`);
}

/**
 * Line spacing as a multiple of the font's own line height (240 = single). The rule is written
 * out: without it LibreOffice reads the value as an exact height, so a 28-point title had
 * 14.4-point lines (its two lines overlapped) and every picture in a line was cut to a strip.
 */
const lineSpacing = (multiple: number) => ({ line: Math.round(multiple * 240), lineRule: LineRuleType.AUTO });

export function reportStyles(locale: string): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: locale } },
        paragraph: { spacing: { after: 120, ...lineSpacing(1.2) } },
      },
      title: { run: { font: FONT, size: 56, bold: true, color: ACCENT }, paragraph: { spacing: { before: 2400, after: 240, ...lineSpacing(1.1) }, keepLines: true } },
      heading1: heading(36, 360),
      heading2: heading(30, 320),
      heading3: heading(25, 240),
      heading4: heading(22, 200),
      heading5: heading(21, 160),
      heading6: heading(21, 160),
      caption: { run: { font: FONT, size: 20, bold: true, italics: false, color: '1C1C1C' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      hyperlink: { run: { color: ACCENT, underline: { type: 'single' } } },
    },
    paragraphStyles: [
      {
        id: CONTENTS_HEADING_STYLE_ID,
        name: 'Contents Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 36, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      {
        id: TABLE_NOTE_STYLE_ID,
        name: 'Report Table Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 18, color: '4A4A4A' },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
      {
        id: NOTICE_STYLE_ID,
        name: 'Report Notice',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          indent: { left: 227 },
          border: { left: { style: 'single', size: 24, color: ACCENT, space: 8 } },
          spacing: { before: 120, after: 120 },
        },
      },
    ],
  };
}
