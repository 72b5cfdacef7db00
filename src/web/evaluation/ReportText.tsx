import { Markdown } from '../ui/Markdown.js';
import { useContentLanguage } from '../language/content-language.js';

/** True when a stored text has anything to show. */
export function hasText(text: string | null | undefined): text is string {
  return Boolean(text?.trim());
}

/**
 * A text written for an evaluation (stored as Markdown), shown as sanitised rich text. The
 * reports are Swedish, so the text is marked as such whatever the UI language.
 */
export function ReportText({ text, id }: { text: string; id?: string }) {
  const contentLanguage = useContentLanguage();
  return <Markdown source={text} className="report-text" lang={contentLanguage} id={id} />;
}
