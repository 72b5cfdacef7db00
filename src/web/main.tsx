import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme.css';
import './styles.css';
import './ui/ui.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { createQueryClient } from './api/query-client.js';
import { loadCatalogue } from './language/catalogues.js';
import { storedLanguage } from './language/LanguageProvider.js';
import { showBootFailure } from './language/boot-failure.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');

// The UI texts of the chosen language only (its own file) come first; then the app renders.
// A failed fetch is tried once more, then said in words with a reload button.
const language = storedLanguage();
void loadCatalogue(language)
  .catch(() => loadCatalogue(language))
  .then(
    () =>
      createRoot(root).render(
        <StrictMode>
          <QueryClientProvider client={createQueryClient()}>
            <App />
          </QueryClientProvider>
        </StrictMode>,
      ),
    () => showBootFailure(root, language),
  );
