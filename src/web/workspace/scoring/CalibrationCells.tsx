import { formatDecimalString, type Language } from '../../../i18n/index.js';
import { useTranslation } from '../../language/language-context.js';
import { scoringApi, type CalibrationUnit, type CalibrationView } from './scoring-api.js';
import { ScoreEditor, ScoreText } from '../../ui/ScoreEditor.js';
import { scoreHundredths, scoreToInput, type ScoreForm } from '../../ui/score-input.js';
import { fieldId, type ScoringUnit } from './score-form.js';
import { useSaveErrorText } from './save-errors.js';

/** The cells of the calibration table: figures, the difference in words and the agreed score's field. */

type Evaluator = CalibrationView['evaluators'][number];

export const decimalText = (value: string | null, language: Language) => (value === null ? '–' : formatDecimalString(value, language));

/** One evaluator's individual score and rationale of a unit (the caller's own or, once revealed, another's). */
export function individualOf(unit: CalibrationUnit, evaluator: Evaluator, userId: string | null) {
  if (evaluator.id === userId) return unit.own;
  return unit.others.find((other) => other.evaluatorId === evaluator.id) ?? null;
}

interface AgreedFieldProps {
  evaluationId: string;
  unit: ScoringUnit;
  step: string;
  agreed: CalibrationUnit['agreed'];
  editable: boolean;
  onChange(code: string, value: ScoreForm): void;
  onSaved(): void;
}

/** The agreed score and rationale of one unit, autosaved; a stale write shows both versions. */
export function AgreedField({ evaluationId, unit, step, agreed, editable, onChange, onSaved }: AgreedFieldProps) {
  const { t, language } = useTranslation();
  const describeError = useSaveErrorText();
  const initial = { value: { score: scoreToInput(agreed?.score ?? null, language), rationale: agreed?.rationale ?? '' }, version: agreed?.version ?? 0 };
  if (!editable) return <ScoreText value={initial.value} max={unit.max} />;
  const needsScore = (value: ScoreForm) => scoreHundredths(value.score) === null && value.score.trim() === '' && value.rationale.trim() !== '';
  return (
    <div className="agreed-field">
      <ScoreEditor
        unit={unit}
        step={step}
        initial={initial}
        save={async (change) => {
          const saved = await scoringApi.saveAgreedScore(evaluationId, unit.code, { ...change, rationale: change.score === null ? '' : change.rationale });
          onSaved();
          return saved;
        }}
        ids={{ score: fieldId('overenskommen', unit.code), rationale: fieldId('overenskommen-motivering', unit.code) }}
        labels={{
          score: t('scoring.calibration.agreedScore', { code: unit.code, max: unit.max }),
          rationale: t('scoring.calibration.agreedRationale', { code: unit.code }),
          conflictTitle: t('scoring.calibration.conflictTitle', { code: unit.code }),
          mergedRationale: t('scoring.calibration.mergedRationale', { code: unit.code }),
        }}
        problemOf={(value) => (needsScore(value) ? t('scoring.calibration.needScore') : undefined)}
        onChange={onChange}
        describeError={describeError}
      />
    </div>
  );
}

export function DifferenceText({ difference }: { difference: string | null }) {
  const { t } = useTranslation();
  if (difference === null) return <span className="muted">{t('scoring.calibration.noDifference')}</span>;
  const apart = scoreHundredths(difference) !== 0;
  return (
    <span className={apart ? 'calibration-diff calibration-diff--apart' : 'calibration-diff'}>
      {apart ? t('scoring.calibration.differs', { points: Number(difference) }) : t('scoring.calibration.same')}
    </span>
  );
}

export function SpreadSummary({ summary }: { summary: { meanAbsoluteDifference: string | null; maxDifference: string | null } }) {
  const { language, t } = useTranslation();
  return (
    <>
      {t('scoring.calibration.spread', {
        mean: decimalText(summary.meanAbsoluteDifference, language),
        max: decimalText(summary.maxDifference, language),
      })}
    </>
  );
}
