import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/client.js';
import type { EvaluationDetail } from '../api/types.js';
import { useApiData } from '../api/use-api-data.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { PageHeading } from '../components/PageHeading.js';
import { PageState } from '../components/PageState.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { DownloadStatus } from './DownloadStatus.js';
import { reportApi, type ReportChoices, type ReportFileFormat } from './report-api.js';
import { checkReportForm, defaultReportForm, reportParams, type ReportForm, type ReportFormField } from './report-options.js';
import { ReportOptionsForm, type CountyChoice } from './ReportOptionsForm.js';
import { useReportDownloads } from './use-report-job.js';
import './report.css';

const FIELDS: readonly ReportFormField[] = ['since', 'group'];
const FORMATS: readonly ReportFileFormat[] = ['docx', 'pdf'];

interface PageData {
  evaluation: EvaluationDetail;
  choices: ReportChoices;
  counties: CountyChoice[];
}

function ReportView({ evaluation, choices, counties }: PageData) {
  const { t, language } = useTranslation();
  const year = evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year);
  const title = t('reports.page.title', { name: evaluation.municipality.name, year });
  usePageTitle(title);
  const [form, setForm] = useState<ReportForm>(() => defaultReportForm(language));
  const [errors, setErrors] = useState<Partial<Record<ReportFormField, string>>>({});
  const sinceRef = useRef<HTMLInputElement>(null);
  const groupRef = useRef<HTMLInputElement>(null);
  const { states, start } = useReportDownloads(evaluation.id);
  const params = useMemo(() => reportParams(form), [form]);

  const change = (patch: Partial<ReportForm>) => setForm((current) => ({ ...current, ...patch }));

  /** True when the options can be sent; otherwise shows the problems and focuses the first. */
  const ready = (): boolean => {
    const problems = checkReportForm(form);
    setErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])));
    const first = FIELDS.find((field) => problems[field]);
    if (first) (first === 'since' ? sinceRef : groupRef).current?.focus();
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
          { label: t('nav.start'), to: '/' },
          { label: t('nav.municipalities'), to: '/kommuner' },
          { label: evaluation.municipality.name, to: `/kommuner/${evaluation.municipality.code}` },
          { label: year, to: `/utvarderingar/${evaluation.id}` },
          { label: t('reports.page.breadcrumb') },
        ]}
      />
      <PageHeading sub={t('evaluation.headingSub', { framework: evaluation.framework.title })}>{title}</PageHeading>
      <Paragraph className="report-page__intro">{t('reports.page.intro')}</Paragraph>

      <form className="report-form" noValidate aria-label={t('reports.section.heading')} onSubmit={(event) => event.preventDefault()}>
        <ReportOptionsForm form={form} change={change} errors={errors} choices={choices} counties={counties} sinceRef={sinceRef} groupRef={groupRef} />
      </form>

      <section aria-labelledby="report-actions" className="report-actions">
        <Heading level={2} data-size="sm" id="report-actions">
          {t('reports.actions.heading')}
        </Heading>
        <div className="report-actions__buttons">
          <a className="ds-button" data-variant="primary" href={reportApi.htmlUrl(evaluation.id, params)} onClick={openWebReport}>
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

/** Distinct counties of the municipality list, in Swedish alphabetical order. */
function countiesOf(items: ReadonlyArray<{ county: CountyChoice }>): CountyChoice[] {
  const byCode = new Map(items.map((item) => [item.county.code, item.county]));
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * The report page of an evaluation (/utvarderingar/:id/rapport): the options, the web report and
 * Word and PDF downloads with their progress.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const { language } = useTranslation();
  const { state, retry } = useApiData(
    async (signal): Promise<PageData> => {
      const [evaluation, choices, municipalities] = await Promise.all([
        api.getEvaluation(id, language, signal),
        reportApi.choices(signal),
        api.searchMunicipalities({ limit: 300 }, signal),
      ]);
      return { evaluation, choices, counties: countiesOf(municipalities.items) };
    },
    [id, language],
  );
  return (
    <PageState state={state} retry={retry}>
      {(data) => <ReportView {...data} />}
    </PageState>
  );
}
