import { Alert, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useCallback, useId, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { scoringApi, type ScoreChange } from './scoring-api.js';
import { ScoreEditor, ScoreText } from '../../ui/ScoreEditor.js';
import { scoreToInput, type ScoreForm } from '../../ui/score-input.js';
import { fieldId, type ScoringArea, type ScoringUnit } from './score-form.js';
import { useSaveErrorText } from './save-errors.js';
import { criterionFieldId, deviationFieldId, type CriterionView } from './criteria-form.js';
import { SubmittedCriteria } from './SubmittedCriteria.js';
import { followUpApi, type BaselineUnit } from '../follow-up/follow-up-api.js';
import { TakenOverMark } from '../follow-up/TakenOverMark.js';
import { UnitBaseline } from '../follow-up/UnitBaseline.js';

/** The parts of the own scoring panel: one unit's field, the summary of what is missing, progress and the read-only scores. */
export const scoreFieldId = (code: string) => fieldId('poang', code);
export const rationaleFieldId = (code: string) => fieldId('motivering', code);

/** Moves focus to a field (links of an error summary), since a link to an input only scrolls in some browsers; `fallback` when the field is not shown. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string, fallback?: string) {
  const field = document.getElementById(id) ?? (fallback ? document.getElementById(fallback) : null);
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

export type Missing = {
  unit: ScoringUnit;
  score: boolean;
  rationale: boolean;
  /** Criteria of the unit not assessed yet. */
  criteria?: readonly string[];
  /** The score departs from the criteria's proposal without a reason. */
  deviation?: boolean;
};

/** The links of one unit's entry in the summary: its score or rationale, each criterion not assessed, the deviation reason. */
function missingLinks({ unit, score, rationale, criteria = [], deviation = false }: Missing, t: ReturnType<typeof useTranslation>['t']) {
  const links: Array<{ key: string; target: string; fallback?: string; text: string }> = [];
  if (score || rationale) {
    const key = score && rationale ? 'scoring.missing.both' : score ? 'scoring.missing.score' : 'scoring.missing.rationale';
    links.push({ key: unit.code, target: score ? scoreFieldId(unit.code) : rationaleFieldId(unit.code), text: t(key, { code: unit.code, title: unit.title }) });
  }
  for (const code of criteria) links.push({ key: code, target: criterionFieldId(code), text: t('criteria.missing.criterion', { code, unit: unit.code, title: unit.title }) });
  if (deviation) {
    links.push({ key: `${unit.code}-deviation`, target: deviationFieldId(unit.code), fallback: scoreFieldId(unit.code), text: t('criteria.missing.deviation', { code: unit.code, title: unit.title }) });
  }
  return links;
}

export function MissingSummary({ missing, summaryRef }: { missing: Missing[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const onlyScores = missing.every((entry) => (entry.criteria ?? []).length === 0 && !entry.deviation);
  return (
    <Alert data-color="danger" ref={summaryRef} tabIndex={-1} className="scoring-missing" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {onlyScores ? t('scoring.missingHeading', { count: missing.length }) : t('criteria.missing.heading', { count: missing.length })}
      </Heading>
      <ul className="scoring-missing__list">
        {missing.flatMap((entry) =>
          missingLinks(entry, t).map(({ key, target, fallback, text }) => (
            <li key={key}>
              <a className="ds-link" href={`#${target}`} onClick={(event) => focusField(event, target, fallback)}>
                {text}
              </a>
            </li>
          )),
        )}
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
export function SubmittedScores({
  areas,
  forms,
  criteria = new Map(),
  values = new Map(),
}: {
  areas: readonly ScoringArea[];
  forms: ReadonlyMap<string, ScoreForm & { deviationReason?: string }>;
  /** Units with criteria: their criteria and the values given, shown under the score. */
  criteria?: ReadonlyMap<string, readonly CriterionView[]>;
  values?: ReadonlyMap<string, string | null>;
}) {
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
                  {criteria.has(unit.code) ? (
                    <SubmittedCriteria criteria={criteria.get(unit.code) ?? []} values={values} deviationReason={forms.get(unit.code)?.deviationReason ?? ''} />
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
