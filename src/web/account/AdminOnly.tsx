import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { MessageKey } from '../../i18n/index.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from '../ui/AppLink.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { paths } from '../paths.js';

interface Texts {
  /** The page's title and heading. */
  title: string;
  /** Said to the public, with a sign-in link. */
  anonymous: MessageKey;
  /** Said to a signed-in user who is not an administrator; gets `{name}` and `{role}`. */
  notAdmin: MessageKey;
}

function AdminRequired({ title, anonymous, notAdmin }: Texts) {
  const { t } = useTranslation();
  usePageTitle(title);
  const { status, error, user, refresh } = useSession();
  const { pathname, search } = useLocation();
  let body: ReactNode;
  if (status === 'loading') body = <LoadingStatus />;
  else if (status === 'error') body = <ErrorAlert error={error} onRetry={() => void refresh()} />;
  else if (!user) {
    body = (
      <Alert data-color="info">
        <Paragraph>{t(anonymous)}</Paragraph>
        <Paragraph>
          <AppLink to={paths.signIn(`${pathname}${search}`)}>{t('access.signIn')}</AppLink>
        </Paragraph>
      </Alert>
    );
  } else {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t(notAdmin, { name: user.name, role: t(roleKey(user.role)) })}</Paragraph>
      </Alert>
    );
  }
  return (
    <div className="page page--narrow">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: title }]} />
      <PageHeading>{title}</PageHeading>
      {body}
    </div>
  );
}

/**
 * Shows `children` to administrators (or to the roles in `allow`); anyone else is told why not
 * (and the public how to sign in).
 */
export function AdminOnly({ children, allow = ['admin'], ...texts }: Texts & { children: ReactNode; allow?: readonly string[] }) {
  const { pageUser } = useSession();
  return pageUser && allow.includes(pageUser.role) ? <>{children}</> : <AdminRequired {...texts} />;
}
