import { Textfield } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { formatPoints } from '../../../domain/decimal.js';
import { decimalSeparator, type Language } from '../../../i18n/index.js';
import type { Versioned } from '../../autosave/autosave-controller.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { Markdown } from '../../ui/Markdown.js';
import { ScoreFields, ScoreText } from '../../ui/ScoreEditor.js';
import { sameScoreForm, scoreHundredths, scoreProblem, scoreToInput, scoreToSend, type ScoreForm } from '../../ui/score-input.js';
import type { Proposal } from './criteria-form.js';

/** A score of a unit with criteria: the score, its rationale and why it departs from the proposal. */
export interface DeviationForm extends ScoreForm {
  deviationReason: string;
}

/** A score record as the server keeps it (own or agreed, with the deviation reason). */
interface SavedDeviationScore {
  score: string | null;
  rationale: string;
  deviationReason: string;
  version: number;
}

/** A score that the criteria's proposal set (the server answers it with a criterion's save). */
export interface FollowedScore {
  score: string | null;
  version: number;
}

const sameForm = (a: DeviationForm, b: DeviationForm) => sameScoreForm(a, b) && a.deviationReason === b.deviationReason;

/** True when the typed score departs from a complete proposal (then a reason is needed). */
export function deviates(proposal: Proposal, score: string): boolean {
  const value = scoreHundredths(score);
  return proposal.kind === 'proposed' && value !== null && value !== proposal.score;
}

function fromConflict(current: unknown, language: Language): Versioned<DeviationForm> | null {
  const record = current as { score?: string | null; rationale?: string; deviationReason?: string; version?: number } | undefined;
  if (!record || typeof record.version !== 'number') return null;
  return {
    value: { score: scoreToInput(record.score ?? null, language), rationale: record.rationale ?? '', deviationReason: record.deviationReason ?? '' },
    version: record.version,
  };
}

/** A proposal in points as the UI language writes it ("12,5"). */
export const proposalText = (score: number, language: Language) => formatPoints(score, decimalSeparator(language));

export interface DeviationScoreEditorProps {
  unit: { code: string; max: number };
  step: string;
  initial: Versioned<DeviationForm>;
  /** The proposal of the criteria as they stand now (live). */
  proposal: Proposal;
  /** A score the proposal set on the server; taken when nothing typed here is unsaved. */
  followed: FollowedScore | null;
  save(change: { version: number; score: string | null; rationale: string; deviationReason: string }): Promise<SavedDeviationScore>;
  ids: { score: string; rationale: string; deviation: string };
  labels: { score: string; rationale: string; deviation: string; conflictTitle: string; mergedRationale: string };
  problemOf?(value: DeviationForm): string | undefined;
  onChange(code: string, value: DeviationForm): void;
  register?(code: string, settle: (() => Promise<boolean>) | null): void;
  describeError(error: unknown): string | null;
}

/**
 * The score editor of a unit with criteria: as `ScoreEditor` (autosaved, versioned, conflicts
 * merged by hand), and when the score departs from the criteria's complete proposal, a required
 * reason for the deviation: the score is not sent until the reason has text. A score that follows
 * the proposal sends no reason, so the server keeps it following the criteria.
 */
export function DeviationScoreEditor({ unit, step, initial, proposal, followed, save, ids, labels, problemOf, onChange, register, describeError }: DeviationScoreEditorProps) {
  const { t, language } = useTranslation();
  const contentLanguage = useContentLanguage();
  const versioned = useVersionedSave<DeviationForm>(initial, {
    save: async (value, version) => {
      const deviating = deviates(proposal, value.score);
      const saved = await save({ version, score: scoreToSend(value.score), rationale: value.rationale, deviationReason: deviating ? value.deviationReason : '' });
      return {
        value: { score: scoreToInput(saved.score, language), rationale: saved.rationale, deviationReason: deviating ? saved.deviationReason : value.deviationReason },
        version: saved.version,
      };
    },
    equals: sameForm,
    canSave: (value) =>
      scoreProblem(value.score, unit.max, step) === null && !problemOf?.(value) && !(deviates(proposal, value.score) && value.deviationReason.trim() === ''),
    fromConflict: (current) => fromConflict(current, language),
    describeError,
    onChange: (value) => onChange(unit.code, value),
  });
  const { settle, external } = versioned;
  useEffect(() => {
    if (!register) return;
    register(unit.code, settle);
    return () => register(unit.code, null);
  }, [register, unit.code, settle]);
  // The proposal moved the score on the server: show it (unless something typed here is unsaved).
  const followedScore = followed?.score ?? null;
  const followedVersion = followed?.version ?? null;
  const current = versioned.value;
  useEffect(() => {
    if (followedVersion === null) return;
    const value = { ...current, score: scoreToInput(followedScore, language), deviationReason: '' };
    external(value, followedVersion);
    onChange(unit.code, value);
    // Only a new followed version matters; the rest is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [followedVersion]);
  const deviating = deviates(proposal, current.score);
  const missingReason = deviating && current.deviationReason.trim() === '';
  return (
    <>
      <ScoreFields
        scoreId={ids.score}
        rationaleId={ids.rationale}
        scoreLabel={labels.score}
        rationaleLabel={labels.rationale}
        max={unit.max}
        step={step}
        value={current}
        onChange={(value) => versioned.setValue({ ...current, ...value })}
        onBlur={() => versioned.flush()}
        rationaleError={problemOf?.(current)}
      />
      {deviating ? (
        <Textfield
          className="score-fields__rationale criteria-deviation"
          multiline
          rows={3}
          id={ids.deviation}
          label={labels.deviation}
          description={t('criteria.deviation.hint', { proposal: proposal.kind === 'proposed' ? proposalText(proposal.score, language) : '' })}
          lang={contentLanguage}
          spellCheck
          required
          value={current.deviationReason}
          error={missingReason && versioned.dirty ? t('criteria.deviation.required') : undefined}
          onChange={(event) => versioned.setValue({ ...current, deviationReason: event.target.value })}
          onBlur={() => versioned.flush()}
        />
      ) : null}
      <SaveFeedback
        save={versioned}
        title={labels.conflictTitle}
        renderValue={(value) => <DeviationText value={value} max={unit.max} />}
        merge={{ textOf: (value) => value.rationale, apply: (text, mine) => ({ ...mine, rationale: text }), label: labels.mergedRationale }}
      />
    </>
  );
}

/** A saved score with its rationale and, when it has one, the reason it departs from the proposal. */
export function DeviationText({ value, max }: { value: DeviationForm; max: number }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  return (
    <>
      <ScoreText value={value} max={max} />
      {value.deviationReason.trim() ? (
        <div className="criteria-deviation-text">
          <p className="criteria-deviation-text__label">{t('criteria.deviation.readOnly')}</p>
          <Markdown source={value.deviationReason} lang={contentLanguage} />
        </div>
      ) : null}
    </>
  );
}
