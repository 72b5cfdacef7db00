import { Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from './AppLink.js';
import { PageHeading } from './PageHeading.js';

/** "Not found", for unknown addresses and for things the API does not have. */
export function NotFoundContent({ resource = false }: { resource?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{resource ? t('notFound.resource') : t('notFound.body')}</Paragraph>
      <ul className="link-list">
        <li>
          <AppLink to="/">{t('notFound.home')}</AppLink>
        </li>
        <li>
          <AppLink to="/kommuner">{t('notFound.search')}</AppLink>
        </li>
      </ul>
    </div>
  );
}
