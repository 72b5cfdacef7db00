/**
 * One chapter per area ("Område 3 Politisk styrning och kontroll"): introduction, the evaluated
 * sub-areas, analysis (per sub-area in one layout, one "Sammanfattande analys" in the other),
 * the score, strengths and improvement opportunities. The layouts differ in headings and in
 * whether lists are Markdown lists, HTML in table cells or two-column tables; the reader below
 * is a small state machine over classified lines that accepts all of them.
 */
import { cellItems, type Line } from './lines.js';
import { readNumber, type PrintedNumber } from './numbers.js';

/** A sub-area heading inside a chapter, as recognised by the caller (needs the framework). */
interface SubareaHeadingMatch {
  code: string;
  kind: 'title' | 'alias' | 'fuzzy';
}
export type SubareaHeadingMatcher = (areaCode: string, text: string) => SubareaHeadingMatch | null;

interface ChapterScore {
  /** "Poäng", or the year printed as the column header (annex tables compare years). */
  label: string;
  value: PrintedNumber;
  line: number;
}

interface SubareaSection {
  code: string;
  printed: string;
  kind: SubareaHeadingMatch['kind'];
  paragraphs: string[];
  line: number;
}

export interface Chapter {
  code: string;
  printedTitle: string;
  line: number;
  scores: ChapterScore[];
  evaluated: Array<{ name: string; line: number }>;
  introduction: string[];
  analysis: string[];
  subareaSections: SubareaSection[];
  strengths: string[];
  improvements: string[];
}

const AREA_HEADING = /^område\s+(\d{1,2})\s*[.:–—-]?\s*(.*)$/i;
const TOC_TAIL = /(?:\.{2,}|…|\s)\s*\d{1,3}$/;

/** Reads "Område N Title" from a line that can be a chapter heading (not a table row, not a table of contents entry). */
export function readAreaHeading(line: Line): { code: string; title: string } | null {
  if (line.blank || line.cells || line.bullet || line.text.length > 140) return null;
  const match = AREA_HEADING.exec(line.text);
  if (!match) return null;
  const title = (match[2] ?? '').replace(/\s*\.{2,}\s*$/, '').trim();
  if (title === '' || TOC_TAIL.test(line.text) || /[.!?]$/.test(title)) return null;
  // A sentence that happens to start with "Område 3 är …" is not a heading.
  if (/^(?:är|har|var|blev|fick|visar|ligger|och)\b/i.test(title)) return null;
  return { code: String(Number(match[1])), title };
}

const STRENGTHS = /^(?:styrkor|starka sidor|styrkeområden)$/;
const IMPROVEMENTS = /^(?:förbättringsområden|förbättringsmöjligheter|utvecklingsområden|utvecklingsmöjligheter|förbättringsförslag|förslag (?:på|till) förbättring(?:ar|sområden)?|områden att utveckla)$/;
const INTRO = /^(?:allmänt|inledning|bakgrund)$/;
const EVALUATED = /^(?:utvärderade|bedömda|granskade)? ?delområden$/;
const ANALYSIS = /^(?:sammanfattande analys|analys|vad har hänt|bedömning|iakttagelser|utvärderarnas (?:analys|bedömning))\b/;
const SCORE_LABEL = /^poäng(?:\s*:?\s*(\d{1,3}(?:[.,]\d{1,2})?))?$/;
const SCORE_TABLE_FIRST = /^(?:rubriker|delområden|utvärderade delområden|bedömda delområden)$/;
const SCORE_COLUMN = /^(?:poäng|\d{4})$/;
const MAX_AREA_POINTS = 10000;

function keyword(text: string): string {
  // Keywords are short headings or cells; a long text can never be one.
  if (text.length > 120) return '';
  // Line text is already whitespace-collapsed; only case and a trailing ":" or "." differ.
  let end = text.length;
  while (end > 0 && (text[end - 1] === ':' || text[end - 1] === '.' || text[end - 1] === ' ')) end -= 1;
  return (end === text.length ? text : text.slice(0, end)).toLowerCase().trim();
}

function listKind(key: string): 'strengths' | 'improvements' | null {
  if (STRENGTHS.test(key)) return 'strengths';
  if (IMPROVEMENTS.test(key)) return 'improvements';
  return null;
}

function isListHeading(text: string): 'strengths' | 'improvements' | null {
  return listKind(keyword(text));
}

function scoreValue(text: string): PrintedNumber | null {
  const value = readNumber(text);
  return value && value.value <= MAX_AREA_POINTS ? value : null;
}

/**
 * Adds a cell's items to a list. In PDF text a long item wraps onto the next row; a plain
 * fragment (no list markup) that starts in lower case continues the previous item.
 */
