import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { NewPasswordForm } from './NewPasswordForm.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { paths } from '../paths.js';

/** The token of a password link travels in the address's fragment, never sent to the server in a URL. */
function tokenFromAddress(): string {
  try {
    return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

/** A link the server does not know, has used or has let expire (or a token that cannot be one). */
const isInvalidLink = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/**
 * Choosing a password through a one-time link (`/losenord#<token>`): the token is read from the
 * address and then removed from it, the link is checked, and the user sets a new password.
 */
export function PasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.title'));
  const [token] = useState(tokenFromAddress);
  const [outcome, setOutcome] = useState<'done' | 'invalid' | null>(null);
  const { hash, pathname, search } = useLocation();
  const navigate = useNavigate();
  const { refresh } = useSession();

  // Off the address bar (and so out of the history and of anything copied from it).
  useEffect(() => {
    if (hash) navigate({ pathname, search, hash: '' }, { replace: true });
  }, [hash, pathname, search, navigate]);

  const { state, retry } = useApiQuery({
    queryKey: queryKeys.passwordLink(token ?? ''),
    queryFn: ({ signal }) => (token ? api.inspectPasswordLink(token, signal) : Promise.resolve(null)),
    staleTime: 0,
  });

  let body: ReactNode = null;
  if (!token) body = <Message text={t('password.missing')} />;
  else if (outcome === 'invalid') body = <Message text={t('password.invalid')} />;
  else if (outcome === 'done') {
    body = <Done />;
  } else if (state.status === 'loading') body = <LoadingStatus label={t('password.checking')} />;
  else if (state.status === 'error') body = isInvalidLink(state.error) ? <Message text={t('password.invalid')} /> : <ErrorAlert error={state.error} onRetry={retry} />;
  else if (state.data) {
    body = (
      <NewPasswordForm
        token={token}
        account={state.data}
        onDone={() => {
          setOutcome('done');
          // The server ended every session of the account, perhaps this browser's too.
          void refresh();
        }}
        onInvalidLink={() => setOutcome('invalid')}
      />
    );
  }

  return (
    <div className="page page--narrow">
      <PageHeading>{t('password.title')}</PageHeading>
      <section className="panel account-panel">
        {body}
      </section>
    </div>
  );
}

function Message({ text }: { text: string }) {
  return (
    <Alert data-color="warning">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/** The password is saved: said where focus is (the form is gone), with the way to sign in. */
function Done() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="success" className="focus-target">
      <Paragraph>{t('password.done')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.signIn()}>{t('password.signInLink')}</AppLink>
      </Paragraph>
    </Alert>
  );
}
