import { formatDecimal } from '../../domain/decimal.js';
import { localise, type Framework, type Language } from '../../domain/framework.js';
import type { AreaFigure, ComparedArea } from '../../domain/previous-comparison.js';
import type { Transition, TransitionCheck, WorkflowFacts } from '../../domain/workflow.js';
import type { CommentRow, PresenceRow } from './repository.js';
import type { CommentView, Overview, TransitionList } from '../../contract/workflow.js';

export function presentComment(row: CommentRow): CommentView {
  return {
    id: row.id,
    unitCode: row.unitCode,
    author: { id: row.authorId, name: row.authorName, organisation: row.authorOrganisation },
    body: row.body,
    status: row.status,
    answer: row.answer,
    answeredBy: row.answeredById ? { id: row.answeredById, name: row.answeredByName ?? '' } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentTransition({ transition, check }: { transition: Transition; check: TransitionCheck }, facts: WorkflowFacts): TransitionList['items'][number] {
  const reason = check.ok ? null : { code: check.reason, message: check.message };
  return {
    to: transition.to,
    reopen: transition.reopen,
    allowed: check.ok,
    reason,
    missingUnits: reason?.code === 'missing-scores' ? [...facts.unitsWithoutAgreedScore] : [],
    openComments: reason?.code === 'open-comments' ? facts.openComments : 0,
  };
}

export const presentPresence = (rows: readonly PresenceRow[]) => ({
  others: rows.map((row) => ({ userId: row.userId, name: row.name, section: row.section, seenAt: row.seenAt.toISOString() })),
});

const figure = (value: AreaFigure | null) => (value ? { score: formatDecimal(value.score), shown: value.shown } : null);

export interface PreviousEvaluation {
  id: string;
  year: number | null;
  framework: Framework;
}

export function presentPrevious(
  previous: PreviousEvaluation,
  current: Framework,
  areas: readonly ComparedArea[],
  caveat: string,
  language: Language,
): NonNullable<Overview['previous']> {
  const sameFramework = previous.framework.id === current.id;
  return {
    id: previous.id,
    year: previous.year,
    frameworkId: previous.framework.id,
    sameFramework,
    caveat: sameFramework ? null : caveat,
    areas: areas.map((area) => {
      const definition = current.areas.find((candidate) => candidate.code === area.code);
      return {
        code: area.code,
        title: definition ? localise(definition.title, language) : area.code,
        current: figure(area.current),
        previous: figure(area.previous),
        difference: area.difference,
        mappedFrom: area.mappedFrom,
      };
    }),
  };
}
