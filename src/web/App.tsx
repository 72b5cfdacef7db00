import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './layout/AppShell.js';
import { LanguageProvider } from './language/LanguageProvider.js';
import { SessionProvider } from './session/SessionProvider.js';
import { routes } from './paths.js';
import { lazyPage } from './layout/page-chunks.js';
import { tabOfPath } from './workspace/workspace-tabs.js';

// Every page and workspace panel is its own file, fetched when first shown (see page-chunks.tsx).
const EvaluationPage = lazyPage(() => import('./evaluation/EvaluationPage.js'), 'EvaluationPage');
const FrameworkPage = lazyPage(() => import('./public/FrameworkPage.js'), 'FrameworkPage');
const FrameworksPage = lazyPage(() => import('./public/FrameworksPage.js'), 'FrameworksPage');
const GoodExamplesPage = lazyPage(() => import('./good-examples/GoodExamplesPage.js'), 'GoodExamplesPage');
const ImportPage = lazyPage(() => import('./import/ImportPage.js'), 'ImportPage');
const MunicipalityPage = lazyPage(() => import('./public/MunicipalityPage.js'), 'MunicipalityPage');
const MunicipalitySearchPage = lazyPage(() => import('./public/MunicipalitySearchPage.js'), 'MunicipalitySearchPage');
const NotFoundPage = lazyPage(() => import('./public/NotFoundPage.js'), 'NotFoundPage');
const StartPage = lazyPage(() => import('./public/StartPage.js'), 'StartPage');
const AccessibilityPage = lazyPage(() => import('./public/AccessibilityPage.js'), 'AccessibilityPage');
const OpenDataPage = lazyPage(() => import('./open-data/OpenDataPage.js'), 'OpenDataPage');
const StatisticsPage = lazyPage(() => import('./statistics/StatisticsPage.js'), 'StatisticsPage');
const PasswordPage = lazyPage(() => import('./account/PasswordPage.js'), 'PasswordPage');
const SignInPage = lazyPage(() => import('./account/SignInPage.js'), 'SignInPage');
const UsersPage = lazyPage(() => import('./users/UsersPage.js'), 'UsersPage');
const ReferenceAveragesPage = lazyPage(() => import('./reference-averages/ReferenceAveragesPage.js'), 'ReferenceAveragesPage');
const NewEvaluationPage = lazyPage(() => import('./evaluation/NewEvaluationPage.js'), 'NewEvaluationPage');
const ReportPage = lazyPage(() => import('./report/ReportPage.js'), 'ReportPage');
const SearchPage = lazyPage(() => import('./search/SearchPage.js'), 'SearchPage');
const MyMunicipalityPage = lazyPage(() => import('./my-municipality/MyMunicipalityPage.js'), 'MyMunicipalityPage');
/** The workspace's panels by their path below the workspace ('' is the overview; `WORKSPACE_TABS`). */
const workspacePanels = {
  '': lazyPage(() => import('./workspace/OverviewPanel.js'), 'OverviewPanel'),
  frageunderlag: lazyPage(() => import('./workspace/questionnaire/QuestionnairePanel.js'), 'QuestionnairePanel'),
  underlag: lazyPage(() => import('./workspace/evidence/EvidencePanel.js'), 'EvidencePanel'),
  bedomning: lazyPage(() => import('./workspace/scoring/ScoringPanel.js'), 'ScoringPanel'),
  kalibrering: lazyPage(() => import('./workspace/scoring/CalibrationPanel.js'), 'CalibrationPanel'),
  texter: lazyPage(() => import('./workspace/writing/WritingPanel.js'), 'WritingPanel'),
  uppfoljning: lazyPage(() => import('./workspace/follow-up/FollowUpPanel.js'), 'FollowUpPanel'),
  faktakontroll: lazyPage(() => import('./workspace/factcheck/FactCheckPanel.js'), 'FactCheckPanel'),
};
type WorkspacePanelPath = keyof typeof workspacePanels;
/** The workspace's frame; the panel the address shows is fetched together with it, not after it. */
const WorkspaceLayout = lazyPage(() => {
  workspacePanels[tabOfPath(window.location.pathname).path as WorkspacePanelPath]?.preload();
  return import('./workspace/WorkspaceLayout.js');
}, 'WorkspaceLayout');
const ActionPlanPage = lazyPage(() => import('./action-plan/ActionPlanPage.js'), 'ActionPlanPage');
const ActionPage = lazyPage(() => import('./action-plan/ActionPage.js'), 'ActionPage');
const NewActionPage = lazyPage(() => import('./action-plan/ActionPage.js'), 'NewActionPage');
const QuestionnairePage = lazyPage(() => import('./questionnaire/QuestionnairePage.js'), 'QuestionnairePage');
const QuestionSetsPage = lazyPage(() => import('./question-sets/QuestionSetsPage.js'), 'QuestionSetsPage');
const QuestionSetPage = lazyPage(() => import('./question-sets/QuestionSetPage.js'), 'QuestionSetPage');
const CriteriaStatisticsPage = lazyPage(() => import('./criteria-statistics/CriteriaStatisticsPage.js'), 'CriteriaStatisticsPage');
const FrameworkVersionsPage = lazyPage(() => import('./framework-versions/FrameworkVersionsPage.js'), 'FrameworkVersionsPage');
const FrameworkVersionPage = lazyPage(() => import('./framework-versions/FrameworkVersionPage.js'), 'FrameworkVersionPage');

