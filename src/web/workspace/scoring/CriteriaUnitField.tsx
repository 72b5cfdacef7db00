import { Fieldset, Heading } from '@digdir/designsystemet-react';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Versioned } from '../../autosave/autosave-controller.js';
import { useTranslation } from '../../language/language-context.js';
import type { Evidence } from '../evidence/evidence-api.js';
import { proposalOf, assessedCount, deviationFieldId, type CriterionView } from './criteria-form.js';
import { CriterionField, type AssessmentForm } from './CriterionField.js';
import { DeviationScoreEditor, type DeviationForm, type FollowedScore } from './DeviationScoreEditor.js';
import { ProposalLine } from './ProposalLine.js';
import { rationaleFieldId, scoreFieldId } from './ScoringParts.js';
import type { ScoringUnit } from './score-form.js';
import { scoringApi } from './scoring-api.js';
import { useSaveErrorText } from './save-errors.js';

interface CriteriaUnitFieldProps {
  evaluationId: string;
  unit: ScoringUnit;
  criteria: readonly CriterionView[];
  step: string;
  initial: Versioned<DeviationForm>;
  /** The caller's saved assessments of the unit's criteria, by criterion code. */
  assessments: ReadonlyMap<string, Versioned<AssessmentForm>>;
  /** The values chosen now, by criterion code (the parent keeps them for progress and submitting). */
  values: ReadonlyMap<string, string | null>;
  evidence: readonly Evidence[];
  onChange(code: string, value: DeviationForm): void;
  onCriterion(code: string, value: string | null): void;
  register(code: string, settle: (() => Promise<boolean>) | null): void;
}

/**
 * A sub-area scored by its criteria: each criterion assessed on its scale (with a note and
 * evidence), the proposed score live ("x of y assessed" until complete), and the own score, which
 * follows the proposal unless the evaluator departs from it and says why.
 */
export function CriteriaUnitField({ evaluationId, unit, criteria, step, initial, assessments, values, evidence, onChange, onCriterion, register }: CriteriaUnitFieldProps) {
  const { t } = useTranslation();
  const describeError = useSaveErrorText();
  const headingId = useId();
  const [followed, setFollowed] = useState<FollowedScore | null>(null);
  const latestFollowed = useRef(0);
  const proposal = useMemo(() => proposalOf(unit.max, criteria, values, step), [unit.max, criteria, values, step]);
  const onAssessment = useCallback((code: string, value: AssessmentForm) => onCriterion(code, value.value), [onCriterion]);
  const onFollowed = useCallback((score: FollowedScore) => {
    if (score.version <= latestFollowed.current) return;
    latestFollowed.current = score.version;
    setFollowed(score);
  }, []);
  return (
    <Fieldset className="score-unit score-unit--criteria" data-unit={unit.code}>
      <Fieldset.Legend className="score-unit__legend">{`${unit.code} ${unit.title}`}</Fieldset.Legend>
      <section className="criteria-list" aria-labelledby={headingId}>
        <Heading level={4} data-size="2xs" id={headingId}>
          {t('criteria.listHeading', { code: unit.code, count: criteria.length })}
        </Heading>
        {criteria.map((criterion) => (
          <CriterionField
            key={criterion.code}
            evaluationId={evaluationId}
            criterion={criterion}
            unitCode={unit.code}
            initial={assessments.get(criterion.code) ?? { value: { value: null, note: '', evidenceIds: [] }, version: 0 }}
            evidence={evidence}
            onChange={onAssessment}
            onFollowed={onFollowed}
            register={register}
          />
        ))}
      </section>
      <ProposalLine proposal={proposal} max={unit.max} assessed={assessedCount(criteria, values)} total={criteria.length} unitCode={unit.code} />
      <div className="score-unit__own">
        <DeviationScoreEditor
          unit={unit}
          step={step}
          initial={initial}
          proposal={proposal}
          followed={followed}
          save={(change) => scoringApi.saveMyScore(evaluationId, unit.code, change)}
          ids={{ score: scoreFieldId(unit.code), rationale: rationaleFieldId(unit.code), deviation: deviationFieldId(unit.code) }}
          labels={{
            score: t('scoring.score', { max: unit.max }),
            rationale: t('scoring.rationale'),
            deviation: t('criteria.deviation.label', { code: unit.code }),
            conflictTitle: t('scoring.conflictTitle', { code: unit.code }),
            mergedRationale: t('scoring.mergedRationale'),
          }}
          onChange={onChange}
          register={register}
          describeError={describeError}
        />
      </div>
    </Fieldset>
  );
}
