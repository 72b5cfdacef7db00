import { useTranslation } from '../../language/language-context.js';
import type { BaselineUnit } from './follow-up-api.js';
import { PreviousUnitScore } from './PreviousUnitScore.js';
import { TakeOverButton } from './TakeOverButton.js';

interface UnitBaselineProps {
  unit: BaselineUnit;
  /** Whether the evaluator has written a score or rationale (then taking over asks first). */
  written: boolean;
  /** Takes the previous score over as the evaluator's own; false when what is pending could not be saved first. */
  takeOver(): Promise<boolean>;
}

/** Beside a unit's own fields in a follow-up: the previous score(s) and rationale, and "start from the previous score". */
export function UnitBaseline({ unit, written, takeOver }: UnitBaselineProps) {
  const { t } = useTranslation();
  const code = unit.unitCode;
  return (
    <div className="follow-up-unit">
      <p className="follow-up-unit__heading">{t('followUp.unit.heading')}</p>
      <PreviousUnitScore unit={unit} />
      {unit.takeOver.ownScore ? (
        <TakeOverButton
          label={t('followUp.unit.takeOver')}
          name={t('followUp.unit.takeOverNamed', { code })}
          replaceQuestion={written ? t('followUp.unit.replaceQuestion', { code }) : null}
          takeOver={takeOver}
          done={t('followUp.unit.takenOverNotice', { code })}
          failed={t('followUp.unit.takeOverFailed', { code })}
          unsaved={t('followUp.unit.unsaved', { code })}
        />
      ) : null}
    </div>
  );
}
