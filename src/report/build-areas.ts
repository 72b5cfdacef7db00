/** Chapter 3: one section per area with its texts, score and sub-area chart. */
import { subareaBarsChart } from '../charts/index.js';
import { plainTextToMarkdown } from '../markdown/escape.js';
import { chartBlock, roundedNote, tableNote, writtenText, type BuildContext } from './build-context.js';
import { formatShare, formatWhole } from './format.js';
import { goodExampleItems } from './good-examples.js';
import type { ReportBlock, ReportSection } from './model.js';
import { textAnchor } from '../domain/text-anchors.js';

type DetailArea = BuildContext['detail']['areas'][number];

function subsection(id: string, title: string, blocks: ReportBlock[], sections: ReportSection[] = []): ReportSection {
  return { id, number: null, title, pageBreak: false, blocks, sections };
}

function listOrNone(context: BuildContext, items: readonly string[], style: 'bullet' | 'numbered', anchor: (position: number) => string): ReportBlock {
  const written = items.filter((item) => item.trim() !== '');
  return written.length > 0
    ? { kind: 'list', style, items: written, itemAnchors: written.map((_, index) => anchor(index + 1)), ...writtenText(context) }
    : { kind: 'paragraph', text: context.t.area.none };
}

function analysisSection(context: BuildContext, area: DetailArea, id: string): ReportSection | null {
  const blocks: ReportBlock[] = area.analysis?.trim()
    ? [{ kind: 'markdown', markdown: area.analysis, anchor: textAnchor({ kind: 'area-analysis', areaCode: area.code }), ...writtenText(context) }]
    : [];
  const perSubarea = area.subareas
    .filter((subarea) => subarea.analysis?.trim())
    .map((subarea) =>
      subsection(`${id}-${subarea.code.replace('.', '-')}`, `${subarea.code} ${context.subareaTitle(subarea.code)}`, [
        { kind: 'markdown', markdown: subarea.analysis ?? '', anchor: textAnchor({ kind: 'subarea-analysis', unitCode: subarea.code }), ...writtenText(context) },
      ]),
    );
  if (blocks.length === 0 && perSubarea.length === 0) return null;
  return subsection(`${id}-analysis`, context.t.area.analysis, blocks, perSubarea);
}

function areaSection(context: BuildContext, area: DetailArea, index: number): ReportSection {
  const { t, language } = context;
  const shown = context.shown.areas[index];
  const id = `area-${area.code}`;
  const title = context.areaTitle(area.code);
  const blocks: ReportBlock[] = area.introduction?.trim()
    ? [{ kind: 'markdown', markdown: area.introduction, anchor: textAnchor({ kind: 'area-introduction', areaCode: area.code }), ...writtenText(context) }]
    : [];
  const sections: ReportSection[] = [];

  if (area.subareas.length > 0) {
    const items = area.subareas.map((subarea) =>
      plainTextToMarkdown(`${subarea.code} ${context.subareaTitle(subarea.code)} (${t.area.maxPoints(formatWhole(subarea.max, language))})`),
    );
    sections.push(subsection(`${id}-subareas`, t.area.subareas, [{ kind: 'list', style: 'bullet', items }]));
  }
  const analysis = analysisSection(context, area, id);
  if (analysis) sections.push(analysis);

  const scoreBlocks: ReportBlock[] = [
    {
      kind: 'score',
      label: t.area.score,
      value: t.area.scoreValue(formatWhole(shown?.shown ?? 0, language), formatWhole(shown?.max ?? area.max, language), formatShare(shown?.percent ?? 0, language)),
    },
  ];
  if (shown && shown.subareas.length > 0) {
    const chart = subareaBarsChart(
      {
        title: t.area.subareaChartTitle(title),
        area: { code: area.code, title },
        subareas: shown.subareas.map((subarea) => ({ code: subarea.code, label: context.subareaTitle(subarea.code), max: subarea.max, value: subarea.shown })),
        ...tableNote(roundedNote(context, [shown, ...shown.subareas])),
      },
      language,
    );
    scoreBlocks.push(chartBlock(context, chart));
  }
  sections.push(subsection(`${id}-score`, t.area.score, scoreBlocks));
  sections.push(subsection(`${id}-strengths`, t.area.strengths, [listOrNone(context, area.strengths, 'numbered', (position) => textAnchor({ kind: 'strength', areaCode: area.code, position }))]));
  sections.push(subsection(`${id}-improvements`, t.area.improvements, [listOrNone(context, area.improvements, 'numbered', (position) => textAnchor({ kind: 'improvement', areaCode: area.code, position }))]));
  const goodExamples = goodExampleItems(area.goodExamples, language);
  if (goodExamples.length > 0) {
    sections.push(subsection(`${id}-good-examples`, t.area.goodExamples, [
        {
          kind: 'list',
          style: 'bullet',
          items: goodExamples,
          itemAnchors: goodExamples.map((_, index) => textAnchor({ kind: 'good-example', areaCode: area.code, position: index + 1 })),
          ...writtenText(context),
        },
      ]));
  }
  return { id, number: `3.${index + 1}`, title: t.area.areaHeading(area.code, title), pageBreak: index > 0, blocks, sections };
}

export function areasChapter(context: BuildContext): ReportSection {
  return {
    id: 'chapter-areas',
    number: '3',
    title: context.t.chapters.areas,
    pageBreak: true,
    blocks: [],
    sections: context.detail.areas.map((area, index) => areaSection(context, area, index)),
  };
}
