import { INDEPENDENT_SCORING_STATUSES } from '../../../contract/scoring.js';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Fragment, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { queryKeys } from '../../api/query-keys.js';
import { AppLink } from '../../ui/AppLink.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { formatDateTime } from '../../import/import-texts.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { paths } from '../../paths.js';
import { scoringApi, type OwnScores } from './scoring-api.js';
import { criteriaApi, type CriterionAssessment } from './criteria-api.js';
import { CRITERION_CODE, UNIT_CODE, codesNamed, criteriaByUnit, isValueOf, proposalOf } from './criteria-form.js';
import { CriteriaUnitField } from './CriteriaUnitField.js';
import { deviates } from './DeviationScoreEditor.js';
import { evidenceQueries } from '../evidence/evidence-api.js';
import { MissingSummary, Progress, SubmittedScores, UnitField, type Missing } from './ScoringParts.js';
import { isScored, scoreHundredths, scoreToInput, type ScoreForm } from '../../ui/score-input.js';
import { scoringAreas } from './score-form.js';
import { ScoringUnitAnswers } from '../questionnaire/UnitQuestionnaireAnswers.js';
import './scoring.css';
import '../follow-up/follow-up.css';
import { LiveNotice } from '../../ui/LiveNotice.js';
import { apiErrorText } from '../../api/error-text.js';
import { BaselineIntro } from '../follow-up/BaselineIntro.js';
import { indexBaseline } from '../follow-up/baseline-view.js';
import { AreaBaseline } from '../follow-up/PreviousAreaTexts.js';
import { useBaseline } from '../follow-up/use-baseline.js';

/** Statuses in which evaluators score on their own (the server's rule). */
const OPEN_STATUSES: ReadonlySet<string> = new Set(INDEPENDENT_SCORING_STATUSES);

/** A unit's form as the panel tracks it (units with criteria also carry the deviation reason). */
type UnitForm = ScoreForm & { deviationReason?: string };

