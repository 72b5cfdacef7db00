import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { EvaluationDetail } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { DownloadStatus } from './DownloadStatus.js';
import { comparisonsApi } from '../comparisons/comparisons-api.js';
import { comparisonQuery } from '../comparisons/comparison-query.js';
import { reportApi, type ReportChoices, type ReportFileFormat } from './report-api.js';
import { checkReportForm, defaultReportForm, reportParams, type ReportForm, type ReportFormField } from './report-options.js';
import { ReportOptionsForm } from './ReportOptionsForm.js';
import { useReportDownloads } from './use-report-job.js';
import './report.css';
import { paths } from '../paths.js';
import { passageIdOf } from '../evaluation/use-passage-target.js';

const FIELDS: readonly ReportFormField[] = ['since'];
/** The minimum n of the report's averages (the comparison default). */
const MIN_N = 5;
const FORMATS: readonly ReportFileFormat[] = ['docx', 'pdf'];

interface PageData {
  evaluation: EvaluationDetail;
  choices: ReportChoices;
  /** The evaluation's model version has criteria (the criteria annex is offered). */
  hasCriteria: boolean;
}

/**
 * The peer-group choices with their n for the form's years and criteria, asked for only while a
 * peer group is wanted; the last answer stays on show while the next loads.
 */
function usePeerChoices(evaluationId: string, form: ReportForm) {
  const { language } = useTranslation();
  const since = /^\d{4}$/.test(form.since.trim()) ? form.since.trim() : '';
  const query = comparisonQuery({ scope: '', since, populationClass: form.populationClass, firstTime: form.firstTime, county: form.county, group: form.group });
  const { state, retry } = useApiQuery({
    queryKey: queryKeys.evaluation(evaluationId).peerGroups(query, language),
    queryFn: ({ signal }) => comparisonsApi.peerGroups(evaluationId, query, language, signal),
    enabled: form.includePeer,
  });
  if (!form.includePeer) return { choices: undefined, failure: undefined };
  return {
    choices: state.status === 'ok' ? state.data : state.status === 'loading' ? state.previous : undefined,
    failure: state.status === 'error' ? { error: state.error, retry } : undefined,
  };
}

function ReportView({ evaluation, choices, hasCriteria }: PageData) {
  const { t, language } = useTranslation();
  const year = evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year);
  const title = t('reports.page.title', { name: evaluation.municipality.name, year });
  usePageTitle(title);
  const [form, setForm] = useState<ReportForm>(() => defaultReportForm(language));
  const [errors, setErrors] = useState<Partial<Record<ReportFormField, string>>>({});
  const sinceRef = useRef<HTMLInputElement>(null);
  const { states, start } = useReportDownloads(evaluation.id);
  const params = useMemo(() => reportParams(form), [form]);
  const peer = usePeerChoices(evaluation.id, form);
  // Opened with a passage's fragment (a search hit), the web report opens at that passage.
  const passage = passageIdOf(useLocation().hash);
  const passageFragment = passage ? `#${encodeURIComponent(passage)}` : '';

  const change = (patch: Partial<ReportForm>) => setForm((current) => ({ ...current, ...patch }));

  /** True when the options can be sent; otherwise shows the problems and focuses the first. */
  const ready = (): boolean => {
    const problems = checkReportForm(form);
    setErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])));
    const first = FIELDS.find((field) => problems[field]);
    if (first) sinceRef.current?.focus();
    return first === undefined;
  };

  const openWebReport = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!ready()) event.preventDefault();
  };

  const download = (format: ReportFileFormat) => {
    if (ready()) void start(format, params);
  };

  return (
    <div className="page report-page">
      <Breadcrumbs
        items={[
          { label: t('nav.start'), to: paths.start() },
          { label: t('nav.municipalities'), to: paths.municipalities() },
          { label: evaluation.municipality.name, to: paths.municipality(evaluation.municipality.id) },
          { label: year, to: paths.evaluation(evaluation.id) },
          { label: t('reports.page.breadcrumb') },
        ]}
      />
      <PageHeading sub={t('evaluation.headingSub', { framework: evaluation.framework.title })}>{title}</PageHeading>
      <Paragraph className="report-page__intro">{t('reports.page.intro')}</Paragraph>

      <form className="report-form" noValidate aria-label={t('reports.section.heading')} onSubmit={(event) => event.preventDefault()}>
        <ReportOptionsForm
          form={form}
          change={change}
          errors={errors}
          choices={choices}
          peerChoices={peer.choices}
          peerFailure={peer.failure}
          municipality={evaluation.municipality.shortName}
          minN={MIN_N}
          sinceRef={sinceRef}
          hasCriteria={hasCriteria}
        />
      </form>

      <section aria-labelledby="report-actions" className="report-actions">
        <Heading level={2} data-size="sm" id="report-actions">
          {t('reports.actions.heading')}
        </Heading>
        <div className="report-actions__buttons">
          <a className="ds-button" data-variant="primary" href={`${reportApi.htmlUrl(evaluation.id, params)}${passageFragment}`} onClick={openWebReport}>
            {t('reports.actions.web')}
          </a>
          {FORMATS.map((format) => (
            <Button key={format} type="button" variant="secondary" onClick={() => download(format)} aria-busy={states[format]?.phase === 'running' || undefined}>
              {t(format === 'docx' ? 'reports.actions.docx' : 'reports.actions.pdf')}
            </Button>
          ))}
        </div>
        {FORMATS.map((format) => {
          const state = states[format];
          return state ? <DownloadStatus key={format} format={format} state={state} /> : null;
        })}
      </section>
    </div>
  );
}

/**
 * The report page of an evaluation (/utvarderingar/:id/rapport): the options (the criteria annex
 * when its model version has criteria), the web report and Word and PDF downloads with their progress.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const { language } = useTranslation();
  const evaluation = useApiQuery({ queryKey: queryKeys.evaluation(id).detail(language), queryFn: ({ signal }) => api.getEvaluation(id, language, signal) });
  const choices = useApiQuery({ queryKey: queryKeys.reports.choices(), queryFn: ({ signal }) => reportApi.choices(signal) });
  const frameworkId = evaluation.state.status === 'ok' ? evaluation.state.data.framework.id : '';
  const framework = useApiQuery({
    queryKey: queryKeys.frameworks.detail(frameworkId, language),
    queryFn: ({ signal }) => api.getFramework(frameworkId, language, signal),
    enabled: frameworkId !== '',
  });
  const { state, retry } = combineQueries([evaluation, choices, framework], (detail, options, model): PageData => ({
    evaluation: detail,
    choices: options,
    hasCriteria: model.areas.some((area) => area.subareas.some((subarea) => subarea.criteria.length > 0)),
  }));
  return (
    <PageState state={state} retry={retry}>
      {(data) => <ReportView {...data} />}
    </PageState>
  );
}
