/**
 * Chapter 4 (5 in a follow-up), the overview of points: per area a table of sub-areas, then the areas and the
 * total; and, when any shown figure is rounded, the exact points as a last section (every table
 * with rounded figures says so once, in a note that points there).
 */
import { exactSectionNumber, overviewChapterNumber, roundedNote, type BuildContext } from './build-context.js';
import { formatExact, formatShare, formatWhole } from './format.js';
import type { ReportBlock, ReportSection, ReportTable } from './model.js';
import type { ShownFigure } from './scores.js';

const DASH = '–';
function columns(context: BuildContext, first: string): ReportTable['columns'] {
  const { t } = context;
  return [
    { label: first, numeric: false },
    { label: t.overview.achieved, numeric: true },
    { label: t.overview.max, numeric: true },
    { label: t.overview.percent, numeric: true },
  ];
}

function shownCells(context: BuildContext, label: string, figure: ShownFigure): string[] {
  const { language } = context;
  return [
    label,
    figure.shown === null ? DASH : formatWhole(figure.shown, language),
    formatWhole(figure.max, language),
    figure.percent === null ? DASH : formatShare(figure.percent, language),
  ];
}

function areaTable(context: BuildContext, index: number): ReportTable | null {
  const { t } = context;
  const area = context.shown.areas[index];
  if (!area || area.subareas.length === 0) return null;
  const title = context.areaTitle(area.code);
  return {
    caption: t.overview.tableCaption(`${area.code} ${title}`),
    columns: columns(context, t.overview.subarea),
    rows: [
      ...area.subareas.map((subarea) => ({ cells: shownCells(context, `${subarea.code} ${context.subareaTitle(subarea.code)}`, subarea), total: false })),
      { cells: shownCells(context, t.overview.areaTotal, area), total: true },
    ],
    ...roundedNote(context, [area, ...area.subareas]),
  };
}

function totalTable(context: BuildContext): ReportTable {
  const { t, shown } = context;
  return {
    caption: t.overview.totalCaption,
    columns: columns(context, t.overview.area),
    rows: [
      ...shown.areas.map((area) => ({ cells: shownCells(context, `${area.code} ${context.areaTitle(area.code)}`, area), total: false })),
      { cells: shownCells(context, t.overview.total, shown.total), total: true },
    ],
    ...roundedNote(context, [shown.total, ...shown.areas]),
  };
}

/** The exact points: per area its sub-areas and their exact sum, then the areas and the exact total. */
function exactSection(context: BuildContext): ReportSection {
  const { t, language, shown } = context;
  const exactColumns = (first: string): ReportTable['columns'] => [
    { label: first, numeric: false },
    { label: t.exact.score, numeric: true },
    { label: t.overview.max, numeric: true },
  ];
  const cells = (label: string, figure: ShownFigure) => [label, figure.exact === null ? DASH : formatExact(figure.exact, language), formatWhole(figure.max, language)];
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.exact.intro }];
  for (const area of shown.areas) {
    if (area.subareas.length === 0) continue;
    blocks.push({
      kind: 'table',
      table: {
        caption: t.exact.caption(`${area.code} ${context.areaTitle(area.code)}`),
        columns: exactColumns(t.overview.subarea),
        rows: [
          ...area.subareas.map((subarea) => ({ cells: cells(`${subarea.code} ${context.subareaTitle(subarea.code)}`, subarea), total: false })),
          { cells: cells(t.overview.areaTotal, area), total: true },
        ],
      },
    });
  }
  blocks.push({
    kind: 'table',
    table: {
      caption: t.exact.totalCaption,
      columns: exactColumns(t.overview.area),
      rows: [
        ...shown.areas.map((area) => ({ cells: cells(`${area.code} ${context.areaTitle(area.code)}`, area), total: false })),
        { cells: cells(t.overview.total, shown.total), total: true },
      ],
    },
  });
  return { id: 'overview-exact', number: exactSectionNumber(context), title: t.exact.heading, pageBreak: false, blocks, sections: [] };
}

export function overviewChapter(context: BuildContext): ReportSection {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: context.t.overview.intro }];
  context.shown.areas.forEach((_, index) => {
    const table = areaTable(context, index);
    if (table) blocks.push({ kind: 'table', table });
  });
  blocks.push({ kind: 'table', table: totalTable(context) });
  const sections = context.shown.anyRounded ? [exactSection(context)] : [];
  return { id: 'chapter-overview', number: overviewChapterNumber(context), title: context.t.chapters.overview, pageBreak: true, blocks, sections };
}
