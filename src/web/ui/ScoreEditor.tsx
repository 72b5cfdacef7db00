import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { formatDecimalString, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import type { Versioned } from '../autosave/autosave-controller.js';
import { SaveFeedback } from '../autosave/SaveFeedback.js';
import { useVersionedSave } from '../autosave/use-versioned-save.js';
import { Markdown } from './Markdown.js';
import { useTranslation } from '../language/language-context.js';
import { sameScoreForm, scoreProblem, scoreToInput, scoreToSend, type ScoreForm, type ScoreProblem } from './score-input.js';
import { useContentLanguage } from '../language/content-language.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A typed score's problem as a sentence for the field. */
function scoreProblemText(problem: ScoreProblem | null, t: Translate, language: Language): string | undefined {
  if (!problem) return undefined;
  if (problem.kind === 'notNumber') return t('scoring.error.notNumber');
  if (problem.kind === 'tooHigh') return t('scoring.error.tooHigh', { max: problem.max });
  return t('scoring.error.step', { step: formatDecimalString(problem.step, language) });
}

interface ScoreFieldsProps {
  /** Ids of the two fields (error summaries link to them). */
  scoreId: string;
  rationaleId: string;
  scoreLabel: string;
  rationaleLabel: string;
  max: number;
  step: string;
  value: ScoreForm;
  onChange(value: ScoreForm): void;
  /** Called when a field loses focus (autosave saves at once). */
  onBlur(): void;
  /** A further problem of the rationale (e.g. it needs a score first). */
  rationaleError?: string;
}

/**
 * A score (decimal comma allowed, the max shown, problems explained at the field) and its
 * rationale in Markdown, with a preview that can be switched on and off.
 */
export function ScoreFields({ scoreId, rationaleId, scoreLabel, rationaleLabel, max, step, value, onChange, onBlur, rationaleError }: ScoreFieldsProps) {
  const contentLanguage = useContentLanguage();
  const { t, language } = useTranslation();
  const [preview, setPreview] = useState(false);
  const problem = scoreProblemText(scoreProblem(value.score, max, step), t, language);
  return (
    <div className="score-fields">
      <Textfield
        className="score-fields__score"
        id={scoreId}
        label={scoreLabel}
        description={t('scoring.scoreHint', { max })}
        inputMode="decimal"
        size={6}
        autoComplete="off"
        value={value.score}
        error={problem}
        onChange={(event) => onChange({ ...value, score: event.target.value })}
        onBlur={onBlur}
      />
      <Textfield
        className="score-fields__rationale"
        multiline
        rows={4}
        id={rationaleId}
        label={rationaleLabel}
        description={t('scoring.rationaleHint')}
        lang={contentLanguage}
        spellCheck
        value={value.rationale}
        error={rationaleError}
        onChange={(event) => onChange({ ...value, rationale: event.target.value })}
        onBlur={onBlur}
      />
      <Button type="button" variant="tertiary" data-size="sm" aria-pressed={preview} aria-controls={preview ? `${rationaleId}-preview` : undefined} onClick={() => setPreview((shown) => !shown)}>
        {t('scoring.preview')}
      </Button>
      {preview ? (
        <div className="score-fields__preview" id={`${rationaleId}-preview`}>
          <p className="score-fields__preview-label">{t('scoring.previewHeading')}</p>
          {value.rationale.trim() ? <Markdown source={value.rationale} lang={contentLanguage} /> : <p className="muted">{t('scoring.previewEmpty')}</p>}
        </div>
      ) : null}
    </div>
  );
}

/** A saved score and rationale, read-only. */
export function ScoreText({ value, max }: { value: ScoreForm; max: number }) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  return (
    <div className="score-text">
      <p className="score-text__score">{value.score.trim() ? t('scoring.scoreOf', { score: value.score, max }) : t('scoring.noScore')}</p>
      {value.rationale.trim() ? <Markdown source={value.rationale} lang={contentLanguage} /> : <p className="muted">{t('scoring.noRationale')}</p>}
    </div>
  );
}

/** A score record as the server keeps it (own or agreed). */
interface SavedScore {
  score: string | null;
  rationale: string;
  version: number;
}

export interface ScoreEditorProps {
  unit: { code: string; max: number };
  step: string;
  initial: Versioned<ScoreForm>;
  /** Saves the score as typed (null for none) over `version`; answers what the server kept. */
  save(change: { version: number; score: string | null; rationale: string }): Promise<SavedScore>;
  ids: { score: string; rationale: string };
  labels: { score: string; rationale: string; conflictTitle: string; mergedRationale: string };
  /** A further problem of the value, shown at the rationale; the value is not sent while it has one. */
  problemOf?(value: ScoreForm): string | undefined;
  /** Told every value the user gives the score (typed, merged, taken from the saved version). */
  onChange(code: string, value: ScoreForm): void;
  /** Hands out (and takes back, with null) the way to save what is pending before submitting. */
  register?(code: string, settle: (() => Promise<boolean>) | null): void;
  /** A refused save as a sentence (the server's message otherwise). */
  describeError(error: unknown): string | null;
}

/** What a 409's `current` holds of a score record, with the score as the form shows it in `language`. */
function scoreFromConflict(current: unknown, language: Language): Versioned<ScoreForm> | null {
  const record = current as { score?: string | null; rationale?: string; version?: number } | undefined;
  if (!record || typeof record.version !== 'number') return null;
  return { value: { score: scoreToInput(record.score ?? null, language), rationale: record.rationale ?? '' }, version: record.version };
}

/**
 * The one score editor: a unit's score and rationale (`ScoreFields`), autosaved with
 * `useVersionedSave`, its status line and, after a stale write, the conflict view with a field to
 * merge the rationales. Own scores and agreed scores both use it.
 */
export function ScoreEditor({ unit, step, initial, save, ids, labels, problemOf, onChange, register, describeError }: ScoreEditorProps) {
  const { language } = useTranslation();
  const versioned = useVersionedSave<ScoreForm>(initial, {
    save: async (value, version) => {
      const saved = await save({ version, score: scoreToSend(value.score), rationale: value.rationale });
      return { value: { score: scoreToInput(saved.score, language), rationale: saved.rationale }, version: saved.version };
    },
    equals: sameScoreForm,
    canSave: (value) => scoreProblem(value.score, unit.max, step) === null && !problemOf?.(value),
    fromConflict: (current) => scoreFromConflict(current, language),
    describeError,
    onChange: (value) => onChange(unit.code, value),
  });
  const { settle } = versioned;
  useEffect(() => {
    if (!register) return;
    register(unit.code, settle);
    return () => register(unit.code, null);
  }, [register, unit.code, settle]);
  return (
    <>
      <ScoreFields
        scoreId={ids.score}
        rationaleId={ids.rationale}
        scoreLabel={labels.score}
        rationaleLabel={labels.rationale}
        max={unit.max}
        step={step}
        value={versioned.value}
        onChange={(value) => versioned.setValue(value)}
        onBlur={() => versioned.flush()}
        rationaleError={problemOf?.(versioned.value)}
      />
      <SaveFeedback
        save={versioned}
        title={labels.conflictTitle}
        renderValue={(value) => <ScoreText value={value} max={unit.max} />}
        merge={{ textOf: (value) => value.rationale, apply: (text, mine) => ({ ...mine, rationale: text }), label: labels.mergedRationale }}
      />
    </>
  );
}
