/**
 * The development chapter of a follow-up report ("Utveckling sedan förra utvärderingen"): the
 * points at the baseline and now, per area and (within one model version) per sub-area, with the
 * change; across model versions through the area map with its caveat. Then, for each improvement
 * opportunity the baseline named, the follow-up evaluators' judgement and comment, and — only when
 * the municipality's action plan is public — the actions linked to it with status and progress.
 */
import { localise } from '../domain/framework.js';
import { IMPROVEMENT_JUDGEMENTS, type ImprovementJudgement } from '../domain/action-plan-values.js';
import { plainTextToMarkdown } from '../markdown/escape.js';
import type { ReportBaseline, ReportImprovementReview, ReportPlanAction } from './baseline.js';
import { exactSectionNumber, writtenText, type BuildContext } from './build-context.js';
import { developmentFigures, type DevelopmentArea, type DevelopmentFigure, type DevelopmentFigures } from './development-figures.js';
import { formatChange, formatShare, formatWhole } from './format.js';
import type { ReportBlock, ReportSection, ReportTable } from './model.js';
import { shownScores } from './scores.js';

const DASH = '–';
/** The development chapter's number: after the areas, before the overview of points. */
export const DEVELOPMENT_CHAPTER = '4';

/** One improvement opportunity of the baseline, with what the follow-up knows of it. */
interface EarlierImprovement {
  areaCode: string;
  index: number;
  /** Its number in the baseline report's list of the area (empty items are not listed). */
  position: number;
  text: string;
  review: ReportImprovementReview | null;
  actions: ReportPlanAction[];
}

const key = (areaCode: string, index: number) => `${areaCode}\u0000${index}`;

function earlierImprovements(baseline: ReportBaseline): Map<string, EarlierImprovement[]> {
  const reviews = new Map(baseline.reviews.map((review) => [key(review.areaCode, review.index), review]));
  const actions = new Map<string, ReportPlanAction[]>();
  for (const action of baseline.actions ?? []) {
    const list = actions.get(key(action.areaCode, action.index)) ?? [];
    list.push(action);
    actions.set(key(action.areaCode, action.index), list);
  }
  return new Map(
    baseline.detail.areas.map((area) => {
      let position = 0;
      const items = area.improvements.flatMap((text, index): EarlierImprovement[] => {
        if (text.trim() === '') return [];
        position += 1;
        return [{ areaCode: area.code, index, position, text, review: reviews.get(key(area.code, index)) ?? null, actions: actions.get(key(area.code, index)) ?? [] }];
      });
      return [area.code, items];
    }),
  );
}

function yearOf(value: number | null): string {
  return value === null ? DASH : String(value);
}

function cells(context: BuildContext, figure: DevelopmentFigure): string[] {
  const { language } = context;
  const whole = (value: number | null) => (value === null ? DASH : formatWhole(value, language));
  return [whole(figure.previous), whole(figure.now), figure.change === null ? DASH : formatChange(figure.change, language)];
}

function figureColumns(context: BuildContext, first: string, extra: ReportTable['columns'] = []): ReportTable['columns'] {
  const { t } = context;
  const baseline = context.baseline as ReportBaseline;
  return [
    { label: first, numeric: false },
    ...extra,
    { label: t.development.columns.previous(yearOf(baseline.detail.year)), numeric: true },
    { label: t.development.columns.now(context.year ?? DASH), numeric: true },
    { label: t.development.columns.change, numeric: true },
  ];
}

/** The note of a table whose rows include rounded figures (and of an earlier total that is not the sum of its areas). */
function note(context: BuildContext, rows: readonly DevelopmentFigure[], totalIsNotSum = false): { note?: string } {
  const sentences: string[] = [];
  if (rows.some((row) => row.rounded)) sentences.push(context.t.development.rounded(context.shown.anyRounded ? exactSectionNumber(context) : null));
  if (totalIsNotSum) sentences.push(context.t.development.totalIsNotSum);
  return sentences.length > 0 ? { note: sentences.join(' ') } : {};
}

