/** Chapter 4, the overview of points: per area a table of sub-areas, then the areas and the total. */
import type { BuildContext } from './build-context.js';
import { formatShare, formatWhole } from './format.js';
import type { ReportBlock, ReportSection, ReportTable } from './model.js';

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

function areaTable(context: BuildContext, index: number): ReportTable | null {
  const { t, language } = context;
  const area = context.shown.areas[index];
  if (!area || area.subareas.length === 0) return null;
  const title = context.areaTitle(area.code);
  return {
    caption: t.overview.tableCaption(`${area.code} ${title}`),
    columns: columns(context, t.overview.subarea),
    rows: [
      ...area.subareas.map((subarea) => ({
        cells: [
          `${subarea.code} ${context.subareaTitle(subarea.code)}`,
          subarea.shown === null ? DASH : formatWhole(subarea.shown, language),
          formatWhole(subarea.max, language),
          subarea.percent === null ? DASH : formatShare(subarea.percent, language),
        ],
        total: false,
      })),
      {
        cells: [t.overview.areaTotal, formatWhole(area.shown, language), formatWhole(area.max, language), formatShare(area.percent, language)],
        total: true,
      },
    ],
  };
}

function totalTable(context: BuildContext): ReportTable {
  const { t, language, shown } = context;
  return {
    caption: t.overview.totalCaption,
    columns: columns(context, t.overview.area),
    rows: [
      ...shown.areas.map((area) => ({
        cells: [`${area.code} ${context.areaTitle(area.code)}`, formatWhole(area.shown, language), formatWhole(area.max, language), formatShare(area.percent, language)],
        total: false,
      })),
      { cells: [t.overview.total, formatWhole(shown.total, language), formatWhole(shown.max, language), formatShare(shown.percent, language)], total: true },
    ],
  };
}

export function overviewChapter(context: BuildContext): ReportSection {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: context.t.overview.intro }];
  context.shown.areas.forEach((_, index) => {
    const table = areaTable(context, index);
    if (table) blocks.push({ kind: 'table', table });
  });
  blocks.push({ kind: 'table', table: totalTable(context) });
  return { id: 'chapter-overview', number: '4', title: context.t.chapters.overview, pageBreak: true, blocks, sections: [] };
}
