import { EDITABLE_STATUSES as EDITABLE_EVALUATION_STATUSES } from '../../../domain/access.js';
import { useQuery } from '@tanstack/react-query';
import { Alert, Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { formatNumber } from '../../../i18n/index.js';
import type { Hundredths } from '../../../domain/decimal.js';
import { queryKeys } from '../../api/query-keys.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { Markdown } from '../../ui/Markdown.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { useTranslation } from '../../language/language-context.js';
import { useSession } from '../../session/session-context.js';
import { useWorkspace } from '../workspace-context.js';
import { scoringApi, type CalibrationView } from './scoring-api.js';
import { AgreedField, decimalText, DifferenceText, individualOf, SpreadSummary } from './CalibrationCells.js';
import { Waiting } from './CalibrationWaiting.js';
import { scoreHundredths, scoreProblem, scoreToInput, type ScoreForm } from '../../ui/score-input.js';
import { areaTotals, fieldId, scoringAreas } from './score-form.js';
import './scoring.css';
import { useContentLanguage } from '../../language/content-language.js';
import { criteriaByUnit } from './criteria-form.js';
import { CriteriaAgreementItems, criteriaSectionId, UnitCriteria } from './CalibrationCriteria.js';

/** Statuses in which agreed scores may change (the server's rule for editing the evaluation). */
const EDITABLE_STATUSES: ReadonlySet<string> = new Set(EDITABLE_EVALUATION_STATUSES);
/** While waiting for the others to submit, the panel looks again this often. */
const POLL_MS = 15_000;

function Revealed({ data, userId }: { data: CalibrationView; userId: string | null }) {
  const contentLanguage = useContentLanguage();
  const { language, t } = useTranslation();
  const { evaluationId, evaluation, framework, reload } = useWorkspace();
  const areas = useMemo(() => scoringAreas(framework), [framework]);
  const criteriaOfUnit = useMemo(() => criteriaByUnit(framework), [framework]);
  const units = useMemo(() => new Map(data.units.map((unit) => [unit.code, unit])), [data]);
  const [agreedForms, setAgreedForms] = useState<ReadonlyMap<string, ScoreForm>>(
    () => new Map(data.units.map((unit) => [unit.code, { score: scoreToInput(unit.agreed?.score ?? null, language), rationale: unit.agreed?.rationale ?? '' }])),
  );
  const onChange = useCallback((code: string, value: ScoreForm) => setAgreedForms((current) => new Map(current).set(code, value)), []);
  const editable = EDITABLE_STATUSES.has(evaluation.status);
  const agreedScores = useMemo(() => {
    const scores = new Map<string, Hundredths>();
    for (const area of areas) {
      for (const unit of area.units) {
        const form = agreedForms.get(unit.code);
        if (!form || scoreProblem(form.score, unit.max, framework.scoreStep) !== null) continue;
        const value = scoreHundredths(form.score);
        if (value !== null) scores.set(unit.code, value);
      }
    }
    return scores;
  }, [agreedForms, areas, framework.scoreStep]);
  const totals = areaTotals(areas, agreedScores);
  const unitCount = areas.reduce((sum, area) => sum + area.units.length, 0);
  const overallId = useId();

  return (
    <>
      <section aria-labelledby={overallId} className="calibration-overall">
        <Heading level={3} data-size="xs" id={overallId}>
          {t('scoring.calibration.overallHeading')}
        </Heading>
        <ul className="calibration-figures">
          <li>
            <SpreadSummary summary={data.overall} />
          </li>
          <li>{t('scoring.calibration.apart', { apart: data.overall.unitsApart, units: data.overall.units })}</li>
          <li>{t('scoring.calibration.agreedCount', { agreed: agreedScores.size, units: unitCount })}</li>
        </ul>
        {criteriaOfUnit.size > 0 ? (
          <>
            <Heading level={4} data-size="2xs" id={`${overallId}-kriterier`}>
              {t('criteria.calibration.overallHeading')}
            </Heading>
            <ul className="calibration-figures" aria-labelledby={`${overallId}-kriterier`} data-criteria-agreement="">
              <CriteriaAgreementItems agreement={data.overall.criteria} />
            </ul>
          </>
        ) : null}
        {!editable ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('scoring.calibration.readOnly', { status: t(`status.${evaluation.status}`) })}</Paragraph>
          </Alert>
        ) : null}
      </section>
      {areas.map((area, index) => {
        const summary = data.areas.find((entry) => entry.code === area.code);
        const total = totals.areas[index];
        const headingId = fieldId('kalibrering-omrade', area.code);
        const captionId = `${headingId}-tabell`;
        return (
          <section key={area.code} aria-labelledby={headingId} className="calibration-area">
            <Heading level={3} data-size="xs" id={headingId}>
              {t('scoring.areaHeading', { code: area.code, title: area.title })}
            </Heading>
            {summary ? (
              <p className="calibration-area__spread">
                <SpreadSummary summary={summary} /> {t('scoring.calibration.apart', { apart: summary.unitsApart, units: area.units.length })}
              </p>
            ) : null}
            {total ? (
              <p className="calibration-area__total" data-area={area.code}>
                {t('scoring.calibration.areaTotal', { shown: formatNumber(total.shown, language), max: area.max })}
                {total.exact % 100 !== 0 ? ` ${t('scoring.calibration.areaTotalExact', { value: formatNumber(total.exact / 100, language) })}` : ''}.
                {total.missing > 0 ? ` ${t('scoring.calibration.areaTotalMissing', { count: total.missing })}` : ''}
              </p>
            ) : null}
            <TableScroll labelledBy={captionId}>
              <Table className="calibration-table" data-size="sm">
                <caption id={captionId}>{t('scoring.calibration.tableCaption', { code: area.code, title: area.title })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('scoring.calibration.unit')}</Table.HeaderCell>
                    {data.evaluators.map((evaluator) => (
                      <Table.HeaderCell key={evaluator.id} scope="col" className="calibration-table__number">
                        {evaluator.id === userId ? `${evaluator.name} ${t('scoring.calibration.you')}` : evaluator.name}
                      </Table.HeaderCell>
                    ))}
                    <Table.HeaderCell scope="col">{t('scoring.calibration.difference')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('scoring.calibration.agreed')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {area.units.map((unit) => {
                    const row = units.get(unit.code);
                    return (
                      <Table.Row key={unit.code} data-unit={unit.code}>
                        <Table.HeaderCell scope="row" className="calibration-table__unit">
                          <span>{`${unit.code} ${unit.title}`}</span>
                          {row ? (
                            <Details className="calibration-rationales">
                              <Details.Summary>{t('scoring.calibration.rationales')}</Details.Summary>
                              <Details.Content>
                                {data.evaluators.map((evaluator) => {
                                  const individual = individualOf(row, evaluator, userId);
                                  return (
                                    <div key={evaluator.id} className="calibration-rationales__entry">
                                      <p className="calibration-rationales__name">{evaluator.name}</p>
                                      {individual?.rationale.trim() ? <Markdown source={individual.rationale} lang={contentLanguage} /> : <p className="muted">{t('scoring.noRationale')}</p>}
                                    </div>
                                  );
                                })}
                              </Details.Content>
                            </Details>
                          ) : null}
                        </Table.HeaderCell>
                        {data.evaluators.map((evaluator) => (
                          <Table.Cell key={evaluator.id} className="calibration-table__number">
                            {row ? decimalText(individualOf(row, evaluator, userId)?.score ?? null, language) : '–'}
                          </Table.Cell>
                        ))}
                        <Table.Cell>
                          <DifferenceText difference={row?.difference ?? null} />
                        </Table.Cell>
                        <Table.Cell className="calibration-table__agreed">
                          {criteriaOfUnit.has(unit.code) ? (
                            <p className="calibration-table__below">
                              <strong>{agreedForms.get(unit.code)?.score.trim() ? t('scoring.scoreOf', { score: agreedForms.get(unit.code)?.score ?? '', max: unit.max }) : t('scoring.noScore')}</strong>{' '}
                              <a
                                className="ds-link"
                                href={`#${criteriaSectionId(unit.code)}`}
                                onClick={(event) => {
                                  const target = document.getElementById(criteriaSectionId(unit.code));
                                  if (!target) return;
                                  event.preventDefault();
                                  target.focus();
                                  target.scrollIntoView({ block: 'start' });
                                }}
                              >
                                {t('criteria.calibration.agreedScoreBelow', { code: unit.code })}
                              </a>
                            </p>
                          ) : (
                            <AgreedField
                              evaluationId={evaluationId}
                              unit={unit}
                              step={framework.scoreStep}
                              agreed={row?.agreed ?? null}
                              editable={editable}
                              onChange={onChange}
                              onSaved={reload}
                            />
                          )}
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </TableScroll>
            {area.units.map((unit) => {
              const criteria = criteriaOfUnit.get(unit.code);
              const row = units.get(unit.code);
              if (!criteria || !row) return null;
              return (
                <UnitCriteria
                  key={unit.code}
                  evaluationId={evaluationId}
                  unit={unit}
                  criteria={criteria}
                  row={row}
                  evaluators={data.evaluators}
                  userId={userId}
                  step={framework.scoreStep}
                  editable={editable}
                  onChange={onChange}
                  onSaved={reload}
                />
              );
            })}
          </section>
        );
      })}
    </>
  );
}

/**
 * Calibration (`arbetsyta/kalibrering`) for the team: until every evaluator has submitted, only
 * who has; then per area each evaluator's score, the difference in words, the agreed score and
 * rationale (autosaved, conflicts merged by hand), how far apart the evaluators were and the
 * area's agreed total, rounded as the evaluation is.
 */
export function CalibrationPanel() {
  const { t, language } = useTranslation();
  const { evaluationId, setSection } = useWorkspace();
  const { user } = useSession();
  const headingId = useId();
  useEffect(() => setSection('calibration'), [setSection]);
  // The agreed fields start from what the server holds now: read again each time the panel opens,
  // and every 15 s while waiting for the others to submit.
  const calibration = useQuery({
    queryKey: queryKeys.evaluation(evaluationId).calibration(language),
    queryFn: ({ signal }) => scoringApi.calibration(evaluationId, language, signal),
    refetchOnMount: 'always',
    refetchInterval: (query) => (query.state.data && !query.state.data.revealed ? POLL_MS : false),
  });
  const data = calibration.isError || !calibration.isFetchedAfterMount ? undefined : calibration.data;
  const retry = () => void calibration.refetch();

  let body;
  if (data) {
    body = data.revealed ? <Revealed data={data} userId={user?.id ?? null} /> : <Waiting data={data} userId={user?.id ?? null} onRefresh={retry} />;
  } else if (calibration.isError) {
    body = <ErrorAlert error={calibration.error} onRetry={retry} />;
  } else {
    body = <LoadingStatus />;
  }
  return (
    <section aria-labelledby={headingId} className="calibration">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('scoring.calibration.heading')}
      </Heading>
      <Paragraph className="calibration-intro">{t('scoring.calibration.intro')}</Paragraph>
      {body}
    </section>
  );
}
