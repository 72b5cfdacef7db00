import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DemoAccounts } from './DemoAccounts.js';
import { SignInForm, type Credentials } from './SignInForm.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { afterSignInPath, paths, RETURN_PARAM, safeReturnPath } from '../paths.js';

/**
 * Signing in. Afterwards the user returns to the page they came from (`?till=`, a path on this
 * site only), or a municipality user goes to their own start page. In demo mode the demo accounts are listed, marked as such.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { user, session } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const submitRef = useRef<HTMLButtonElement>(null);
  const [fill, setFill] = useState<Credentials | null>(null);
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));

  return (
    <div className="page page--narrow">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('signIn.title') }]} />
      <div className="intro">
        <PageHeading>{t('signIn.title')}</PageHeading>
        <Paragraph>{t('signIn.intro')}</Paragraph>
      </div>
      {user ? (
        <Alert data-color="info">
          <Paragraph>{t('signIn.already', { name: user.name, role: t(roleKey(user.role)) })}</Paragraph>
        </Alert>
      ) : null}
      <section className="panel account-panel">
        <SignInForm fill={fill} onSignedIn={(signedIn) => navigate(afterSignInPath(returnTo, signedIn.user?.role), { replace: true })} submitRef={submitRef} />
        <Paragraph data-size="sm" className="muted">
          {t('signIn.noPassword')}
        </Paragraph>
      </section>
      {session?.demoMode ? (
        <DemoAccounts
          onUse={(account) => {
            setFill({ email: account.email, password: account.password });
            submitRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
