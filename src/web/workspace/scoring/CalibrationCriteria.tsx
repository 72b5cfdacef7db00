import { Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { formatNumber, formatPercent } from '../../../i18n/index.js';
import type { Versioned } from '../../autosave/autosave-controller.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { scoreToInput } from '../../ui/score-input.js';
import { criteriaApi, type CriteriaAgreement } from './criteria-api.js';
import { agreedCriterionId, agreedDeviationId, assessedCount, proposalOf, valuesOf, type CriterionView } from './criteria-form.js';
import { CriterionHelp, useValueText } from './CriterionField.js';
import { DeviationScoreEditor, DeviationText, type DeviationForm, type FollowedScore } from './DeviationScoreEditor.js';
import { ProposalLine } from './ProposalLine.js';
import { fieldId, type ScoringUnit } from './score-form.js';
import { scoringApi, type CalibrationUnit, type CalibrationView } from './scoring-api.js';
import { useSaveErrorText } from './save-errors.js';

type Evaluator = CalibrationView['evaluators'][number];
type CalibrationCriterion = CalibrationUnit['criteria'][number];

/** A rate or share the API gives as a decimal string ("0.75") in the UI language: "75 %" and "0,25". */
export function useAgreementFigures() {
  const { language, t } = useTranslation();
  return {
    rate: (value: string | null) => (value === null ? t('criteria.statistics.none') : formatPercent(Number(value) * 100, language)),
    share: (value: string | null) => (value === null ? t('criteria.statistics.none') : formatNumber(Number(value), language, 2, 2)),
  };
}

/** The calibration's agreement over criteria (pairs, how many alike, mean difference) as list items. */
export function CriteriaAgreementItems({ agreement }: { agreement: CriteriaAgreement }) {
  const { t } = useTranslation();
  const figures = useAgreementFigures();
  return (
    <>
      <li>{t('criteria.calibration.pairs', { count: agreement.pairs })}</li>
      {agreement.pairs > 0 ? (
        <li>{t('criteria.calibration.rate', { agreements: agreement.agreements, pairs: agreement.pairs, rate: figures.rate(agreement.agreementRate) })}</li>
      ) : null}
      {agreement.meanAbsoluteDifference !== null ? <li>{t('criteria.calibration.mad', { value: figures.share(agreement.meanAbsoluteDifference) })}</li> : null}
    </>
  );
}

/** The heading id of a unit's criteria section (the area table links to it). */
export const criteriaSectionId = (code: string) => fieldId('kalibrering-kriterier', code);

/** One evaluator's assessment of a criterion (the caller's own or, revealed, another's). */
function assessmentOf(criterion: CalibrationCriterion, evaluator: Evaluator, userId: string | null) {
  if (evaluator.id === userId && criterion.own) return criterion.own;
  return criterion.others.find((other) => other.evaluatorId === evaluator.id) ?? null;
}

/** Alike or not, in words and a sign (never colour alone); a dash while someone has not assessed it. */
function CriterionDifference({ differs, complete }: { differs: boolean; complete: boolean }) {
  const { t } = useTranslation();
  if (!differs && !complete) return <span className="muted">{t('criteria.statistics.none')}</span>;
  return (
    <span className={differs ? 'criterion-diff criterion-diff--apart' : 'criterion-diff'} data-differs={differs ? 'yes' : 'no'}>
      <span aria-hidden="true" className="criterion-diff__icon">
        {differs ? '≠' : '='}
      </span>{' '}
      {differs ? t('criteria.calibration.differs') : t('criteria.calibration.same')}
    </span>
  );
}

interface AgreedForm {
  value: string | null;
  note: string;
}

const sameAgreed = (a: AgreedForm, b: AgreedForm) => a.value === b.value && a.note === b.note;

function agreedFromConflict(current: unknown): Versioned<AgreedForm> | null {
  const record = current as { value?: string | null; note?: string; version?: number } | undefined;
  if (!record || typeof record.version !== 'number') return null;
  return { value: { value: record.value ?? null, note: record.note ?? '' }, version: record.version };
}

interface AgreedCriterionFieldProps {
  evaluationId: string;
  criterion: CriterionView;
  agreed: CalibrationCriterion['agreed'];
  onChange(code: string, value: string | null): void;
  onFollowed(score: FollowedScore): void;
  onSaved(): void;
}

/** The agreed value of one criterion (chosen from its scale) and an optional note, autosaved with versions. */
function AgreedCriterionField({ evaluationId, criterion, agreed, onChange, onFollowed, onSaved }: AgreedCriterionFieldProps) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const describeError = useSaveErrorText();
  const valueText = useValueText();
  const versioned = useVersionedSave<AgreedForm>(
    { value: { value: agreed?.value ?? null, note: agreed?.note ?? '' }, version: agreed?.version ?? 0 },
    {
      save: async (value, version) => {
        const saved = await criteriaApi.saveAgreed(evaluationId, criterion.code, { version, value: value.value, note: value.note });
        if (saved.followedScore) onFollowed(saved.followedScore);
        onSaved();
        return { value: { value: saved.value, note: saved.note }, version: saved.version };
      },
      equals: sameAgreed,
      fromConflict: agreedFromConflict,
      describeError,
      onChange: (value) => onChange(criterion.code, value.value),
    },
  );
  const form = versioned.value;
  const selectId = agreedCriterionId(criterion.code);
  return (
    <div className="agreed-criterion">
      <Field>
        <Label htmlFor={selectId}>{t('criteria.calibration.agreedValue', { code: criterion.code })}</Label>
        <Select
          id={selectId}
          value={form.value ?? ''}
          onChange={(event) => {
            versioned.setValue({ ...form, value: event.target.value === '' ? null : event.target.value });
            versioned.flush();
          }}
        >
          <Select.Option value="">{t('criteria.calibration.choose')}</Select.Option>
          {valuesOf(criterion).map((value) => (
            <Select.Option key={value} value={value}>
              {valueText(criterion, value)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        multiline
        rows={2}
        id={fieldId('overens-kriterium-anteckning', criterion.code)}
        label={t('criteria.calibration.agreedNote', { code: criterion.code })}
        lang={contentLanguage}
        spellCheck
        value={form.note}
        onChange={(event) => versioned.setValue({ ...form, note: event.target.value })}
        onBlur={() => versioned.flush()}
      />
      <SaveFeedback
        save={versioned}
        title={t('criteria.calibration.conflictTitle', { code: criterion.code })}
        renderValue={(value) => (
          <div>
            <p className="score-text__score">{valueText(criterion, value.value)}</p>
            {value.note.trim() ? <p lang={contentLanguage}>{value.note}</p> : null}
          </div>
        )}
        merge={{ textOf: (value) => value.note, apply: (text, mine) => ({ ...mine, note: text }), label: t('criteria.calibration.mergedNote', { code: criterion.code }) }}
      />
    </div>
  );
}

interface UnitCriteriaProps {
  evaluationId: string;
  unit: ScoringUnit;
  criteria: readonly CriterionView[];
  row: CalibrationUnit;
  evaluators: readonly Evaluator[];
  userId: string | null;
  step: string;
  editable: boolean;
  /** Told every value the agreed score takes (the area total follows it). */
  onChange(code: string, value: DeviationForm): void;
  onSaved(): void;
}

/**
 * A unit's criteria in calibration: a table with each evaluator's value and note side by side,
 * whether they differ, and the agreed value per criterion; below it the proposal from the agreed
 * criteria and the agreed score, which follows the proposal unless the pair departs from it and
 * says why.
 */
export function UnitCriteria({ evaluationId, unit, criteria, row, evaluators, userId, step, editable, onChange, onSaved }: UnitCriteriaProps) {
  const { language, t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const describeError = useSaveErrorText();
  const valueText = useValueText();
  const byCode = useMemo(() => new Map(row.criteria.map((entry) => [entry.code, entry])), [row.criteria]);
  const [agreedValues, setAgreedValues] = useState<ReadonlyMap<string, string | null>>(() => new Map(row.criteria.map((entry) => [entry.code, entry.agreed?.value ?? null])));
  const onAgreedValue = useCallback((code: string, value: string | null) => {
    setAgreedValues((current) => (current.get(code) === value ? current : new Map(current).set(code, value)));
  }, []);
  const [followed, setFollowed] = useState<FollowedScore | null>(null);
  const latestFollowed = useRef(0);
  const onFollowed = useCallback((score: FollowedScore) => {
    if (score.version <= latestFollowed.current) return;
    latestFollowed.current = score.version;
    setFollowed(score);
  }, []);
  const proposal = useMemo(() => proposalOf(unit.max, criteria, agreedValues, step), [unit.max, criteria, agreedValues, step]);
  const headingId = criteriaSectionId(unit.code);
  const captionId = `${headingId}-tabell`;
  const initialScore: DeviationForm = {
    score: scoreToInput(row.agreed?.score ?? null, language),
    rationale: row.agreed?.rationale ?? '',
    deviationReason: row.agreed?.deviationReason ?? '',
  };
  return (
    <section className="calibration-criteria" aria-labelledby={headingId} data-criteria-unit={unit.code}>
      <Heading level={4} data-size="2xs" id={headingId} tabIndex={-1} className="focus-target">
        {t('criteria.calibration.heading', { code: unit.code, title: unit.title })}
      </Heading>
      <TableScroll labelledBy={captionId}>
        <Table className="calibration-table calibration-criteria__table" data-size="sm">
          <caption id={captionId}>{t('criteria.calibration.caption', { code: unit.code })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('criteria.calibration.column.criterion')}</Table.HeaderCell>
              {evaluators.map((evaluator) => (
                <Table.HeaderCell key={evaluator.id} scope="col">
                  {evaluator.id === userId ? `${evaluator.name} ${t('scoring.calibration.you')}` : evaluator.name}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col">{t('criteria.calibration.column.difference')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('criteria.calibration.column.agreed')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {criteria.map((criterion) => {
              const entry = byCode.get(criterion.code);
              const assessments = evaluators.map((evaluator) => (entry ? assessmentOf(entry, evaluator, userId) : null));
              const complete = assessments.every((assessment) => assessment !== null && assessment.value !== null);
              return (
                <Table.Row key={criterion.code} data-criterion={criterion.code}>
                  <Table.HeaderCell scope="row" className="calibration-table__unit">
                    <span className="criterion__code">{criterion.code}</span> <span lang={contentLanguage}>{criterion.text}</span>
                    <CriterionHelp criterion={criterion} />
                  </Table.HeaderCell>
                  {evaluators.map((evaluator, index) => {
                    const assessment = assessments[index] ?? null;
                    return (
                      <Table.Cell key={evaluator.id} className="calibration-criteria__value">
                        <strong>{valueText(criterion, assessment?.value ?? null)}</strong>
                        {assessment?.note.trim() ? (
                          <p className="calibration-criteria__note" lang={contentLanguage}>
                            {assessment.note}
                          </p>
                        ) : null}
                      </Table.Cell>
                    );
                  })}
                  <Table.Cell>
                    <CriterionDifference differs={entry?.differs ?? false} complete={complete} />
                  </Table.Cell>
                  <Table.Cell className="calibration-table__agreed">
                    {editable ? (
                      <AgreedCriterionField
                        evaluationId={evaluationId}
                        criterion={criterion}
                        agreed={entry?.agreed ?? null}
                        onChange={onAgreedValue}
                        onFollowed={onFollowed}
                        onSaved={onSaved}
                      />
                    ) : (
                      <>
                        <strong>{valueText(criterion, entry?.agreed?.value ?? null)}</strong>
                        {entry?.agreed?.note.trim() ? <p lang={contentLanguage}>{entry.agreed.note}</p> : null}
                      </>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      <ProposalLine proposal={proposal} max={unit.max} assessed={assessedCount(criteria, agreedValues)} total={criteria.length} unitCode={unit.code} agreed />
      <div className="calibration-criteria__score" data-agreed-unit={unit.code}>
        {editable ? (
          <DeviationScoreEditor
            unit={unit}
            step={step}
            initial={{ value: initialScore, version: row.agreed?.version ?? 0 }}
            proposal={proposal}
            followed={followed}
            save={async (change) => {
              const saved = await scoringApi.saveAgreedScore(evaluationId, unit.code, { ...change, rationale: change.score === null ? '' : change.rationale });
              onSaved();
              return saved;
            }}
            ids={{ score: fieldId('overenskommen', unit.code), rationale: fieldId('overenskommen-motivering', unit.code), deviation: agreedDeviationId(unit.code) }}
            labels={{
              score: t('scoring.calibration.agreedScore', { code: unit.code, max: unit.max }),
              rationale: t('scoring.calibration.agreedRationale', { code: unit.code }),
              deviation: t('criteria.calibration.agreedDeviation', { code: unit.code }),
              conflictTitle: t('scoring.calibration.conflictTitle', { code: unit.code }),
              mergedRationale: t('scoring.calibration.mergedRationale', { code: unit.code }),
            }}
            problemOf={(value) => (value.score.trim() === '' && value.rationale.trim() !== '' ? t('scoring.calibration.needScore') : undefined)}
            onChange={onChange}
            describeError={describeError}
          />
        ) : (
          <DeviationText value={initialScore} max={unit.max} />
        )}
      </div>
    </section>
  );
}
