/**
 * Turns the HTML that mammoth makes of a Word document into the report text form the parser
 * reads: headings as Markdown, paragraphs as lines, lists as "- " lines, and tables as
 * tab-separated rows whose cells keep their paragraphs and list items as `<p>`/`<li>` fragments
 * (exactly how converted reports carry multi-item cells).
 */
import { decodeEntities } from './html-fragments.js';

interface CellState {
  blocks: string[];
  current: string;
  inList: boolean;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeCell(text: string): string {
  return text.replace(/</g, '&lt;').replace(/\t/g, ' ');
}

/** Converts mammoth's HTML (a flat, well-formed subset) to report text. */
export function htmlToReportText(html: string): string {
  const out: string[] = [];
  let text = '';
  let heading = 0;
  let listDepth = 0;
  let inListItem = false;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: CellState | null = null;

  const flushBlock = () => {
    const value = clean(text);
    text = '';
    if (value === '') return;
    if (cell) {
      cell.blocks.push(cell.inList ? `<li>${escapeCell(value)}</li>` : value);
      return;
    }
    if (heading > 0) out.push('', `${'#'.repeat(heading)} ${value}`, '');
    else if (inListItem) out.push(`- ${value}`);
    else out.push(value, '');
  };

  for (const token of html.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (token[0] !== '<') {
      text += decodeEntities(token);
      continue;
    }
    const tag = /^<\s*(\/)?\s*([a-z0-9]+)/i.exec(token);
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        flushBlock();
        heading = closing ? 0 : Number(name[1]);
        break;
      case 'p':
        flushBlock();
        break;
      case 'br':
        text += cell ? ' ' : '\n';
        break;
      case 'ul':
      case 'ol':
        flushBlock();
        listDepth += closing ? -1 : 1;
        if (cell) cell.inList = listDepth > 0;
        break;
      case 'li':
        flushBlock();
        inListItem = !closing || listDepth > 1;
        break;
      case 'table':
        flushBlock();
        tableDepth += closing ? -1 : 1;
        if (!closing) out.push('');
        else out.push('');
        break;
      case 'tr':
        if (tableDepth > 1) break;
        if (!closing) row = [];
        else if (row) {
          if (row.some((value) => value !== '')) out.push(row.join('\t'));
          row = null;
        }
        break;
      case 'td':
      case 'th':
        if (tableDepth > 1) break;
        if (!closing) {
          cell = { blocks: [], current: '', inList: false };
        } else if (cell) {
          flushBlock();
          const blocks = cell.blocks;
          const items = blocks.filter((block) => block.startsWith('<li>'));
          let value: string;
          if (blocks.length <= 1) value = (blocks[0] ?? '').replace(/^<li>(.*)<\/li>$/, '$1');
          else if (items.length === blocks.length) value = `<ul>${blocks.join('')}</ul>`;
          else value = blocks.map((block) => (block.startsWith('<li>') ? block : `<p>${escapeCell(block)}</p>`)).join(' ');
          row?.push(value);
          cell = null;
        }
        break;
      default:
        break;
    }
  }
  flushBlock();
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
