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

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');

// The UI texts of the chosen language only (its own file) come first; then the app renders.
void loadCatalogue(storedLanguage()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
