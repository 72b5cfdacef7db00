/**
 * Where things are in a report: cover, front part (what Kommunkompassen is, the evaluation,
 * summary), area chapters, overview of points, and annexes with earlier evaluations.
 */
import { readAreaHeading } from './chapters.js';
import type { Line } from './lines.js';
import { isOverviewHeader } from './overview.js';
import { joinBrokenParagraphs } from './paragraphs.js';

export interface ChapterSpan {
  code: string;
  title: string;
  start: number;
  end: number;
}

interface AnnexSpan {
  start: number;
  end: number;
}

export interface Layout {
  coverEnd: number;
  /** End of the front part: the first area chapter (or the overview when there is no chapter). */
  frontEnd: number;
  mainEnd: number;
  chapters: ChapterSpan[];
  overviewStart: number | null;
  annexes: AnnexSpan[];
}

const TOC_TAIL = /(?:\.{2,}|…|\s)\s*\d{1,3}$/;
const ANNEX = /^(?:\d+\.?\s*)?bilag(?:a|or)\b/i;
const OVERVIEW_HEADING = /^(?:\d+\.?\s*)?(?:översikt|sammanställning) av (?:poäng|resultat)/i;
const CONTENTS = /^innehåll(?:sförteckning)?$/i;

function isHeadingCandidate(line: Line): boolean {
  return !line.blank && !line.cells && !line.bullet && line.text.length <= 120 && (!TOC_TAIL.test(line.text) || /^bilaga\s+\d+$/i.test(line.text));
}

/** Chapter spans between `from` and `to`: each runs to the next chapter, the overview or `to`. */
export function findChapters(lines: readonly Line[], from: number, to: number, stops: readonly number[]): ChapterSpan[] {
  const headings: Array<{ index: number; code: string; title: string }> = [];
  for (let index = from; index < to; index += 1) {
    const line = lines[index];
    if (!line) continue;
    const heading = readAreaHeading(line);
    if (heading) headings.push({ index, ...heading });
  }
  return headings.map((heading, position) => {
    const next = headings[position + 1]?.index ?? to;
    const stop = stops.find((candidate) => candidate > heading.index && candidate < next);
    return { code: heading.code, title: heading.title, start: heading.index, end: stop ?? next };
  });
}

/** Finds cover, chapters, overview and annexes. */
export function findLayout(lines: readonly Line[]): Layout {
  let firstChapter = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line && readAreaHeading(line)) {
      firstChapter = index;
      break;
    }
  }
  const overviewHeaders: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line && !line.blank && isOverviewHeader(line)) overviewHeaders.push(index);
  }

  const annexStarts: number[] = [];
  const searchFrom = firstChapter >= 0 ? firstChapter : (overviewHeaders[0] ?? lines.length);
  for (let index = searchFrom + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (line && isHeadingCandidate(line) && ANNEX.test(line.text) && line.text.length <= 80) annexStarts.push(index);
  }
  const mainEnd = annexStarts[0] ?? lines.length;

  let overviewStart: number | null = null;
  for (let index = Math.max(firstChapter, 0); index < mainEnd; index += 1) {
    const line = lines[index];
    if (line && isHeadingCandidate(line) && OVERVIEW_HEADING.test(line.text)) {
      overviewStart = index;
      break;
    }
  }
  const firstOverviewHeader = overviewHeaders.find((index) => index < mainEnd) ?? null;
  if (overviewStart === null) overviewStart = firstOverviewHeader;

  const stops = [...(overviewStart !== null ? [overviewStart] : []), ...overviewHeaders].sort((a, b) => a - b);
  const chapters = firstChapter >= 0 && firstChapter < mainEnd ? findChapters(lines, firstChapter, mainEnd, stops) : [];
  const frontEnd = chapters[0]?.start ?? overviewStart ?? mainEnd;

  let coverEnd = Math.min(frontEnd, 60);
  for (let index = 0; index < coverEnd; index += 1) {
    const line = lines[index];
    if (!line || line.blank) continue;
    if (line.cells || CONTENTS.test(line.text) || TOC_TAIL.test(line.text) || /^(?:#+\s*)?1\.?\s+vad är/i.test(line.text)) {
      coverEnd = index;
      break;
    }
  }

  const annexes = annexStarts.map((start, position) => ({ start, end: annexStarts[position + 1] ?? lines.length }));
  return { coverEnd, frontEnd, mainEnd, chapters, overviewStart, annexes };
}

/**
 * Prose between two line indexes as paragraphs: consecutive plain lines are joined (PDF text
 * wraps lines), blank lines, headings and list items separate paragraphs. Table rows are skipped.
 */
export function paragraphsOf(lines: readonly Line[], start: number, end: number): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (let index = start; index < end; index += 1) {
    const line = lines[index];
    if (!line || line.blank || line.cells) {
      open = false;
      continue;
    }
    if (line.heading > 0 || line.bullet || line.bold) {
      paragraphs.push(line.text);
      open = false;
      continue;
    }
    if (open && paragraphs.length > 0) paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${line.text}`;
    else paragraphs.push(line.text);
    open = true;
  }
  return paragraphs;
}

const SUMMARY_HEADING = /^(?:\d+\.?\s*)?sammanfattande kommentar(?:er)?\s*:?$/i;
const SECTION_HEADING = /^(?:\d+\.?\s*)?(?:detaljerad genomgång|jämförelser|sammanfattning av resultat|utvärderingen|vad är kommunkompassen|område\s+\d)/i;

/** Paragraphs under "Sammanfattande kommentar(er)" up to the next section heading. */
export function findSummaryComments(lines: readonly Line[], start: number, end: number): string[] {
  for (let index = start; index < end; index += 1) {
    const line = lines[index];
    if (!line || !isHeadingCandidate(line) || !SUMMARY_HEADING.test(line.text)) continue;
    let stop = end;
    for (let next = index + 1; next < end; next += 1) {
      const candidate = lines[next];
      if (!candidate || candidate.blank) continue;
      if ((candidate.heading > 0 && candidate.heading <= Math.max(line.heading, 3)) || (isHeadingCandidate(candidate) && SECTION_HEADING.test(candidate.text))) {
        stop = next;
        break;
      }
    }
    return joinBrokenParagraphs(paragraphsOf(lines, index + 1, stop));
  }
  return [];
}
