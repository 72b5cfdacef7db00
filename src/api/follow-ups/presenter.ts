import { isOverdue } from '../../domain/action-plan.js';
import { formatDecimal } from '../../domain/decimal.js';
import { asTextLayout } from '../../domain/evaluation-texts.js';
import {
  areaTextTakeOver,
  linkAreas,
  linkUnits,
  ownScoreTakeOver,
  subareaTextTakeOver,
  type PreviousAreaText,
  type PreviousScore,
} from '../../domain/follow-up.js';
import { caveatBetween, localise, type Catalogue, type Framework, type Language } from '../../domain/framework.js';
import { presentEvaluationSummary } from '../evaluations/presenter.js';
import type { EvaluationListRow } from '../evaluations/repository.js';
import { unitTitles } from '../scoring/presenter.js';
import type { AreaTextRow, SubareaTextRow } from '../texts/repository.js';
import type { ImprovementActionRow, ImprovementReviewRow } from './repository.js';
import type { Baseline, ImprovementReview } from '../../contract/follow-ups.js';

export function presentImprovementReview(row: ImprovementReviewRow): ImprovementReview {
  return { areaCode: row.areaCode, index: row.improvementIndex, judgement: row.judgement, comment: row.comment, version: row.version };
}

/** The baseline's area texts as the take-over rules read them. */
export function previousAreaTexts(rows: readonly AreaTextRow[]): Map<string, PreviousAreaText> {
  return new Map(
    rows.map((row) => [row.areaCode, { layout: asTextLayout(row.layout), analysis: row.analysis, strengths: row.strengths, improvements: row.improvements }]),
  );
}

/** The baseline's sub-area analyses by unit code. */
export const previousAnalyses = (rows: readonly SubareaTextRow[]): Map<string, string> => new Map(rows.map((row) => [row.unitCode, row.analysis]));

export interface BaselineInput {
  catalogue: Catalogue;
  language: Language;
  /** The follow-up's framework. */
  framework: Framework;
  /** The baseline as a list row (names, total) and its framework. */
  baseline: EvaluationListRow;
  baselineFramework: Framework;
  scores: ReadonlyMap<string, PreviousScore>;
  areaTexts: readonly AreaTextRow[];
  subareaTexts: readonly SubareaTextRow[];
  reviews: readonly ImprovementReviewRow[];
  /** The plan's actions answering improvement opportunities; null when the plan is not shared (or there is none). */
  actions: readonly ImprovementActionRow[] | null;
  /** The server's date (ISO), for the overdue flag. */
  today: string;
}

/**
 * A follow-up's baseline: per unit and per area of the follow-up, the baseline's corresponding
 * scores and texts (through the area map when the model changed, with its caveat), each earlier
 * improvement opportunity with its judgement and, when the plan is shared, its actions.
 */
export function presentBaseline(input: BaselineInput): Baseline {
  const { catalogue, language, framework, baselineFramework } = input;
  const sameModel = framework.id === baselineFramework.id;
  const titles = unitTitles(baselineFramework, language);
  const analyses = previousAnalyses(input.subareaTexts);
  const texts = previousAreaTexts(input.areaTexts);
  const reviews = new Map(input.reviews.map((row) => [`${row.areaCode}/${row.improvementIndex}`, row]));
  const actionsOf = (areaCode: string, index: number) =>
    (input.actions ?? [])
      .filter((action) => action.areaCode === areaCode && action.improvementIndex === index)
      .map((action) => ({
        id: action.id,
        title: action.title,
        status: action.status,
        progress: action.progress,
        dueDate: action.dueDate,
        overdue: isOverdue(action, input.today),
        statusReason: action.statusReason,
      }));
  const areaTitle = (code: string) => {
    const area = baselineFramework.areas.find((candidate) => candidate.code === code);
    return area ? localise(area.title, language) : code;
  };
  const summary = presentEvaluationSummary(input.baseline, baselineFramework, language);
  return {
    evaluation: {
      id: input.baseline.id,
      municipality: { id: summary.municipality.id, country: summary.municipality.country, code: summary.municipality.code, name: summary.municipality.name },
      frameworkId: baselineFramework.id,
      frameworkTitle: localise(baselineFramework.title, language),
      reportDate: input.baseline.reportDate,
      total: summary.total,
    },
    sameModel,
    caveat: sameModel ? null : localise(caveatBetween(catalogue, framework.id, baselineFramework.id), language),
    planShared: input.actions !== null,
    units: linkUnits(framework, baselineFramework, catalogue.areaMaps).map((link) => ({
      unitCode: link.unitCode,
      areaCode: link.areaCode,
      mapping: link.mapping,
      previous: link.previous.map((unit) => {
        const score = input.scores.get(unit.code);
        return {
          unitCode: unit.code,
          areaCode: unit.areaCode,
          title: titles.get(unit.code) ?? unit.code,
          score: score ? formatDecimal(score.score) : null,
          max: unit.max,
          rationale: score?.rationale ?? '',
          analysis: analyses.get(unit.code) ?? null,
        };
      }),
      takeOver: { ownScore: ownScoreTakeOver(link, input.scores) !== null, subareaText: subareaTextTakeOver(link, analyses) !== null },
    })),
    areas: linkAreas(framework, baselineFramework, catalogue.areaMaps).map((link) => ({
      areaCode: link.areaCode,
      mapping: link.mapping,
      previous: link.previous.map((code) => {
        const text = texts.get(code);
        return {
          areaCode: code,
          title: areaTitle(code),
          analysis: text?.analysis ?? null,
          strengths: [...(text?.strengths ?? [])],
          improvements: (text?.improvements ?? []).map((improvement, index) => {
            const review = reviews.get(`${code}/${index}`);
            return {
              index,
              text: improvement,
              actions: actionsOf(code, index),
              review: review ? { judgement: review.judgement, comment: review.comment, version: review.version } : null,
            };
          }),
        };
      }),
      takeOverText: areaTextTakeOver(link, texts) !== null,
    })),
  };
}
