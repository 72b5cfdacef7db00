/**
 * The statistics' answer from the snapshot's evaluations: the models with data, the chosen
 * model's distribution and rank classes, every municipality's latest evaluation, and trends.
 * Every figure comes from src/domain/statistics and src/domain/display-figures.ts.
 */
import type { StatisticsResponse } from '../../contract/statistics.js';
import type { GroupMember } from '../../domain/comparison/group-comparison.js';
import type { PopulationClass } from '../../domain/comparison/peer-groups.js';
import { showRange } from '../../domain/display-figures.js';
import { frameworkMax, localise, type Catalogue, type Framework, type Language } from '../../domain/framework.js';
import type { Country } from '../../domain/municipality.js';
import { evaluationRowFigures } from '../../domain/statistics/evaluation-figures.js';
import { modelDistribution, type FigureDistribution } from '../../domain/statistics/distribution.js';
import { rankClassesOf } from '../../domain/statistics/rank-classes.js';
import { crossVersionSeries, modelTrend, type TrendEvaluation } from '../../domain/statistics/trends.js';
import { compareText } from '../../i18n/format.js';
import { translate } from '../../i18n/translate.js';
import type { MunicipalityRow, PublishedRow } from './repository.js';

/** A published evaluation of the snapshot with what the statistics need of it. */
export interface StatisticsEvaluation {
  row: PublishedRow;
  framework: Framework;
  municipality: MunicipalityRow;
  /** Its exact sums when complete; null when a scoring unit has no score. */
  member: GroupMember | null;
  /** As of its year. */
  population: number | null;
  group: string | null;
  /** True when it passes the query's filters (decided on its own facts). */
  matches: boolean;
}

export interface StatisticsInput {
  country: Country;
  language: Language;
  catalogue: Pick<Catalogue, 'areaMaps' | 'caveat' | 'frameworks'>;
  /** The model asked for; null: the newest with data. */
  chosenModel: string | null;
  filters: { county: { id: string; name: string } | null; group: string | null; populationClass: PopulationClass | null };
  classes: readonly PopulationClass[];
  /** Grouped by municipality, newest first within it. */
  evaluations: readonly StatisticsEvaluation[];
  newestFirst: (a: Framework, b: Framework) => number;
}

const classOf = (entry: PopulationClass) => ({ id: entry.id, min: entry.min, max: entry.max });

/** Each municipality's latest complete evaluation of a model, and the incomplete ones newer than it (or all, without one). */
function latestCompleteOf(evaluations: readonly StatisticsEvaluation[], frameworkId: string) {
  const members: StatisticsEvaluation[] = [];
  const incomplete: StatisticsEvaluation[] = [];
  const done = new Set<string>();
  for (const evaluation of evaluations) {
    if (evaluation.framework.id !== frameworkId || done.has(evaluation.municipality.id)) continue;
    if (evaluation.member) {
      done.add(evaluation.municipality.id);
      if (evaluation.matches) members.push(evaluation);
    } else if (evaluation.matches) incomplete.push(evaluation);
  }
  return { members, incomplete: incomplete.length };
}

function presentFigure(code: string, title: string, max: number, figure: FigureDistribution) {
  return { code, title, max, n: figure.n, exact: figure.exact, shown: figure.shown, rounded: figure.rounded };
}

