import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { usePageTitle } from './use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from './AppLink.js';
import { PageHeading } from './PageHeading.js';
import { isEvaluationPath, paths } from '../paths.js';

/** "Not found", for unknown addresses and for things the API does not have. */
export function NotFoundContent({ resource = false }: { resource?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  const { status, user } = useSession();
  const { pathname, search } = useLocation();
  // Evaluations not yet published are hidden from the public: someone with an account may need to sign in.
  const offerSignIn = resource && status === 'ready' && !user && isEvaluationPath(pathname);
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{resource ? t('notFound.resource') : t('notFound.body')}</Paragraph>
      {offerSignIn ? (
        <Paragraph>
          {t('notFound.signInHint')} <AppLink to={paths.signIn(`${pathname}${search}`)}>{t('access.signIn')}</AppLink>
        </Paragraph>
      ) : null}
      <ul className="link-list">
        <li>
          <AppLink to={paths.start()}>{t('notFound.home')}</AppLink>
        </li>
        <li>
          <AppLink to={paths.municipalities()}>{t('notFound.search')}</AppLink>
        </li>
      </ul>
    </div>
  );
}
