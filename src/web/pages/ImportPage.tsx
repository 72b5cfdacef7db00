import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { api } from '../api/client.js';
import { useApiData } from '../api/use-api-data.js';
import { AdminOnly } from '../components/account/AdminOnly.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { ImportFileInput } from '../components/ImportFileInput.js';
import { ImportUploadItem } from '../components/ImportUploadItem.js';
import { PageHeading } from '../components/PageHeading.js';
import { RecentImports } from '../components/RecentImports.js';
import { isFinished, useImportUploads } from '../hooks/use-import-uploads.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useTranslation } from '../language/language-context.js';

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
  const frameworks = useApiData((signal) => api.listFrameworks(language, signal), [language]);
  const frameworkTitles = useMemo(
    () => new Map(frameworks.state.status === 'ok' ? frameworks.state.data.items.map((framework) => [framework.id, framework.title]) : []),
    [frameworks.state],
  );
  // The recent list is read again whenever one of this visit's files becomes a job or finishes.
  const refreshKey = items.filter((item) => item.job !== null).length + items.filter(isFinished).length;

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: '/' }, { label: t('import.heading') }]} />
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
        <RecentImports refreshKey={refreshKey} frameworkTitles={frameworkTitles} />
      </section>
    </div>
  );
}