/**
 * The routes of the web app; paths are Swedish, as users see them. The router updates its location
 * at once, not in a React transition: a page's address changes (filters, tabs) render before the
 * next input event, so two quick choices never build on a stale address, and a page whose code is
 * still loading shows its loading state instead of leaving the old page up.
 */
export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter useTransitions={false}>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<StartPage />} />
              <Route path={routes.municipalities} element={<MunicipalitySearchPage />} />
              <Route path={routes.municipality} element={<MunicipalityPage />} />
              <Route path={routes.search} element={<SearchPage />} />
              <Route path={routes.newEvaluation} element={<NewEvaluationPage />} />
              <Route path={routes.evaluation} element={<EvaluationPage />} />
              <Route path={routes.report} element={<ReportPage />} />
              <Route path={routes.workspace} element={<WorkspaceLayout />}>
                {Object.entries(workspacePanels).map(([path, Panel]) =>
                  path === '' ? <Route key="" index element={<Panel />} /> : <Route key={path} path={path} element={<Panel />} />,
                )}
              </Route>
              <Route path={routes.actionPlan} element={<ActionPlanPage />} />
              <Route path={routes.newAction} element={<NewActionPage />} />
              <Route path={routes.action} element={<ActionPage />} />
              <Route path={routes.myMunicipality} element={<MyMunicipalityPage />} />
              <Route path={routes.frameworks} element={<FrameworksPage />} />
              <Route path={routes.framework} element={<FrameworkPage />} />
              <Route path={routes.goodExamples} element={<GoodExamplesPage />} />
              <Route path={routes.import} element={<ImportPage />} />
              <Route path={routes.accessibility} element={<AccessibilityPage />} />
              <Route path={routes.openData} element={<OpenDataPage />} />
              <Route path={routes.statistics} element={<StatisticsPage />} />
              <Route path={routes.signIn} element={<SignInPage />} />
              <Route path={routes.password} element={<PasswordPage />} />
              <Route path={routes.users} element={<UsersPage />} />
              <Route path={routes.referenceAverages} element={<ReferenceAveragesPage />} />
              <Route path={routes.questionnaire} element={<QuestionnairePage />} />
              <Route path={routes.questionSets} element={<QuestionSetsPage />} />
              <Route path={routes.questionSet} element={<QuestionSetPage />} />
              <Route path={routes.criteriaStatistics} element={<CriteriaStatisticsPage />} />
              <Route path={routes.frameworkVersions} element={<FrameworkVersionsPage />} />
              <Route path={routes.frameworkVersion} element={<FrameworkVersionPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
