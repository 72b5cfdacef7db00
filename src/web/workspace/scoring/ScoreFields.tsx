import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import { Markdown } from '../../components/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { scoreProblem, type ScoreForm, type ScoreProblem } from './score-form.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A typed score's problem as a sentence for the field. */
export function scoreProblemText(problem: ScoreProblem | null, t: Translate): string | undefined {
  if (!problem) return undefined;
  if (problem.kind === 'notNumber') return t('scoring.error.notNumber');
  if (problem.kind === 'tooHigh') return t('scoring.error.tooHigh', { max: problem.max });
  return t('scoring.error.step', { step: problem.step.replace('.', ',') });
}

export interface ScoreFieldsProps {
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
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const problem = scoreProblemText(scoreProblem(value.score, max, step), t);
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
        lang="sv"
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
          {value.rationale.trim() ? <Markdown source={value.rationale} lang="sv" /> : <p className="muted">{t('scoring.previewEmpty')}</p>}
        </div>
      ) : null}
    </div>
  );
}

/** A saved score and rationale, read-only. */
export function ScoreText({ value, max }: { value: ScoreForm; max: number }) {
  const { t } = useTranslation();
  return (
    <div className="score-text">
      <p className="score-text__score">{value.score.trim() ? t('scoring.scoreOf', { score: value.score, max }) : t('scoring.noScore')}</p>
      {value.rationale.trim() ? <Markdown source={value.rationale} lang="sv" /> : <p className="muted">{t('scoring.noRationale')}</p>}
    </div>
  );
}
