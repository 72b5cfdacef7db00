import { useMemo } from 'react';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/render.js';
import { sanitizeHtml } from './sanitize-html.js';
import './markdown.css';

interface MarkdownProps {
  /** The stored text, in Markdown. */
  source: string;
  /** A short text inside a line (a list item, a sentence): no paragraphs, rendered in a span. */
  inline?: boolean;
  className?: string;
  /** The language of the text, when it differs from the page's (the reports are Swedish). */
  lang?: string;
  /** The element's id (a fragment other pages link to). */
  id?: string;
}

/**
 * A stored rich text: Markdown rendered to HTML (raw HTML escaped, unsafe links refused), then
 * sanitised with a strict allow-list before it reaches the DOM. Where no sanitiser can run, the
 * text is shown as it is, escaped by React.
 */
export function Markdown({ source, inline = false, className, lang, id }: MarkdownProps) {
  const html = useMemo(() => sanitizeHtml(inline ? renderInlineMarkdown(source) : renderMarkdown(source)), [source, inline]);
  const Element = inline ? 'span' : 'div';
  const classes = ['markdown', inline ? 'markdown--inline' : null, className].filter(Boolean).join(' ');
  if (html === null) {
    return (
      <Element className={`${classes} markdown--plain`} lang={lang} id={id}>
        {source}
      </Element>
    );
  }
  // The HTML comes from the Markdown renderer and has been through the sanitiser just above.
  return <Element className={classes} lang={lang} id={id} dangerouslySetInnerHTML={{ __html: html }} />;
}