function previousAreaNames(context: BuildContext, codes: readonly string[]): string[] {
  const baseline = context.baseline as ReportBaseline;
  return codes.map((code) => {
    const area = baseline.framework.areas.find((candidate) => candidate.code === code);
    return context.t.development.previousArea(code, area ? localise(area.title, context.language) : code);
  });
}

function areaTable(context: BuildContext, figures: DevelopmentFigures): ReportTable {
  const { t } = context;
  const extra = figures.sameModel ? [] : [{ label: t.development.columns.previousArea, numeric: false }];
  return {
    caption: t.development.areaCaption,
    columns: figureColumns(context, t.development.columns.area, extra),
    rows: [
      ...figures.areas.map((area) => ({
        cells: [`${area.code} ${context.areaTitle(area.code)}`, ...(figures.sameModel ? [] : [area.mappedFrom.join(', ') || DASH]), ...cells(context, area)],
        total: false,
      })),
      { cells: [t.development.total, ...(figures.sameModel ? [] : ['']), ...cells(context, figures.total)], total: true },
    ],
    ...note(context, [...figures.areas, figures.total], figures.totalIsNotSum),
  };
}

function judgementTable(context: BuildContext, improvements: readonly EarlierImprovement[]): ReportTable {
  const { t, language } = context;
  const count = (judgement: ImprovementJudgement | null) =>
    formatWhole(improvements.filter((item) => (item.review?.judgement ?? null) === judgement).length, language);
  return {
    caption: t.development.judgementCaption,
    columns: [
      { label: t.development.judgementColumn, numeric: false },
      { label: t.development.countColumn, numeric: true },
    ],
    rows: [
      ...IMPROVEMENT_JUDGEMENTS.map((judgement) => ({ cells: [t.development.judgements[judgement], count(judgement)], total: false })),
      { cells: [t.development.notJudgedLabel, count(null)], total: false },
      { cells: [t.development.total, formatWhole(improvements.length, language)], total: true },
    ],
  };
}

function actionItem(context: BuildContext, action: ReportPlanAction): string {
  const { t, language } = context;
  const title = plainTextToMarkdown(action.title);
  const status = t.development.statuses[action.status];
  return action.status === 'dropped' && action.statusReason.trim() !== ''
    ? t.development.droppedAction(title, status, plainTextToMarkdown(action.statusReason))
    : t.development.action(title, status, plainTextToMarkdown(formatShare(action.progress, language)));
}

function improvementSection(context: BuildContext, area: DevelopmentArea, item: EarlierImprovement): ReportSection {
  const { t } = context;
  const baseline = context.baseline as ReportBaseline;
  const position = String(item.position);
  const title = item.areaCode === area.code ? t.development.improvementHeading(position) : t.development.improvementHeadingMapped(position, item.areaCode);
  const blocks: ReportBlock[] = [{ kind: 'markdown', markdown: item.text, ...writtenText(context) }];
  if (item.review) {
    blocks.push({ kind: 'paragraph', text: t.development.judgementSentence(t.development.judgements[item.review.judgement]) });
    if (item.review.comment.trim() !== '') blocks.push({ kind: 'markdown', markdown: plainTextToMarkdown(item.review.comment), ...writtenText(context) });
  } else {
    blocks.push({ kind: 'paragraph', text: t.development.notJudged });
  }
  if (baseline.actions !== null) {
    if (item.actions.length === 0) blocks.push({ kind: 'paragraph', text: t.development.noActions });
    else {
      blocks.push({ kind: 'paragraph', text: t.development.actionsIntro });
      blocks.push({ kind: 'list', style: 'bullet', items: item.actions.map((action) => actionItem(context, action)) });
    }
  }
  return {
    id: `development-area-${area.code}-improvement-${item.areaCode}-${item.position}`,
    number: null,
    title,
    pageBreak: false,
    blocks,
    sections: [],
  };
}

