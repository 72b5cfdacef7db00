/**
 * Markdown to HTML for the texts of an evaluation (summary comments, analyses, strengths …).
 *
 * Pure and isomorphic: the same function runs in the browser and on the server. The output is
 * already safe by construction (raw HTML is escaped, links are checked against an allow-list,
 * images are not rendered); the web app still sanitises it with an allow-list before it reaches
 * the DOM, so a mistake here is not enough to run script.
 */
import MarkdownIt, { type MarkdownIt as Markdown } from 'markdown-it';
import { isSafeLinkUrl } from './safe-link.js';

/** Markdown headings are shifted down by this much: a text's "#" sits under the page's h2. */
const HEADING_SHIFT = 2;

function createRenderer(): Markdown {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: false,
    typographer: false,
    // The reports' texts keep their line breaks, as the plain-text view did before.
    breaks: true,
  });
  md.validateLink = isSafeLinkUrl;

  // Images are never loaded: the alt text is shown in their place.
  md.renderer.rules.image = (tokens, index, options, env, renderer) => {
    const children = tokens[index]?.children ?? [];
    return md.utils.escapeHtml(renderer.renderInlineAsText(children, options, env));
  };

  // Strikethrough as <del>, the element the web app's allow-list has.
  md.renderer.rules.s_open = () => '<del>';
  md.renderer.rules.s_close = () => '</del>';

  // A fenced block's info string names its language ("```ts"); anything else there is dropped
  // rather than carried into a class attribute.
  md.core.ruler.push('kompass_fence_language', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'fence' && !/^[A-Za-z0-9_+.-]*(\s|$)/.test(token.info.trim())) token.info = '';
    }
    return true;
  });

  // The page has its own h1 and h2: the text's headings start at h3 and stop at h6.
  md.core.ruler.push('kompass_heading_levels', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(6, level + HEADING_SHIFT)}`;
    }
    return true;
  });
  return md;
}

const renderer = createRenderer();

/** A Markdown text (paragraphs, lists, tables …) as HTML. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/**
 * A short Markdown text (a list item such as a strength) as inline HTML: emphasis, code and
 * links, with no paragraph around it.
 */
export function renderInlineMarkdown(source: string): string {
  return renderer.renderInline(source);
}
