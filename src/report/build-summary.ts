/** Chapter 2, the summary: the evaluation, the result, the comparisons and the summary comments. */
import { textAnchor } from '../domain/text-anchors.js';
import { totalAndAreasChart } from '../charts/index.js';
import { plainTextToMarkdown } from '../markdown/escape.js';
import { historySection, nationalSection, peerSection } from './build-comparisons.js';
import { chartBlock, roundedNote, tableNote, writtenText, type BuildContext } from './build-context.js';
import { formatDate, formatDatePeriod, formatShare, formatWhole } from './format.js';
import type { ReportBlock, ReportSection } from './model.js';

function evaluationSection(context: BuildContext): ReportSection {
  const { t, language, detail, municipality } = context;
  const sentences: string[] = [];
  const period = formatDatePeriod(detail.fieldworkStart, detail.fieldworkEnd, language) ?? (detail.reportDate ? formatDate(detail.reportDate, language) : null);
  if (period) sentences.push(t.summary.evaluatedWhen(municipality, period));
  const ordinal = detail.statedOrdinal ?? detail.position;
  sentences.push(t.summary.ordinalSentence(municipality, t.summary.ordinalWord(ordinal)));
  if (detail.interviewees !== null) sentences.push(t.summary.intervieweesSentence(formatWhole(detail.interviewees, language)));
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: sentences.join(' ') }];
  if (detail.sources.length > 0) {
    blocks.push({ kind: 'paragraph', text: t.summary.sourcesIntro });
    blocks.push({ kind: 'list', style: 'bullet', items: detail.sources.map(plainTextToMarkdown), ...writtenText(context) });
  }
  return { id: 'summary-evaluation', number: '2.1', title: t.summary.evaluation, pageBreak: false, blocks, sections: [] };
}

function resultSection(context: BuildContext): ReportSection {
  const { t, language, shown, municipality } = context;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: t.summary.resultSentence(municipality, formatWhole(shown.total.shown, language), formatWhole(shown.total.max, language), formatShare(shown.total.percent, language)),
    },
  ];
  if (!shown.complete) blocks.push({ kind: 'notice', tone: 'warning', text: t.summary.incomplete });
  const chart = totalAndAreasChart(
    {
      title: t.summary.result,
      areas: context.categories.map((category, index) => ({ ...category, value: shown.areas[index]?.shown ?? null })),
      total: { value: shown.total.shown, max: shown.total.max },
      ...tableNote(roundedNote(context, [shown.total, ...shown.areas])),
    },
    language,
  );
  blocks.push(chartBlock(context, chart));
  return { id: 'summary-result', number: '2.2', title: t.summary.result, pageBreak: false, blocks, sections: [] };
}

export function summaryChapter(context: BuildContext): ReportSection {
  const { t, options, detail } = context;
  const sections: ReportSection[] = [evaluationSection(context), resultSection(context)];
  const next = () => `2.${sections.length + 1}`;
  if (options.include.national) sections.push(nationalSection(context, next()));
  if (options.include.history) {
    const history = historySection(context, next());
    if (history) sections.push(history);
  }
  if (options.include.peer) {
    const peer = peerSection(context, next());
    if (peer) sections.push(peer);
  }
  if (detail.summaryComments?.trim()) {
    sections.push({ id: 'summary-comments', number: next(), title: t.summary.comments, pageBreak: false, blocks: [{ kind: 'markdown', markdown: detail.summaryComments, anchor: textAnchor({ kind: 'summary' }), ...writtenText(context) }], sections: [] });
  }
  return { id: 'chapter-summary', number: '2', title: t.chapters.summary, pageBreak: true, blocks: [], sections };
}
