import { Checkbox, Details, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId } from 'react';
import { NOT_APPLICABLE } from '../../../domain/criteria.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { Versioned } from '../../autosave/autosave-controller.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { useEvidenceTitle } from '../evidence/EvidenceDetails.js';
import type { Evidence } from '../evidence/evidence-api.js';
import { criteriaApi } from './criteria-api.js';
import { criterionFieldId, criterionNoteId, levelOf, valuesOf, type CriterionView } from './criteria-form.js';
import type { FollowedScore } from './DeviationScoreEditor.js';
import { useSaveErrorText } from './save-errors.js';

/** One evaluator's assessment of one criterion as the form holds it. */
export interface AssessmentForm {
  value: string | null;
  note: string;
  evidenceIds: string[];
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const sameAssessment = (a: AssessmentForm, b: AssessmentForm) => a.value === b.value && a.note === b.note && sameIds(a.evidenceIds, b.evidenceIds);

const MET_KEYS: Record<string, MessageKey> = {
  met: 'criteria.value.met',
  partly: 'criteria.value.partly',
  not_met: 'criteria.value.not_met',
  na: 'criteria.value.na',
};

/** A value of a criterion in words: "Uppfyllt", a level's label with its points, "Ej tillämpligt", or "Inte bedömt". */
export function useValueText(): (criterion: CriterionView, value: string | null) => string {
  const { t } = useTranslation();
  return (criterion, value) => {
    if (value === null) return t('criteria.value.none');
    const level = levelOf(criterion, value);
    if (level) return t('criteria.value.level', { label: level.label, points: level.points });
    const key = MET_KEYS[value];
    return key ? t(key) : value;
  };
}

function fromConflict(current: unknown): Versioned<AssessmentForm> | null {
  const record = current as { value?: string | null; note?: string; evidenceIds?: string[]; version?: number } | undefined;
  if (!record || typeof record.version !== 'number') return null;
  return { value: { value: record.value ?? null, note: record.note ?? '', evidenceIds: Array.isArray(record.evidenceIds) ? record.evidenceIds : [] }, version: record.version };
}

/** The criterion's guidance and typical evidence, behind a disclosure (nothing when it has neither). */
export function CriterionHelp({ criterion }: { criterion: CriterionView }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  if (!criterion.guidance && !criterion.typicalEvidence) return null;
  return (
    <Details className="criterion__help">
      <Details.Summary>{t('criteria.help.summary', { code: criterion.code })}</Details.Summary>
      <Details.Content>
        {criterion.guidance ? (
          <>
            <p className="criterion__help-label">{t('criteria.help.guidance')}</p>
            <Paragraph data-size="sm" lang={contentLanguage}>
              {criterion.guidance}
            </Paragraph>
          </>
        ) : null}
        {criterion.typicalEvidence ? (
          <>
            <p className="criterion__help-label">{t('criteria.help.typicalEvidence')}</p>
            <Paragraph data-size="sm" lang={contentLanguage}>
              {criterion.typicalEvidence}
            </Paragraph>
          </>
        ) : null}
      </Details.Content>
    </Details>
  );
}

interface CriterionFieldProps {
  evaluationId: string;
  criterion: CriterionView;
  initial: Versioned<AssessmentForm>;
  /** The evaluation's evidence register (to link items to the assessment). */
  evidence: readonly Evidence[];
  unitCode: string;
  /** Told every value chosen (the proposal follows it live). */
  onChange(code: string, value: AssessmentForm): void;
  /** Told when a save moved the unit's own score to the proposal. */
  onFollowed(score: FollowedScore): void;
  register(code: string, settle: (() => Promise<boolean>) | null): void;
}

/**
 * One criterion of a sub-area: its text, guidance and typical evidence, the value on its scale
 * (a radio group; choosing saves at once), a note and links to evidence items; autosaved with
 * versions, a stale write shows both versions.
 */
export function CriterionField({ evaluationId, criterion, initial, evidence, unitCode, onChange, onFollowed, register }: CriterionFieldProps) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const describeError = useSaveErrorText();
  const valueText = useValueText();
  const titleOf = useEvidenceTitle();
  const name = useId();
  const versioned = useVersionedSave<AssessmentForm>(initial, {
    save: async (value, version) => {
      const saved = await criteriaApi.saveMine(evaluationId, criterion.code, { version, value: value.value, note: value.note, evidenceIds: value.evidenceIds });
      if (saved.followedScore) onFollowed({ score: saved.followedScore.score, version: saved.followedScore.version });
      return { value: { value: saved.assessment.value, note: saved.assessment.note, evidenceIds: saved.assessment.evidenceIds }, version: saved.assessment.version };
    },
    equals: sameAssessment,
    fromConflict,
    describeError,
    onChange: (value) => onChange(criterion.code, value),
  });
  const { settle } = versioned;
  useEffect(() => {
    register(criterion.code, settle);
    return () => register(criterion.code, null);
  }, [register, criterion.code, settle]);
  const form = versioned.value;
  const choose = (next: AssessmentForm) => {
    versioned.setValue(next);
    versioned.flush();
  };
  // The unit's own evidence first, then the rest of the register.
  const ordered = [...evidence].sort((a, b) => Number(b.unitCodes.includes(unitCode)) - Number(a.unitCodes.includes(unitCode)));
  const linked = form.evidenceIds.length;
  return (
    <div className="criterion" data-criterion={criterion.code}>
      <Fieldset className="criterion__values">
        <Fieldset.Legend className="criterion__legend">
          <span className="criterion__code">{criterion.code}</span> <span lang={contentLanguage}>{criterion.text}</span>
        </Fieldset.Legend>
        <Fieldset.Description className="criterion__weight">{t('criteria.weight', { weight: criterion.weight })}</Fieldset.Description>
        <CriterionHelp criterion={criterion} />
        <div className="criterion__radios">
          {valuesOf(criterion).map((value, index) => (
            <Radio
              key={value}
              id={index === 0 ? criterionFieldId(criterion.code) : undefined}
              name={name}
              value={value}
              label={valueText(criterion, value)}
              checked={form.value === value}
              onChange={() => choose({ ...form, value })}
              data-value={value}
              className={value === NOT_APPLICABLE ? 'criterion__na' : undefined}
            />
          ))}
        </div>
      </Fieldset>
      <Textfield
        className="criterion__note"
        multiline
        rows={2}
        id={criterionNoteId(criterion.code)}
        label={t('criteria.note', { code: criterion.code })}
        lang={contentLanguage}
        spellCheck
        value={form.note}
        onChange={(event) => versioned.setValue({ ...form, note: event.target.value })}
        onBlur={() => versioned.flush()}
      />
      <Details className="criterion__evidence">
        <Details.Summary>{t('criteria.evidence.summary', { code: criterion.code, count: linked })}</Details.Summary>
        <Details.Content>
          {ordered.length === 0 ? (
            <Paragraph data-size="sm">{t('criteria.evidence.none')}</Paragraph>
          ) : (
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('criteria.evidence.legend', { code: criterion.code })}</Fieldset.Legend>
              {ordered.map((item) => (
                <Checkbox
                  key={item.id}
                  value={item.id}
                  label={item.unitCodes.includes(unitCode) ? t('criteria.evidence.ofUnit', { title: titleOf(item), unit: unitCode }) : titleOf(item)}
                  checked={form.evidenceIds.includes(item.id)}
                  onChange={(event) => {
                    const on = event.target.checked;
                    choose({ ...form, evidenceIds: on ? [...form.evidenceIds, item.id] : form.evidenceIds.filter((id) => id !== item.id) });
                  }}
                />
              ))}
            </Fieldset>
          )}
        </Details.Content>
      </Details>
      <SaveFeedback
        save={versioned}
        title={t('criteria.conflictTitle', { code: criterion.code })}
        renderValue={(value) => (
          <div>
            <p className="score-text__score">{valueText(criterion, value.value)}</p>
            {value.note.trim() ? <p lang={contentLanguage}>{value.note}</p> : null}
          </div>
        )}
        merge={{ textOf: (value) => value.note, apply: (text, mine) => ({ ...mine, note: text }), label: t('criteria.mergedNote', { code: criterion.code }) }}
      />
    </div>
  );
}
