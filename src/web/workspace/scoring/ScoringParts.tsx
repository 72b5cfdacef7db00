import { Alert, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useId, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { scoringApi } from './scoring-api.js';
import { ScoreEditor, ScoreText } from '../../ui/ScoreEditor.js';
import type { ScoreForm } from '../../ui/score-input.js';
import { fieldId, type ScoringArea, type ScoringUnit } from './score-form.js';
import { useSaveErrorText } from './save-errors.js';

/** The parts of the own scoring panel: one unit's field, the summary of what is missing, progress and the read-only scores. */
export const scoreFieldId = (code: string) => fieldId('poang', code);
export const rationaleFieldId = (code: string) => fieldId('motivering', code);

/** Moves focus to a field (links of an error summary), since a link to an input only scrolls in some browsers. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

interface UnitFieldProps {
  evaluationId: string;
  unit: ScoringUnit;
  step: string;
  initial: { value: ScoreForm; version: number };
  onChange(code: string, value: ScoreForm): void;
  register(code: string, settle: (() => Promise<boolean>) | null): void;
}

/** One unit's own score and rationale, autosaved. */
export function UnitField({ evaluationId, unit, step, initial, onChange, register }: UnitFieldProps) {
  const { t } = useTranslation();
  const describeError = useSaveErrorText();
  return (
    <Fieldset className="score-unit" data-unit={unit.code}>
      <Fieldset.Legend className="score-unit__legend">{`${unit.code} ${unit.title}`}</Fieldset.Legend>
      <ScoreEditor
        unit={unit}
        step={step}
        initial={initial}
        save={(change) => scoringApi.saveMyScore(evaluationId, unit.code, change)}
        ids={{ score: scoreFieldId(unit.code), rationale: rationaleFieldId(unit.code) }}
        labels={{
          score: t('scoring.score', { max: unit.max }),
          rationale: t('scoring.rationale'),
          conflictTitle: t('scoring.conflictTitle', { code: unit.code }),
          mergedRationale: t('scoring.mergedRationale'),
        }}
        onChange={onChange}
        register={register}
        describeError={describeError}
      />
    </Fieldset>
  );
}

export type Missing = { unit: ScoringUnit; score: boolean; rationale: boolean };

export function MissingSummary({ missing, summaryRef }: { missing: Missing[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Alert data-color="danger" ref={summaryRef} tabIndex={-1} className="scoring-missing" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('scoring.missingHeading', { count: missing.length })}
      </Heading>
      <ul className="scoring-missing__list">
        {missing.map(({ unit, score, rationale }) => {
          const target = score ? scoreFieldId(unit.code) : rationaleFieldId(unit.code);
          const key = score && rationale ? 'scoring.missing.both' : score ? 'scoring.missing.score' : 'scoring.missing.rationale';
          return (
            <li key={unit.code}>
              <a className="ds-link" href={`#${target}`} onClick={(event) => focusField(event, target)}>
                {t(key, { code: unit.code, title: unit.title })}
              </a>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

export function Progress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="scoring-progress">
      <p id={id} className="scoring-progress__text">
        {t('scoring.progress', { done, total })}
      </p>
      <progress className="scoring-progress__bar" max={total} value={done} aria-labelledby={id} />
    </div>
  );
}

/** The read-only scores after submitting (or when the status no longer allows changes). */
export function SubmittedScores({ areas, forms }: { areas: readonly ScoringArea[]; forms: ReadonlyMap<string, ScoreForm> }) {
  const { t } = useTranslation();
  return (
    <>
      {areas.map((area) => (
        <section key={area.code} className="scoring-area" aria-labelledby={fieldId('omrade', area.code)}>
          <Heading level={3} data-size="xs" id={fieldId('omrade', area.code)}>
            {t('scoring.areaHeading', { code: area.code, title: area.title })}
          </Heading>
          <dl className="scoring-readonly">
            {area.units.map((unit) => (
              <div key={unit.code} className="scoring-readonly__unit">
                <dt>{`${unit.code} ${unit.title}`}</dt>
                <dd>
                  <ScoreText value={forms.get(unit.code) ?? { score: '', rationale: '' }} max={unit.max} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