function ScoringForm({ data, criteriaData }: { data: OwnScores; criteriaData: readonly CriterionAssessment[] }) {
  const { language, t } = useTranslation();
  const { evaluationId, evaluation, framework } = useWorkspace();
  const areas = useMemo(() => scoringAreas(framework), [framework]);
  const units = useMemo(() => areas.flatMap((area) => area.units), [areas]);
  const criteriaOfUnit = useMemo(() => criteriaByUnit(framework), [framework]);
  const initial = useMemo(
    () =>
      new Map(
        data.items.map((item) => [
          item.unitCode,
          { value: { score: scoreToInput(item.score, language), rationale: item.rationale, deviationReason: item.deviationReason }, version: item.version, takenOver: item.takenOver },
        ]),
      ),
    [data, language],
  );
  const savedAssessments = useMemo(
    () => new Map(criteriaData.map((item) => [item.criterionCode, { value: { value: item.value, note: item.note, evidenceIds: item.evidenceIds }, version: item.version }])),
    [criteriaData],
  );
  const [criterionValues, setCriterionValues] = useState<ReadonlyMap<string, string | null>>(() => new Map(criteriaData.map((item) => [item.criterionCode, item.value])));
  const onCriterion = useCallback((code: string, value: string | null) => {
    setCriterionValues((current) => (current.get(code) === value ? current : new Map(current).set(code, value)));
  }, []);
  const evidenceList = useQuery({ ...evidenceQueries.list(evaluationId, {}), enabled: criteriaOfUnit.size > 0 });
  const evidence = evidenceList.data?.items ?? [];
  const { query: baselineQuery } = useBaseline();
  const baseline = baselineQuery.data;
  const index = useMemo(() => (baseline ? indexBaseline(baseline) : null), [baseline]);
  const [forms, setForms] = useState<ReadonlyMap<string, UnitForm>>(() => new Map([...initial].map(([code, entry]) => [code, entry.value])));
  const [submittedAt, setSubmittedAt] = useState(data.submittedAt);
  const [missing, setMissing] = useState<Missing[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{ text: string; detail?: string } | null>(null);
  const settlers = useRef(new Map<string, () => Promise<boolean>>());
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const onChange = useCallback((code: string, value: UnitForm) => {
    setForms((current) => new Map(current).set(code, value));
  }, []);
  const register = useCallback((code: string, settle: (() => Promise<boolean>) | null) => {
    if (settle) settlers.current.set(code, settle);
    else settlers.current.delete(code);
  }, []);

  useEffect(() => {
    if (missing && missing.length > 0) summaryRef.current?.focus();
  }, [missing]);

  /** The criteria of a unit not assessed yet (none for units without criteria). */
  const unassessedOf = (code: string) => (criteriaOfUnit.get(code) ?? []).filter((criterion) => !isValueOf(criterion, criterionValues.get(criterion.code) ?? null)).map((criterion) => criterion.code);
  /** True when the unit's score departs from its criteria's proposal without a reason. */
  const unexplainedOf = (code: string, max: number) => {
    const criteria = criteriaOfUnit.get(code);
    const form = forms.get(code);
    if (!criteria || !form) return false;
    return deviates(proposalOf(max, criteria, criterionValues, framework.scoreStep), form.score) && (form.deviationReason ?? '').trim() === '';
  };
  const scored = units.filter((unit) => isScored(forms.get(unit.code) ?? { score: '', rationale: '' }) && unassessedOf(unit.code).length === 0).length;
  const open = OPEN_STATUSES.has(evaluation.status);

  const missingOf = (codes?: readonly string[]): Missing[] =>
    units
      .filter((unit) => (codes ? codes.includes(unit.code) : true))
      .map((unit) => {
        const form = forms.get(unit.code) ?? { score: '', rationale: '' };
        return {
          unit,
          score: scoreHundredths(form.score) === null,
          rationale: form.rationale.trim() === '',
          criteria: unassessedOf(unit.code),
          deviation: unexplainedOf(unit.code, unit.max),
        };
      })
      .filter((entry) => (codes ? true : entry.score || entry.rationale || entry.criteria.length > 0 || entry.deviation));

  /** What a refusal to submit names: units lacking scores, criteria not assessed, deviations without a reason. */
  const refusedMissing = (error: ApiError): Missing[] | null => {
    if (error.code === 'criteria_incomplete') {
      const named = codesNamed(error.details, error.extra, CRITERION_CODE);
      const found = units
        .map((unit) => ({ unit, codes: (criteriaOfUnit.get(unit.code) ?? []).map((criterion) => criterion.code).filter((code) => named.includes(code)) }))
        .filter((entry) => entry.codes.length > 0)
        .map(({ unit, codes }) => ({ unit, score: false, rationale: false, criteria: codes, deviation: false }));
      return found.length > 0 ? found : missingOf().filter((entry) => (entry.criteria ?? []).length > 0);
    }
    if (error.code === 'deviation_unexplained') {
      const named = codesNamed(error.details, error.extra, UNIT_CODE);
      const found = units.filter((unit) => named.includes(unit.code)).map((unit) => ({ unit, score: false, rationale: false, criteria: [], deviation: true }));
      return found.length > 0 ? found : missingOf().filter((entry) => entry.deviation);
    }
    const codes = error.extra.missingUnits;
    if (Array.isArray(codes) && codes.length > 0) return missingOf(codes.filter((code): code is string => typeof code === 'string'));
    return null;
  };

  const startSubmit = () => {
    setFailure(null);
    const found = missingOf();
    setMissing(found);
    setConfirming(found.length === 0);
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const results = await Promise.all([...settlers.current.values()].map((settle) => settle()));
      if (results.includes(false)) {
        setConfirming(false);
        setFailure({ text: t('scoring.unsaved') });
        return;
      }
      const answer = await scoringApi.submit(evaluationId);
      setSubmittedAt(answer.submittedAt);
      setConfirming(false);
      setMissing(null);
    } catch (error) {
      setConfirming(false);
      const refused = error instanceof ApiError ? refusedMissing(error) : null;
      if (refused && refused.length > 0) {
        setMissing(refused);
      } else {
        setFailure({ text: t('scoring.submitFailed'), detail: apiErrorText(error, t) });
      }
    } finally {
      setSubmitting(false);
    }
  };

  useEffect(() => {
    if (submittedAt && !data.submittedAt) doneRef.current?.focus();
  }, [submittedAt, data.submittedAt]);

  const progress = <Progress done={scored} total={units.length} />;

  if (submittedAt || !open) {
    return (
      <section aria-labelledby={headingId} className="scoring">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('scoring.heading')}
        </Heading>
        <Alert data-color={submittedAt ? 'success' : 'info'} ref={doneRef} tabIndex={-1} className="scoring-done">
          <Paragraph>
            {submittedAt
              ? t('scoring.submittedAt', { time: formatDateTime(submittedAt, language) })
              : t('scoring.locked', { status: t(`status.${evaluation.status}`) })}
          </Paragraph>
          <Paragraph>
            <AppLink to={paths.workspace(evaluationId, 'kalibrering')}>{t('scoring.toCalibration')}</AppLink>
          </Paragraph>
        </Alert>
        <SubmittedScores areas={areas} forms={forms} criteria={criteriaOfUnit} values={criterionValues} />
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="scoring">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('scoring.heading')}
      </Heading>
      <Paragraph className="scoring-intro">{t('scoring.intro')}</Paragraph>
      {baselineQuery.isError ? <ErrorAlert error={baselineQuery.error} onRetry={() => void baselineQuery.refetch()} /> : null}
      {baseline ? <BaselineIntro baseline={baseline} text={t('followUp.scoring.intro')} /> : null}
      {progress}
      {areas.map((area) => (
        <Fieldset key={area.code} className="scoring-area">
          <Fieldset.Legend className="scoring-area__legend">{t('scoring.areaHeading', { code: area.code, title: area.title })}</Fieldset.Legend>
          <AreaBaseline area={index?.areas.get(area.code)} planShared={baseline?.planShared ?? false} />
          {area.units.map((unit) => {
            const criteria = criteriaOfUnit.get(unit.code);
            const start = initial.get(unit.code) ?? { value: { score: '', rationale: '', deviationReason: '' }, version: 0, takenOver: false };
            return (
              <Fragment key={unit.code}>
                {criteria ? (
                  <CriteriaUnitField
                    evaluationId={evaluationId}
                    unit={unit}
                    criteria={criteria}
                    step={framework.scoreStep}
                    initial={{ value: start.value, version: start.version }}
                    assessments={savedAssessments}
                    values={criterionValues}
                    evidence={evidence}
                    onChange={onChange}
                    onCriterion={onCriterion}
                    register={register}
                  />
                ) : (
                  <UnitField
                    evaluationId={evaluationId}
                    unit={unit}
                    step={framework.scoreStep}
                    initial={initial.get(unit.code) ?? { value: { score: '', rationale: '' }, version: 0, takenOver: false }}
                    onChange={onChange}
                    register={register}
                    baseline={index?.units.get(unit.code)}
                  />
                )}
                <ScoringUnitAnswers evaluationId={evaluationId} unitCode={unit.code} locked={false} />
              </Fragment>
            );
          })}
        </Fieldset>
      ))}
      <section className="scoring-submit" aria-labelledby={`${headingId}-submit`}>
        <Heading level={3} data-size="xs" id={`${headingId}-submit`}>
          {t('scoring.submitHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('scoring.submitIntro')}</Paragraph>
        {progress}
        {missing && missing.length > 0 ? <MissingSummary missing={missing} summaryRef={summaryRef} /> : null}
        <LiveNotice notice={failure ? { color: 'danger', ...failure } : null} />
        {confirming ? (
          <Alert data-color="warning" className="scoring-confirm">
            <Paragraph>{t('scoring.confirmQuestion')}</Paragraph>
            <div className="button-row">
              <Button type="button" aria-disabled={submitting || undefined} onClick={() => void submit()}>
                {submitting ? t('scoring.submitting') : t('scoring.confirm')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                {t('scoring.cancel')}
              </Button>
            </div>
          </Alert>
        ) : (
          <Button type="button" onClick={startSubmit}>
            {t('scoring.submit')}
          </Button>
        )}
      </section>
    </section>
  );
}

/**
 * The evaluator's own, independent scoring (`arbetsyta/bedomning`): every scoring unit grouped by
 * area with a score and a Markdown rationale, autosaved unit by unit; progress; submitting (then
 * read-only). Administrators who are not assigned evaluators are told why there is nothing here.
 */
export function ScoringPanel() {
  const { t } = useTranslation();
  const { evaluationId, framework, setSection } = useWorkspace();
  useEffect(() => setSection('scoring'), [setSection]);
  // The fields start from what the server holds now: read again each time the panel opens.
  const scores = useQuery({ queryKey: queryKeys.evaluation(evaluationId).myScores(), queryFn: ({ signal }) => scoringApi.myScores(evaluationId, signal), refetchOnMount: 'always' });
  // Criterion assessments only where the model version has criteria (everything else is as before).
  const withCriteria = useMemo(() => criteriaByUnit(framework).size > 0, [framework]);
  const criteria = useQuery({
    queryKey: queryKeys.evaluation(evaluationId).myCriteria(),
    queryFn: ({ signal }) => criteriaApi.mine(evaluationId, signal),
    refetchOnMount: 'always',
    enabled: withCriteria && !scores.isError,
  });
  if (!scores.isError && (scores.isPending || !scores.isFetchedAfterMount)) return <LoadingStatus />;
  if (withCriteria && !scores.isError) {
    if (criteria.isError) return <ErrorAlert error={criteria.error} onRetry={() => void criteria.refetch()} />;
    if (criteria.isPending || !criteria.isFetchedAfterMount) return <LoadingStatus />;
  }
  if (scores.isError) {
    if (scores.error instanceof ApiError && scores.error.status === 403) {
      return (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('scoring.heading')}
          </Heading>
          <Paragraph>{t('scoring.notEvaluator')}</Paragraph>
          <Paragraph>
            <AppLink to={paths.workspace(evaluationId, 'kalibrering')}>{t('scoring.toCalibration')}</AppLink>
          </Paragraph>
        </Alert>
      );
    }
    return <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />;
  }
  return <ScoringForm data={scores.data} criteriaData={withCriteria ? (criteria.data?.items ?? []) : []} />;
}
