/**
 * Plain text (e.g. a paragraph of an imported report) as Markdown that renders as exactly that
 * text: every character Markdown gives a meaning is escaped, and line-start markers (headings,
 * lists, quotes, rules) are neutralised. Line breaks are kept.
 */
export function plainTextToMarkdown(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

function escapeLine(line: string): string {
  // Indentation would make a code block; it carries no meaning in plain report text.
  const escaped = line.trimStart().replace(/[\\`*_[\]<>|~&!#]/g, '\\$&');
  return escaped
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