function areaSection(context: BuildContext, figures: DevelopmentFigures, area: DevelopmentArea, index: number, improvements: Map<string, EarlierImprovement[]>): ReportSection {
  const { t, language } = context;
  const blocks: ReportBlock[] = [];
  if (!figures.sameModel && area.mappedFrom.length > 0) {
    blocks.push({ kind: 'paragraph', text: t.development.mappedFrom(previousAreaNames(context, area.mappedFrom).join(', ')) });
  }
  if (area.previous === null) blocks.push({ kind: 'paragraph', text: t.development.noPrevious });
  else if (area.now === null) blocks.push({ kind: 'paragraph', text: t.development.notScoredNow });
  else blocks.push({ kind: 'paragraph', text: t.development.areaSentence(formatWhole(area.previous, language), formatWhole(area.now, language), formatChange(area.change ?? 0, language)) });
  if (area.subareas.length > 0) {
    const title = `${area.code} ${context.areaTitle(area.code)}`;
    blocks.push({
      kind: 'table',
      table: {
        caption: t.development.subareaCaption(title),
        columns: figureColumns(context, t.development.columns.subarea),
        rows: [
          ...area.subareas.map((subarea) => ({ cells: [`${subarea.code} ${context.subareaTitle(subarea.code)}`, ...cells(context, subarea)], total: false })),
          { cells: [t.development.areaTotal, ...cells(context, area)], total: true },
        ],
        ...note(context, [area, ...area.subareas]),
      },
    });
  }
  const earlier = area.mappedFrom.flatMap((code) => improvements.get(code) ?? []);
  if (earlier.length === 0) blocks.push({ kind: 'paragraph', text: t.development.noImprovements });
  return {
    id: `development-area-${area.code}`,
    number: `${DEVELOPMENT_CHAPTER}.${index + 1}`,
    title: t.area.areaHeading(area.code, context.areaTitle(area.code)),
    pageBreak: false,
    blocks,
    sections: earlier.map((item) => improvementSection(context, area, item)),
  };
}

/** The development chapter; null when the evaluation follows up no baseline. */
export function developmentChapter(context: BuildContext): ReportSection | null {
  const baseline = context.baseline;
  if (!baseline) return null;
  const { t, language } = context;
  const figures = developmentFigures(
    { framework: context.framework, shown: context.shown },
    { framework: baseline.framework, shown: shownScores(baseline.detail) },
    baseline.areaMaps,
  );
  const improvements = earlierImprovements(baseline);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.development.intro(baseline.detail.municipality.name, yearOf(baseline.detail.year), localise(baseline.framework.title, language)) },
  ];
  if (!figures.sameModel) {
    blocks.push({ kind: 'notice', tone: 'caveat', text: context.caveat });
    blocks.push({ kind: 'paragraph', text: t.development.mapped });
  }
  const total = figures.total;
  blocks.push({
    kind: 'paragraph',
    text: t.development.totalSentence(formatWhole(total.previous ?? 0, language), formatWhole(total.now ?? 0, language), formatChange(total.change ?? 0, language)),
  });
  blocks.push({ kind: 'table', table: areaTable(context, figures) });
  const all = [...improvements.values()].flat();
  if (all.length > 0) {
    blocks.push({ kind: 'paragraph', text: t.development.improvementsIntro });
    if (baseline.actions !== null) blocks.push({ kind: 'paragraph', text: t.development.planPublic });
    blocks.push({ kind: 'table', table: judgementTable(context, all) });
  }
  return {
    id: 'chapter-development',
    number: DEVELOPMENT_CHAPTER,
    title: t.development.heading,
    pageBreak: true,
    blocks,
    sections: figures.areas.map((area, index) => areaSection(context, figures, area, index, improvements)),
  };
}
