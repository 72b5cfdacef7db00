/**
 * Markdown to Word paragraphs: paragraphs, emphasis, strong, strikethrough, code, links, line
 * breaks, bullet and numbered lists (nested), headings, quotes and tables. It reads markdown-it's
 * token stream with the settings of src/markdown/render.ts (raw HTML kept as text, safe links
 * only, images shown as their alt text), so Word shows what the web page shows.
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import MarkdownIt from 'markdown-it';
import { isSafeLinkUrl } from '../../markdown/safe-link.js';
import { BULLET_REFERENCE, NUMBERED_REFERENCE, type ListInstances } from './numbering.js';
import { TABLE_STYLE_ID } from './styles.js';

const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: true });
markdown.validateLink = isSafeLinkUrl;

type Token = ReturnType<typeof markdown.parse>[number];

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

interface InlineFormat {
  bold: boolean;
  italics: boolean;
  strike: boolean;
}

/** Inline tokens as Word runs; links become hyperlinks. */
function inlineChildren(tokens: readonly Token[], language?: string): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const format: InlineFormat = { bold: false, italics: false, strike: false };
  let link: { href: string; runs: TextRun[] } | null = null;
  const push = (run: TextRun) => {
    if (link) link.runs.push(run);
    else children.push(run);
  };
  const text = (value: string, extra: { font?: string } = {}) =>
    push(new TextRun({ text: value, bold: format.bold || undefined, italics: format.italics || undefined, strike: format.strike || undefined, style: link ? 'Hyperlink' : undefined, ...(language ? { language: { value: language } } : {}), ...extra }));
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        text(token.content);
        break;
      case 'code_inline':
        text(token.content, { font: 'Courier New' });
        break;
      case 'strong_open':
      case 'strong_close':
        format.bold = token.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        format.italics = token.type === 'em_open';
        break;
      case 's_open':
      case 's_close':
        format.strike = token.type === 's_open';
        break;
      case 'softbreak':
      case 'hardbreak':
        push(new TextRun({ break: 1 }));
        break;
      case 'link_open':
        link = { href: String(token.attrGet('href') ?? ''), runs: [] };
        break;
      case 'link_close':
        if (link) children.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
        link = null;
        break;
      case 'image':
        // Images are never loaded: their alt text stands in their place, as on the web page.
        text(markdown.renderer.renderInlineAsText(token.children ?? [], markdown.options, {}));
        break;
      default:
        if (token.content) text(token.content);
    }
  }
  return children;
}

/**
 * A short Markdown text (a list item) as runs, without paragraphs around it; `language` (a BCP 47
 * tag) marks the runs when the text is in another language than the document's.
 */
export function markdownInline(source: string, language?: string): ParagraphChild[] {
  const tokens = markdown.parseInline(source, {});
  return inlineChildren(tokens.flatMap((token) => token.children ?? []), language);
}

interface ListContext {
  reference: string;
  instance: number;
}

/** Blocks of a Markdown text as Word paragraphs and tables; headings start at `headingBase`; `language` as for `markdownInline`. */
export function markdownBlocks(source: string, headingBase: number, lists: ListInstances, language?: string): Array<Paragraph | Table> {
  const tokens = markdown.parse(source, {});
  const out: Array<Paragraph | Table> = [];
  const listStack: ListContext[] = [];
  let quoteDepth = 0;
  let itemStarted = false;
  let heading: number | null = null;

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    switch (token.type) {
      case 'heading_open':
        heading = Math.min(6, headingBase + Number(token.tag.slice(1)) - 1);
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listStack.push(
          token.type === 'bullet_list_open' ? { reference: BULLET_REFERENCE, instance: 0 } : { reference: NUMBERED_REFERENCE, instance: lists.next() },
        );
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        break;
      case 'list_item_open':
        itemStarted = true;
        break;
      case 'blockquote_open':
        quoteDepth += 1;
        break;
      case 'blockquote_close':
        quoteDepth -= 1;
        break;
      case 'inline': {
        const children = inlineChildren(token.children ?? [], language);
        const list = listStack.at(-1);
        const level = Math.max(0, listStack.length - 1);
        if (heading !== null) {
          out.push(new Paragraph({ heading: HEADING_LEVELS[heading - 1], children }));
        } else if (list && itemStarted) {
          out.push(
            new Paragraph({
              children,
              ...(list.reference === BULLET_REFERENCE
                ? { numbering: { reference: BULLET_REFERENCE, level } }
                : { numbering: { reference: NUMBERED_REFERENCE, level, instance: list.instance } }),
            }),
          );
          itemStarted = false;
        } else {
          const indent = list ? { left: 720 * listStack.length } : quoteDepth > 0 ? { left: 567 * quoteDepth } : undefined;
          out.push(new Paragraph({ children, indent }));
        }
        break;
      }
      case 'code_block':
      case 'fence':
        out.push(new Paragraph({ children: token.content.replace(/\n$/, '').split('\n').flatMap((line, lineIndex) => [...(lineIndex > 0 ? [new TextRun({ break: 1 })] : []), new TextRun({ text: line, font: 'Courier New', ...(language ? { language: { value: language } } : {}) })]) }));
        break;
      case 'hr':
        out.push(new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } }, children: [] }));
        break;
      case 'table_open': {
        const end = tokens.findIndex((candidate, position) => position > index && candidate.type === 'table_close');
        out.push(markdownTable(tokens.slice(index, end + 1), language));
        index = end;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function markdownTable(tokens: readonly Token[], language?: string): Table {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let header = false;
  for (const token of tokens) {
    if (token.type === 'thead_open') header = true;
    else if (token.type === 'thead_close') header = false;
    else if (token.type === 'tr_open') cells = [];
    else if (token.type === 'tr_close') rows.push(new TableRow({ children: cells, tableHeader: header || undefined }));
    else if (token.type === 'inline') cells.push(new TableCell({ children: [new Paragraph({ children: inlineChildren(token.children ?? [], language) })] }));
  }
  return new Table({ rows, style: TABLE_STYLE_ID, width: { size: 100, type: WidthType.PERCENTAGE } });
}
