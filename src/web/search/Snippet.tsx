import type { SnippetPart } from '../../contract/search.js';

/**
 * A hit's passage: its pieces as text, the matched ones marked (`<mark>`). The pieces are never
 * read as HTML.
 */
export function Snippet({ parts, lang }: { parts: readonly SnippetPart[]; lang?: string }) {
  return (
    <p className="search-hit__snippet" lang={lang}>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
