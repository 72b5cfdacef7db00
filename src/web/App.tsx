import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './components/AppShell.js';
import { LanguageProvider } from './language/LanguageProvider.js';
import { EvaluationPage } from './pages/EvaluationPage.js';
import { FrameworkPage } from './pages/FrameworkPage.js';
import { FrameworksPage } from './pages/FrameworksPage.js';
import { ImportPage } from './pages/ImportPage.js';
import { MunicipalityPage } from './pages/MunicipalityPage.js';
import { MunicipalitySearchPage } from './pages/MunicipalitySearchPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { StartPage } from './pages/StartPage.js';
import { AccessibilityPage } from './pages/AccessibilityPage.js';

/** The routes of the web app; paths are Swedish, as users see them. */
export function App() {
  return (
    <LanguageProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<StartPage />} />
            <Route path="kommuner" element={<MunicipalitySearchPage />} />
            <Route path="kommuner/:code" element={<MunicipalityPage />} />
            <Route path="utvarderingar/:id" element={<EvaluationPage />} />
            <Route path="ramverk" element={<FrameworksPage />} />
            <Route path="ramverk/:id" element={<FrameworkPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="tillganglighet" element={<AccessibilityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </LanguageProvider>
  );
}
