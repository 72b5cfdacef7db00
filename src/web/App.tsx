import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './layout/AppShell.js';
import { LanguageProvider } from './language/LanguageProvider.js';
import { EvaluationPage } from './evaluation/EvaluationPage.js';
import { FrameworkPage } from './public/FrameworkPage.js';
import { FrameworksPage } from './public/FrameworksPage.js';
import { GoodExamplesPage } from './good-examples/GoodExamplesPage.js';
import { ImportPage } from './import/ImportPage.js';
import { MunicipalityPage } from './public/MunicipalityPage.js';
import { MunicipalitySearchPage } from './public/MunicipalitySearchPage.js';
import { NotFoundPage } from './public/NotFoundPage.js';
import { StartPage } from './public/StartPage.js';
import { AccessibilityPage } from './public/AccessibilityPage.js';
import { OpenDataPage } from './open-data/OpenDataPage.js';
import { StatisticsPage } from './statistics/StatisticsPage.js';
import { PasswordPage } from './account/PasswordPage.js';
import { SignInPage } from './account/SignInPage.js';
import { UsersPage } from './users/UsersPage.js';
import { ReferenceAveragesPage } from './reference-averages/ReferenceAveragesPage.js';
import { NewEvaluationPage } from './evaluation/NewEvaluationPage.js';
import { ReportPage } from './report/ReportPage.js';
import { SearchPage } from './search/SearchPage.js';
import { MyMunicipalityPage } from './my-municipality/MyMunicipalityPage.js';
import { EvidencePanel } from './workspace/evidence/EvidencePanel.js';
import { FactCheckPanel } from './workspace/factcheck/FactCheckPanel.js';
import { CalibrationPanel } from './workspace/scoring/CalibrationPanel.js';
import { ScoringPanel } from './workspace/scoring/ScoringPanel.js';
import { OverviewPanel } from './workspace/OverviewPanel.js';
import { WorkspaceLayout } from './workspace/WorkspaceLayout.js';
import { WritingPanel } from './workspace/writing/WritingPanel.js';
import { FollowUpPanel } from './workspace/follow-up/FollowUpPanel.js';
import { QuestionnairePanel } from './workspace/questionnaire/QuestionnairePanel.js';
import { SessionProvider } from './session/SessionProvider.js';
import { ActionPlanPage } from './action-plan/ActionPlanPage.js';
import { ActionPage, NewActionPage } from './action-plan/ActionPage.js';
import { routes } from './paths.js';
import { QuestionnairePage } from './questionnaire/QuestionnairePage.js';
import { QuestionSetsPage } from './question-sets/QuestionSetsPage.js';
import { QuestionSetPage } from './question-sets/QuestionSetPage.js';
import { CriteriaStatisticsPage } from './criteria-statistics/CriteriaStatisticsPage.js';

/** The routes of the web app; paths are Swedish, as users see them. */
export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter>
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
                <Route index element={<OverviewPanel />} />
                <Route path="underlag" element={<EvidencePanel />} />
                <Route path="bedomning" element={<ScoringPanel />} />
                <Route path="kalibrering" element={<CalibrationPanel />} />
                <Route path="texter" element={<WritingPanel />} />
                <Route path="uppfoljning" element={<FollowUpPanel />} />
                <Route path="faktakontroll" element={<FactCheckPanel />} />
                <Route path="frageunderlag" element={<QuestionnairePanel />} />
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
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