function appendItems(target: string[], items: readonly string[], rawCell: string): void {
  const marked = /<(?:li|p|br)\b|[•\u25cf\u25aa\uf0b7]/i.test(rawCell);
  items.forEach((item, position) => {
    if (!marked && position === 0 && target.length > 0 && /^\p{Ll}/u.test(item)) target[target.length - 1] = `${target[target.length - 1]} ${item}`;
    else target.push(item);
  });
}

type Section = 'intro' | 'evaluated' | 'analysis' | 'subarea' | 'strengths' | 'improvements' | 'scoreTable' | 'twoColumn' | 'none';

/** Reads one chapter; `lines[start]` is its heading, `end` is exclusive. */
export function parseChapter(
  lines: readonly Line[],
  start: number,
  end: number,
  heading: { code: string; title: string },
  matchSubareaHeading: SubareaHeadingMatcher | null,
): Chapter {
  const chapter: Chapter = {
    code: heading.code,
    printedTitle: heading.title,
    line: lines[start]?.no ?? 0,
    scores: [],
    evaluated: [],
    introduction: [],
    analysis: [],
    subareaSections: [],
    strengths: [],
    improvements: [],
  };
  let section: Section = 'none';
  let scoreColumns: string[] = [];
  let awaitingScore = false;
  let previousBlank = true;
  let lastListTarget: string[] | null = null;
  let paragraphTarget: string[] | null = null;
  let subarea: SubareaSection | null = null;
  let openParagraph = false;

  const addParagraph = (target: string[], text: string) => {
    if (openParagraph && !previousBlank && target.length > 0) {
      target[target.length - 1] = `${target[target.length - 1]} ${text}`;
    } else {
      target.push(text);
    }
    openParagraph = true;
  };
  const proseTarget = (): string[] => {
    if (section === 'intro') return chapter.introduction;
    if (section === 'subarea' && subarea) return subarea.paragraphs;
    return chapter.analysis;
  };

  for (let index = start + 1; index < end; index += 1) {
    const line = lines[index];
    if (!line) continue;
    if (line.blank) {
      previousBlank = true;
      continue;
    }
    // Keywords are short headings; long lines are prose and never need the lower-cased form.
    const key = line.text.length <= 120 ? keyword(line.text) : '';

    if (line.cells) {
      const nonEmpty = line.cells.filter((cell) => cell !== '');
      const first = keyword(line.cells[0] ?? '');
      // "Rubriker | Poäng" (or years): the next row lists the sub-areas and carries the score(s).
      if (SCORE_TABLE_FIRST.test(first) && line.cells.length > 1 && line.cells.slice(1).every((cell) => cell === '' || SCORE_COLUMN.test(keyword(cell)))) {
        scoreColumns = line.cells.slice(1).filter((cell) => cell !== '');
        section = 'scoreTable';
        previousBlank = false;
        continue;
      }
      if (nonEmpty.length === 1 && SCORE_LABEL.test(keyword(nonEmpty[0] ?? ''))) {
        const inline = SCORE_LABEL.exec(keyword(nonEmpty[0] ?? ''))?.[1];
        const value = inline ? scoreValue(inline) : null;
        if (value) chapter.scores.push({ label: 'Poäng', value, line: line.no });
        else awaitingScore = true;
        previousBlank = false;
        continue;
      }
      const lists = nonEmpty.map((cell) => isListHeading(cell));
      if (nonEmpty.length === 2 && lists[0] === 'strengths' && lists[1] === 'improvements') {
        section = 'twoColumn';
        previousBlank = false;
        continue;
      }
      if (awaitingScore && nonEmpty.length >= 1) {
        const value = scoreValue(nonEmpty[0] ?? '');
        if (value) {
          chapter.scores.push({ label: 'Poäng', value, line: line.no });
          awaitingScore = false;
          previousBlank = false;
          continue;
        }
      }
      if (section === 'scoreTable' && line.rawCells) {
        const [listCell, ...scoreCells] = line.rawCells;
        for (const name of cellItems(listCell ?? '')) {
          if (!scoreValue(name)) chapter.evaluated.push({ name, line: line.no });
        }
        const values = scoreCells.map((cell) => scoreValue(cellItems(cell).join(' ')));
        values.forEach((value, position) => {
          if (value) chapter.scores.push({ label: scoreColumns[position] ?? scoreColumns[0] ?? 'Poäng', value, line: line.no });
        });
        previousBlank = false;
        continue;
      }
      if (section === 'twoColumn' && line.rawCells) {
        const cells = line.rawCells.filter((cell, position) => position < 2 || cell.trim() !== '');
        appendItems(chapter.strengths, cellItems(cells[0] ?? ''), line.rawCells[0] ?? '');
        appendItems(chapter.improvements, cellItems(cells[1] ?? ''), line.rawCells[1] ?? '');
        previousBlank = false;
        continue;
      }
      // Any other table: keep its text as analysis so nothing is lost.
      addParagraph(proseTarget(), line.cells.filter((cell) => cell !== '').join(' – '));
      previousBlank = false;
      continue;
    }

    // Plain lines.
    const scoreLabel = SCORE_LABEL.exec(key);
    if (scoreLabel && !line.bullet) {
      const value = scoreLabel[1] ? scoreValue(scoreLabel[1]) : null;
      if (value) chapter.scores.push({ label: 'Poäng', value, line: line.no });
      else awaitingScore = true;
      previousBlank = false;
      openParagraph = false;
      continue;
    }
    if (awaitingScore) {
      const value = scoreValue(line.text);
      if (value) {
        chapter.scores.push({ label: 'Poäng', value, line: line.no });
        awaitingScore = false;
        previousBlank = false;
        continue;
      }
    }
    if (section === 'scoreTable' && chapter.scores.length > 0 && previousBlank) section = 'none';
    if (section === 'scoreTable') {
      // PDF text: the score table's cells arrive as lines; the score ends one of them.
      const tail = /^(.*?)\s+(\d{1,3}(?:[.,]\d{1,2})?)(?:\s+(\d{1,3}(?:[.,]\d{1,2})?))?$/.exec(line.text);
      const alone = scoreValue(line.text);
      if (alone) {
        chapter.scores.push({ label: scoreColumns[0] ?? 'Poäng', value: alone, line: line.no });
      } else if (tail && scoreValue(tail[2] ?? '') && chapter.scores.length === 0) {
        if (tail[1]) chapter.evaluated.push({ name: tail[1], line: line.no });
        const values = [tail[2], tail[3]].filter((value): value is string => value !== undefined).map((value) => scoreValue(value));
        values.forEach((value, position) => {
          if (value) chapter.scores.push({ label: scoreColumns[position] ?? 'Poäng', value, line: line.no });
        });
      } else if (line.bullet || line.text.length <= 120) {
        chapter.evaluated.push({ name: line.text, line: line.no });
      }
      previousBlank = false;
      continue;
    }

    const listHeading = !line.bullet && key !== '' ? listKind(key) : null;
    if (listHeading) {
      section = listHeading;
      lastListTarget = null;
      previousBlank = false;
      openParagraph = false;
      continue;
    }
    if (!line.bullet && line.text.length <= 120) {
      if (INTRO.test(key)) {
        section = 'intro';
        openParagraph = false;
        previousBlank = false;
        continue;
      }
      if (EVALUATED.test(key)) {
        section = 'evaluated';
        previousBlank = false;
        continue;
      }
      if (ANALYSIS.test(key) && (line.heading > 0 || line.bold || !/[.!]$/.test(line.text))) {
        section = 'analysis';
        subarea = null;
        openParagraph = false;
        previousBlank = false;
        continue;
      }
      if (matchSubareaHeading && !/[.!,;]$/.test(line.text) && line.text.length <= 100) {
        const match = matchSubareaHeading(chapter.code, line.text.replace(/^delområde\s+/i, ''));
        if (match) {
          subarea = { code: match.code, printed: line.text, kind: match.kind, paragraphs: [], line: line.no };
          chapter.subareaSections.push(subarea);
          section = 'subarea';
          openParagraph = false;
          previousBlank = false;
          continue;
        }
      }
    }

    if (line.bullet) {
      if (section === 'evaluated') chapter.evaluated.push({ name: line.text, line: line.no });
      else if (section === 'strengths' || section === 'twoColumn') (lastListTarget = chapter.strengths).push(line.text);
      else if (section === 'improvements') (lastListTarget = chapter.improvements).push(line.text);
      else proseTarget().push(`- ${line.text}`);
      openParagraph = false;
      previousBlank = false;
      continue;
    }

    // A wrapped list item (PDF): no blank line before it and it does not start a sentence.
    if (lastListTarget && lastListTarget.length > 0 && !previousBlank && /^\p{Ll}/u.test(line.text)) {
      lastListTarget[lastListTarget.length - 1] = `${lastListTarget[lastListTarget.length - 1]} ${line.text}`;
      continue;
    }
    if (section === 'strengths' || section === 'improvements' || section === 'evaluated' || section === 'twoColumn') {
      if (section === 'twoColumn') {
        appendItems(chapter.strengths, [line.text], line.text);
        previousBlank = false;
        continue;
      }
      // PDF text loses list bullets: under a list heading, short lines are the items.
      if (line.text.length <= 300 && section !== 'evaluated') {
        (lastListTarget = section === 'strengths' ? chapter.strengths : chapter.improvements).push(line.text);
        previousBlank = false;
        continue;
      }
      // Prose after a list ends the list.
      section = subarea ? 'subarea' : 'analysis';
      lastListTarget = null;
    }
    paragraphTarget = proseTarget();
    addParagraph(paragraphTarget, line.text);
    previousBlank = false;
  }
  return chapter;
}
