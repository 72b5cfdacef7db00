import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { AdminOnly } from '../account/AdminOnly.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ImportFileInput } from './ImportFileInput.js';
import { ImportUploadItem } from './ImportUploadItem.js';
import { PageHeading } from '../ui/PageHeading.js';
import { RecentImports } from './RecentImports.js';
import { isFinished, useImportUploads } from './use-import-uploads.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import './import.css';

/**
 * Imports published reports: choose files (or drop them), follow each upload's progress, read
 * what the importer found, and see the recent imports, which keep running when the page is left.
 * Only administrators import; anyone else is told so.
 */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('import.heading')} anonymous="access.import.anonymous" notAdmin="access.import.notAdmin">
      <ImportWorkspace />
    </AdminOnly>
  );
}

function ImportWorkspace() {
  const { language, t } = useTranslation();
  usePageTitle(t('import.title'));
  const { items, addFiles } = useImportUploads();
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const frameworkTitles = useMemo(
    () => new Map(frameworks.state.status === 'ok' ? frameworks.state.data.items.map((framework) => [framework.id, framework.title]) : []),
    [frameworks.state],
  );
  // Whenever one of this visit's files becomes a job or finishes, the imports and the
  // evaluations (an import adds or replaces them) are read again.
  const queryClient = useQueryClient();
  const changes = items.filter((item) => item.job !== null).length + items.filter(isFinished).length;
  useEffect(() => {
    if (changes === 0) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.imports.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.evaluations.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.goodExamples.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.everyEvaluation });
  }, [changes, queryClient]);

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('import.heading') }]} />
      <div className="intro">
        <PageHeading>{t('import.heading')}</PageHeading>
        <Paragraph>{t('import.intro')}</Paragraph>
      </div>

      <section aria-labelledby="import-choose" className="panel import-choose">
        <Heading level={2} data-size="sm" id="import-choose">
          {t('import.chooseHeading')}
        </Heading>
        <ImportFileInput onFiles={addFiles} />
        <Alert data-color="info" className="import-background">
          <Paragraph>{t('import.background')}</Paragraph>
          <Paragraph data-size="sm">{t('import.reimport')}</Paragraph>
        </Alert>
      </section>

      {items.length > 0 ? (
        <section aria-labelledby="import-session">
          <Heading level={2} data-size="sm" id="import-session">
            {t('import.sessionHeading')}
          </Heading>
          <Paragraph data-size="sm" className="muted">{t('import.sessionIntro')}</Paragraph>
          <ul className="import-items">
            {items.map((item) => (
              <ImportUploadItem key={item.key} item={item} frameworkTitles={frameworkTitles} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="import-recent">
        <Heading level={2} data-size="sm" id="import-recent">
          {t('import.recentHeading')}
        </Heading>
        <Paragraph data-size="sm" className="muted">{t('import.recentIntro')}</Paragraph>
        <RecentImports frameworkTitles={frameworkTitles} />
      </section>
    </div>
  );
}
