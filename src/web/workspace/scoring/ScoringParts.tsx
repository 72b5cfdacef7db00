import { Alert, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useCallback, useId, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { scoringApi, type ScoreChange } from './scoring-api.js';
import { ScoreEditor, ScoreText } from '../../ui/ScoreEditor.js';
import { scoreToInput, type ScoreForm } from '../../ui/score-input.js';
import { fieldId, type ScoringArea, type ScoringUnit } from './score-form.js';
import { useSaveErrorText } from './save-errors.js';
import { followUpApi, type BaselineUnit } from '../follow-up/follow-up-api.js';
import { TakenOverMark } from '../follow-up/TakenOverMark.js';
import { UnitBaseline } from '../follow-up/UnitBaseline.js';

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

const isWritten = (value: ScoreForm) => value.score.trim() !== '' || value.rationale.trim() !== '';

interface UnitFieldProps {
  evaluationId: string;
  unit: ScoringUnit;
  step: string;
  initial: { value: ScoreForm; version: number; takenOver: boolean };
  onChange(code: string, value: ScoreForm): void;
  register(code: string, settle: (() => Promise<boolean>) | null): void;
  /** In a follow-up: the unit at the previous evaluation, beside the evaluator's own fields. */
  baseline?: BaselineUnit;
}

/**
 * One unit's own score and rationale, autosaved. In a follow-up the previous score stands beside
 * them with "start from the previous score", and a taken-over score is marked until edited.
 */
export function UnitField({ evaluationId, unit, step, initial, onChange, register, baseline }: UnitFieldProps) {
  const { t, language } = useTranslation();
  const describeError = useSaveErrorText();
  // The editor starts from `start`; a take-over starts it again from what the server wrote.
  const [start, setStart] = useState({ initial: { value: initial.value, version: initial.version }, epoch: 0 });
  const [takenOver, setTakenOver] = useState(initial.takenOver);
  const [written, setWritten] = useState(isWritten(initial.value));
  const version = useRef(initial.version);
  const settleRef = useRef<(() => Promise<boolean>) | null>(null);
  const registerOwn = useCallback(
    (code: string, settle: (() => Promise<boolean>) | null) => {
      settleRef.current = settle;
      register(code, settle);
    },
    [register],
  );
  const track = useCallback(
    (code: string, value: ScoreForm) => {
      setWritten(isWritten(value));
      onChange(code, value);
    },
    [onChange],
  );
  const save = async (change: ScoreChange) => {
    const saved = await scoringApi.saveMyScore(evaluationId, unit.code, change);
    version.current = saved.version;
    setTakenOver(saved.takenOver);
    return saved;
  };
  const takeOver = async (): Promise<boolean> => {
    if (settleRef.current && !(await settleRef.current())) return false;
    const saved = await followUpApi.takeOverScore(evaluationId, unit.code, version.current);
    const value = { score: scoreToInput(saved.score, language), rationale: saved.rationale };
    version.current = saved.version;
    setWritten(isWritten(value));
    setStart((current) => ({ initial: { value, version: saved.version }, epoch: current.epoch + 1 }));
    setTakenOver(saved.takenOver);
    onChange(unit.code, value);
    return true;
  };
  const unitClass = baseline ? 'score-unit score-unit--follow-up' : 'score-unit';
  return (
    <Fieldset className={unitClass} data-unit={unit.code}>
      <Fieldset.Legend className="score-unit__legend">{`${unit.code} ${unit.title}`}</Fieldset.Legend>
      <div className="score-unit__columns">
        {baseline ? <UnitBaseline unit={baseline} written={written} takeOver={takeOver} /> : null}
        <div className="score-unit__own">
          {takenOver ? <TakenOverMark /> : null}
          <ScoreEditor
            key={start.epoch}
            unit={unit}
            step={step}
            initial={start.initial}
            save={save}
            ids={{ score: scoreFieldId(unit.code), rationale: rationaleFieldId(unit.code) }}
            labels={{
              score: t('scoring.score', { max: unit.max }),
              rationale: t('scoring.rationale'),
              conflictTitle: t('scoring.conflictTitle', { code: unit.code }),
              mergedRationale: t('scoring.mergedRationale'),
            }}
            onChange={track}
            register={registerOwn}
            describeError={describeError}
          />
        </div>
      </div>
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

/** How many of `total` are done, in words (the units scored unless `text` says otherwise) and as a bar. */
export function Progress({ done, total, text }: { done: number; total: number; text?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="scoring-progress">
      <p id={id} className="scoring-progress__text">
        {text ?? t('scoring.progress', { done, total })}
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
