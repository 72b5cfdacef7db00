/**
 * The criteria annex: for a model version with criteria, per area and per sub-area with criteria,
 * the agreed assessment of each criterion grouped as met / partly met / not met / not applicable
 * (a level scale groups by its level's points and shows the level's label), the sub-area's score,
 * the score its agreed criteria propose and, when the score departs from it, the reason. Pure.
 */
import { NOT_APPLICABLE, proposeScore, shareOf, type Proposal } from '../domain/criteria.js';
import { parseDecimal } from '../domain/decimal.js';
import { criteriaOf, localise, type Criterion, type Subarea } from '../domain/framework.js';
import { plainTextToMarkdown } from '../markdown/escape.js';
import { writtenText, type BuildContext } from './build-context.js';
import { formatExact, formatWhole } from './format.js';
import type { ReportBlock, ReportSection } from './model.js';

/** The agreed criteria and the agreed scores' deviation reasons of one evaluation, as stored. */
export interface ReportCriteria {
  agreed: ReadonlyArray<{ criterionCode: string; value: string | null }>;
  /** By unit code; absent or '' when the agreed score does not depart from its proposal. */
  deviationReasons: Readonly<Record<string, string>>;
}

export const CRITERIA_GROUPS = ['met', 'partly', 'notMet', 'notApplicable', 'notAssessed'] as const;
export type CriteriaGroup = (typeof CRITERIA_GROUPS)[number];

/**
 * Where an agreed value puts a criterion: the met scale by its value; a level scale by its level's
 * share of the top level's points (all of them met, none not met, between partly met); "na" not
 * applicable; no value, or one the scale does not know, not assessed.
 */
export function criterionGroup(criterion: Criterion, value: string | null | undefined): CriteriaGroup {
  if (value === null || value === undefined) return 'notAssessed';
  if (value === NOT_APPLICABLE) return 'notApplicable';
  const share = shareOf(criterion.scale, value);
  if (share === null) return 'notAssessed';
  return share >= 1 ? 'met' : share <= 0 ? 'notMet' : 'partly';
}

const slug = (code: string) => code.replace(/\./g, '-');

function criterionItem(context: BuildContext, criterion: Criterion, value: string | null | undefined, showWeight: boolean): string {
  const { t, language } = context;
  const details: string[] = [];
  if (criterion.scale.kind === 'levels' && value) {
    const level = criterion.scale.levels.find((candidate) => candidate.code === value);
    if (level) details.push(t.criteria.level(localise(level.label, language)));
  }
  if (showWeight) details.push(t.criteria.weight(formatWhole(criterion.weight, language)));
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  return plainTextToMarkdown(`${criterion.code} ${localise(criterion.text, language)}${suffix}`);
}

function proposalText(context: BuildContext, proposal: Proposal): string {
  const { t, language } = context;
  switch (proposal.kind) {
    case 'proposed':
      return t.criteria.proposalValue(formatExact(proposal.score, language));
    case 'incomplete':
      return t.criteria.proposalIncomplete(formatWhole(proposal.assessed, language), formatWhole(proposal.total, language));
    case 'not-applicable':
    case 'none':
      return t.criteria.proposalNotApplicable;
  }
}

function subareaSection(context: BuildContext, subarea: Subarea, values: ReadonlyMap<string, string | null>, deviationReasons: ReportCriteria['deviationReasons']): ReportSection {
  const { t, language } = context;
  const criteria = criteriaOf(subarea);
  const id = `criteria-annex-${slug(subarea.code)}`;
  const byCode = Object.fromEntries(criteria.map((criterion) => [criterion.code, values.get(criterion.code) ?? undefined]));
  const step = parseDecimal(context.framework.scoreStep) ?? 1;
  const proposal = proposeScore(subarea, byCode, step);
  const detailScore = context.detail.areas.flatMap((area) => area.subareas).find((unit) => unit.code === subarea.code)?.score ?? null;
  const score = detailScore === null ? null : parseDecimal(detailScore);
  const max = formatWhole(subarea.max ?? 0, language);
  const blocks: ReportBlock[] = [
    {
      kind: 'facts',
      facts: [
        { label: t.criteria.score, value: score === null ? t.criteria.notScored : t.criteria.scoreValue(formatExact(score, language), max) },
        { label: t.criteria.proposal, value: proposalText(context, proposal) },
      ],
    },
  ];
  const reason = deviationReasons[subarea.code]?.trim() ?? '';
  if (reason !== '') {
    blocks.push({ kind: 'paragraph', text: `${t.criteria.deviationReason}:` });
    blocks.push({ kind: 'markdown', markdown: reason, ...writtenText(context) });
  }
  const showWeight = new Set(criteria.map((criterion) => criterion.weight)).size > 1;
  const groups = CRITERIA_GROUPS.map((group) => ({
    group,
    criteria: criteria.filter((criterion) => criterionGroup(criterion, values.get(criterion.code)) === group),
  })).filter((entry) => entry.criteria.length > 0);
  const sections = groups.map(({ group, criteria: inGroup }) => ({
    id: `${id}-${group}`,
    number: null,
    title: t.criteria.groupHeading(t.criteria.groups[group], formatWhole(inGroup.length, language)),
    pageBreak: false,
    blocks: [{ kind: 'list', style: 'bullet', items: inGroup.map((criterion) => criterionItem(context, criterion, values.get(criterion.code), showWeight)) } satisfies ReportBlock],
    sections: [],
  }));
  return { id, number: null, title: `${subarea.code} ${context.subareaTitle(subarea.code)}`, pageBreak: false, blocks, sections };
}

/**
 * The annex, or null when the model version has no criteria. Areas without a sub-area with
 * criteria are left out.
 */
export function criteriaAnnex(context: BuildContext, criteria: ReportCriteria): ReportSection | null {
  const { t, framework } = context;
  const values = new Map(criteria.agreed.map((entry) => [entry.criterionCode, entry.value]));
  const sections: ReportSection[] = framework.areas.flatMap((area) => {
    const withCriteria = area.subareas.filter((subarea) => criteriaOf(subarea).length > 0 && subarea.max !== undefined);
    if (withCriteria.length === 0) return [];
    return [
      {
        id: `criteria-annex-area-${area.code}`,
        number: null,
        title: t.area.areaHeading(area.code, context.areaTitle(area.code)),
        pageBreak: false,
        blocks: [],
        sections: withCriteria.map((subarea) => subareaSection(context, subarea, values, criteria.deviationReasons)),
      },
    ];
  });
  if (sections.length === 0) return null;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.criteria.intro(context.frameworkTitle) }];
  if (framework.example) blocks.push({ kind: 'notice', tone: 'warning', text: t.criteria.example });
  return { id: 'criteria-annex', number: null, title: t.criteria.heading, pageBreak: true, blocks, sections };
}