export function presentStatistics(input: StatisticsInput): StatisticsResponse {
  const { evaluations, language } = input;
  const matching = evaluations.filter((evaluation) => evaluation.matches);

  // Models with published evaluations within the filters, newest first; their evaluations as trends take them.
  const frameworks = new Map<string, Framework>();
  const trendInputs = new Map<string, TrendEvaluation[]>();
  for (const evaluation of matching) {
    frameworks.set(evaluation.framework.id, evaluation.framework);
    const list = trendInputs.get(evaluation.framework.id) ?? [];
    list.push({ year: evaluation.row.year, scores: evaluation.member ? { total: evaluation.member.total, areas: evaluation.member.areas } : null });
    trendInputs.set(evaluation.framework.id, list);
  }
  const ordered = [...frameworks.values()].sort(input.newestFirst);
  const selections = new Map(ordered.map((framework) => [framework.id, latestCompleteOf(evaluations, framework.id)]));
  const models = ordered.map((framework) => ({
    id: framework.id,
    title: localise(framework.title, language),
    n: selections.get(framework.id)!.members.length,
    evaluations: trendInputs.get(framework.id)!.length,
    max: frameworkMax(framework),
    areas: framework.areas.map((area) => ({ code: area.code, title: localise(area.title, language), max: area.max })),
  }));

  // The chosen model's distribution and rank classes.
  const chosen = input.chosenModel ?? ordered[0]?.id ?? null;
  // A model asked for without data here has an empty distribution.
  const framework = chosen === null ? null : (input.catalogue.frameworks.get(chosen) ?? null);
  let distribution: StatisticsResponse['distribution'] = null;
  let rankClassOf: (evaluationId: string) => number | null = () => null;
  if (framework) {
    const selection = selections.get(framework.id) ?? latestCompleteOf(evaluations, framework.id);
    const members = selection.members.map((evaluation) => evaluation.member!);
    const figures = modelDistribution(
      members.map((member) => member.total),
      framework.areas.map((area) => members.map((member) => member.areas.get(area.code) ?? 0)),
    );
    const classes = rankClassesOf(members.map((member) => member.total));
    const totals = new Map(members.map((member) => [member.id, member.total]));
    rankClassOf = (id) => {
      const total = totals.get(id);
      return total === undefined ? null : classes.classOf(total);
    };
    distribution = {
      frameworkId: framework.id,
      n: members.length,
      incomplete: selection.incomplete,
      total: presentFigure('total', translate(language, 'evaluation.total'), frameworkMax(framework), figures.total),
      areas: framework.areas.map((area, index) => presentFigure(area.code, localise(area.title, language), area.max, figures.areas[index]!)),
      totalIsNotSum: figures.totalIsNotSum,
      classes: classes.ranges.map((range) => {
        const shown = range.min === null || range.max === null ? null : showRange(range.min, range.max);
        return {
          rankClass: range.rankClass,
          n: range.n,
          min: range.min === null ? null : range.min / 100,
          max: range.max === null ? null : range.max / 100,
          shownMin: shown?.min ?? null,
          shownMax: shown?.max ?? null,
        };
      }),
    };
  }

  // Every municipality's latest published evaluation (of any model), within the filters.
  const seen = new Set<string>();
  const latest: StatisticsResponse['latest'] = [];
  for (const evaluation of evaluations) {
    if (seen.has(evaluation.municipality.id)) continue;
    seen.add(evaluation.municipality.id);
    if (!evaluation.matches) continue;
    const { municipality, framework, row } = evaluation;
    const figures = evaluationRowFigures(framework, row.scores);
    const { total } = figures;
    latest.push({
      municipality: {
        id: municipality.id,
        name: municipality.name,
        shortName: municipality.shortName,
        countyId: municipality.countyId,
        countyName: municipality.countyName,
        group: evaluation.group,
        population: evaluation.population,
      },
      evaluationId: row.id,
      year: row.year,
      frameworkId: framework.id,
      complete: evaluation.member !== null,
      total: { exact: total.exact / 100, shown: total.shown, max: total.max, percent: total.percent, rounded: total.rounded },
      areas: figures.areas.map((area) => ({
        code: area.code,
        exact: area.exact / 100,
        shown: area.shown,
        max: area.max,
        percent: area.percent,
        rounded: area.rounded,
        complete: area.complete,
      })),
      rankClass: evaluation.member && framework.id === chosen ? rankClassOf(row.id) : null,
    });
  }
  latest.sort((a, b) => compareText(a.municipality.name, b.municipality.name, language) || (a.municipality.id < b.municipality.id ? -1 : 1));

  // Trends: per model and year, every complete evaluation within the filters.
  const trendInput = (frameworkId: string): TrendEvaluation[] => trendInputs.get(frameworkId) ?? [];
  const byModel = ordered.map((framework) => ({ frameworkId: framework.id, ...modelTrend(trendInput(framework.id), framework.areas.map((area) => area.code)) }));

  // The newest model's areas across versions, through the area map.
  const target = ordered[0];
  let crossVersion: StatisticsResponse['trends']['crossVersion'] = null;
  if (target && ordered.length > 1) {
    const series = crossVersionSeries(
      target,
      ordered.map((framework) => ({ framework, evaluations: trendInput(framework.id) })),
      input.catalogue.areaMaps,
    );
    if (series.some((area) => area.points.some((point) => point.frameworkId !== target.id))) {
      crossVersion = {
        frameworkId: target.id,
        caveat: localise(input.catalogue.caveat, language),
        note: translate(language, 'comparison.crossVersionPercent'),
        areas: series.map((area) => ({
          code: area.code,
          title: localise(target.areas.find((entry) => entry.code === area.code)!.title, language),
          points: area.points,
        })),
      };
    }
  }

  return {
    country: input.country,
    filters: {
      county: input.filters.county,
      group: input.filters.group,
      populationClass: input.filters.populationClass ? classOf(input.filters.populationClass) : null,
    },
    models,
    model: chosen,
    populationClasses: input.classes.map(classOf),
    distribution,
    latest,
    trends: { byModel, crossVersion },
    caveat: crossVersion ? crossVersion.caveat : null,
  };
}
