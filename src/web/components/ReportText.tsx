import { Paragraph } from '@digdir/designsystemet-react';

/**
 * Splits a text from a report into its paragraphs (separated by blank lines). Paragraphs cut by
 * a page break were already joined by the importer.
 */
export function paragraphsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Text written in a published report, shown as plain paragraphs: React escapes it, so nothing in
 * a report is ever interpreted as HTML. Line breaks inside a paragraph are kept. The reports are
 * Swedish, so the text is marked as such whatever the UI language.
 */
export function ReportText({ paragraphs }: { paragraphs: string[] }) {
  return (
    <div className="report-text" lang="sv">
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index}>{paragraph}</Paragraph>
      ))}
    </div>
  );
}
