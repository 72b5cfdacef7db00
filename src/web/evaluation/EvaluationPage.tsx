import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { api } from '../api/client.js';
import type { EvaluationDetail } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { AreaOverviewTable } from './AreaOverviewTable.js';
import { areaAnchor, AreaScoreTable } from './AreaScoreTable.js';
import { AreaTexts, hasAreaTexts } from './AreaTexts.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { hasSubareaChart, ResultChart, SubareaChart } from './EvaluationCharts.js';
import { COMPARISONS_ANCHOR, ComparisonSection } from '../comparisons/ComparisonSection.js';
import { EvaluationFacts } from './EvaluationFacts.js';
import { EvaluationStatusBadge } from './team/EvaluationStatusBadge.js';
import { EvaluationTeam } from './team/EvaluationTeam.js';
import { IncompleteNotice } from './IncompleteNotice.js';
import { IMPORT_REPORT_ANCHOR, ImportReportSection } from '../import/ImportReportSection.js';
import { PageContents, type ContentsEntry } from './PageContents.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { PUBLISHED_ANCHOR, PublishedFiguresSection } from './PublishedFiguresSection.js';
import { REPORT_ANCHOR, ReportSection } from '../report/ReportSection.js';
import { SUMMARY_ANCHOR, SummaryComments } from './SummaryComments.js';
import { TotalScore } from '../ui/TotalScore.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { WorkspaceLink } from '../workspace/WorkspaceLink.js';
import { paths } from '../paths.js';
import './evaluation.css';
import { ContentLanguageContext } from '../language/content-language.js';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { usePassageTarget } from './use-passage-target.js';
import { ActionPlanSection } from '../action-plan/ActionPlanSection.js';
import { canStartFollowUp, FOLLOW_UP_ANCHOR, NewFollowUp } from './NewFollowUp.js';
import { useSession } from '../session/session-context.js';

const RESULT_ANCHOR = 'resultat';

function EvaluationView({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const year = evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year);
  const title = t('evaluation.titleFor', { name: evaluation.municipality.name, year });
  usePageTitle(title);
  const differenceCount = evaluation.differences.length;
  const summaryComments = evaluation.summaryComments?.trim() ? evaluation.summaryComments : null;
  // A link to a passage (a search hit) lands on it once the evaluation has rendered it.
  usePassageTarget(true);
  const contents: ContentsEntry[] = [
    ...(summaryComments ? [{ anchor: SUMMARY_ANCHOR, label: t('evaluation.summaryComments') }] : []),
    { anchor: RESULT_ANCHOR, label: t('evaluation.resultHeading') },
    ...evaluation.areas.map((area) => ({ anchor: areaAnchor(area.code), label: t('evaluation.areaHeading', { code: area.code, title: area.title }) })),
    { anchor: COMPARISONS_ANCHOR, label: t('comparisons.heading') },
    ...(evaluation.published ? [{ anchor: PUBLISHED_ANCHOR, label: t('published.heading') }] : []),
    ...(evaluation.importReport ? [{ anchor: IMPORT_REPORT_ANCHOR, label: t('importReport.heading') }] : []),
    ...(canStartFollowUp(user, evaluation) ? [{ anchor: FOLLOW_UP_ANCHOR, label: t('followUp.new.heading') }] : []),
    { anchor: REPORT_ANCHOR, label: t('reports.section.heading') },
  ];
  return (
    <div className="page">
      <Breadcrumbs
        items={[
          { label: t('nav.start'), to: paths.start() },
          { label: t('nav.municipalities'), to: paths.municipalities() },
          { label: evaluation.municipality.name, to: paths.municipality(evaluation.municipality.id) },
          { label: year },
        ]}
      />
      <PageHeading sub={t('evaluation.headingSub', { framework: evaluation.framework.title })}>{title}</PageHeading>
      <EvaluationStatusBadge status={evaluation.status} />
      <WorkspaceLink evaluation={evaluation} />

      <div className="evaluation-summary">
        <TotalScore total={evaluation.total} complete={evaluation.complete} />
        <section aria-labelledby="evaluation-facts" className="evaluation-summary__facts">
          <Heading level={2} data-size="xs" id="evaluation-facts">
            {t('evaluation.facts')}
          </Heading>
          <EvaluationFacts evaluation={evaluation} />
        </section>
      </div>

      {differenceCount > 0 ? (
        <Alert data-color="warning" className="summary-notice">
          <Paragraph>
            <span className="ds-sr-only">{t('published.warningLabel')}: </span>
            {differenceCount === 1 ? t('published.summary.one') : t('published.summary.other', { count: differenceCount })}{' '}
            <a className="ds-link" href={`#${PUBLISHED_ANCHOR}`}>
              {t('published.heading')}
            </a>
          </Paragraph>
        </Alert>
      ) : null}
      <IncompleteNotice evaluation={evaluation} />

      <PageContents entries={contents} />

      {summaryComments ? <SummaryComments text={summaryComments} /> : null}

      <section aria-labelledby={RESULT_ANCHOR}>
        <Heading level={2} data-size="sm" id={RESULT_ANCHOR}>
          {t('evaluation.resultHeading')}
        </Heading>
        <AreaOverviewTable evaluation={evaluation} />
        <ResultChart evaluation={evaluation} />
      </section>

      {evaluation.areas.map((area) => (
        <AreaScoreTable key={area.code} area={area}>
          {hasSubareaChart(area) ? <SubareaChart area={area} /> : null}
          {hasAreaTexts(area) ? <AreaTexts area={area} /> : null}
        </AreaScoreTable>
      ))}

      <ComparisonSection evaluation={evaluation} />
      {evaluation.published ? <PublishedFiguresSection evaluation={evaluation} published={evaluation.published} /> : null}
      {evaluation.importReport ? <ImportReportSection report={evaluation.importReport} /> : null}
      <NewFollowUp evaluation={evaluation} />
      <ReportSection evaluationId={evaluation.id} />
      <ActionPlanSection evaluation={evaluation} />
      <EvaluationTeam evaluationId={evaluation.id} />
    </div>
  );
}

/**
 * One evaluation: facts, the grand total, a table of contents, the summary comments, every area's
 * table with the report's texts, the comparisons (loaded on their own), any published figures and,
 * for imported reports, the import report.
 */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { language } = useTranslation();
  const { state, retry } = useApiQuery({ queryKey: queryKeys.evaluation(id).detail(language), queryFn: ({ signal }) => api.getEvaluation(id, language, signal) });
  return (
    <PageState state={state} retry={retry}>
      {(evaluation) => (
        <ContentLanguageContext.Provider value={WRITTEN_LANGUAGE[evaluation.municipality.country]}>
          <EvaluationView evaluation={evaluation} />
        </ContentLanguageContext.Provider>
      )}
    </PageState>
  );
}
