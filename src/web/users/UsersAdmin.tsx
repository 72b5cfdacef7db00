import { MUNICIPALITY_SEARCH_LIMIT_MAX } from '../../contract/municipalities.js';
import { useQueryClient } from '@tanstack/react-query';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { compareText } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { User, UserChange } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { CreateUserForm } from './CreateUserForm.js';
import { OneTimeLink, type ShownLink } from './OneTimeLink.js';
import { municipalityNames } from './user-texts.js';
import { UserTable, type UserActions } from './UserTable.js';
import { paths } from '../paths.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import './users.css';
import { apiErrorText } from '../api/error-text.js';

/** All of Sweden's municipalities fit in one answer (290). */
const ALL_MUNICIPALITIES = MUNICIPALITY_SEARCH_LIMIT_MAX;

/**
 * The users page for administrators: add a user (and show their one-time link), see everyone,
 * change a role, disable or enable an account, and make a new password link.
 */
export function UsersAdmin() {
  const { t, language } = useTranslation();
  usePageTitle(t('users.title'));
  const { pageUser: me } = useSession();
  const listHeadingId = useId();
  const queryClient = useQueryClient();
  const users = useApiQuery({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => api.listUsers(signal) });
  const municipalities = useApiQuery({
    queryKey: queryKeys.municipalities.search({ limit: ALL_MUNICIPALITIES }),
    queryFn: ({ signal }) => api.searchMunicipalities({ limit: ALL_MUNICIPALITIES }, signal),
  });
  /** After every change: the users (and the evaluator choices that list them) are read again. */
  const refreshUsers = () => void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
  const municipalityList = municipalities.state.status === 'ok' ? municipalities.state.data.items : undefined;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState<ShownLink | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const read = users.state.status === 'ok' ? users.state.data.items : users.state.status === 'loading' ? users.state.previous?.items : undefined;
  // By name in the reader's alphabet (the server's order is the database's, not a language's).
  const list = read && [...read].sort((a, b) => compareText(a.name, b.name, language) || compareText(a.email, b.email, language));

  const withPending = async (user: User, work: () => Promise<void>) => {
    if (pending.has(user.id)) return;
    setPending((current) => new Set(current).add(user.id));
    try {
      await work();
    } finally {
      setPending((current) => {
        const next = new Set(current);
        next.delete(user.id);
        return next;
      });
    }
  };

  const failed = (user: User, error: unknown) => {
    if (error instanceof ApiError && error.code === 'version_conflict') {
      setNotice({ color: 'warning', text: t('users.conflict', { name: user.name }) });
      refreshUsers();
      return;
    }
    const detail = apiErrorText(error, t);
    setNotice({ color: 'danger', text: t('users.changeFailed'), detail });
  };

  const change = async (user: User, fields: Omit<UserChange, 'version'>, success: string): Promise<boolean> => {
    try {
      await api.changeUser(user.id, { version: user.version, ...fields });
      setNotice({ color: 'success', text: success });
      refreshUsers();
      return true;
    } catch (error) {
      failed(user, error);
      return false;
    }
  };

  const focusToggle = (user: User) => document.getElementById(`user-role-${user.id}-toggle`)?.focus();

  const actions: UserActions = {
    editing,
    pending,
    toggleEdit: (user) => {
      const closing = editing === user.id;
      setEditing(closing ? null : user.id);
      if (closing) focusToggle(user);
    },
    saveRole: (user, roleChange) =>
      withPending(user, async () => {
        if (await change(user, roleChange, t('users.saved', { name: user.name }))) {
          setEditing(null);
          focusToggle(user);
        }
      }),
    setDisabled: (user, disabled) =>
      void withPending(user, async () => {
        await change(user, { disabled }, t(disabled ? 'users.disabledNotice' : 'users.enabledNotice', { name: user.name }));
      }),
    newLink: (user) =>
      void withPending(user, async () => {
        try {
          const created = await api.newPasswordLink(user.id);
          setNotice(null);
          setLink({ ...created, name: user.name, email: user.email });
          refreshUsers();
        } catch (error) {
          failed(user, error);
        }
      }),
  };

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('users.heading') }]} />
      <div className="intro">
        <PageHeading>{t('users.heading')}</PageHeading>
        <Paragraph>{t('users.intro')}</Paragraph>
      </div>

      <CreateUserForm
        municipalities={municipalityList}
        onCreated={(user, created) => {
          setNotice({ color: 'success', text: t('users.created', { name: user.name }) });
          setLink({ ...created, name: user.name, email: user.email });
          refreshUsers();
        }}
      />

      {link ? <OneTimeLink key={link.url} link={link} onHide={() => setLink(null)} /> : null}

      <section aria-labelledby={listHeadingId}>
        <Heading level={2} data-size="sm" id={listHeadingId}>
          {t('users.listHeading')}
        </Heading>
        <LiveNotice notice={notice} size="md" className="users-notice" />
        {users.state.status === 'error' ? <ErrorAlert error={users.state.error} onRetry={users.retry} /> : null}
        {list ? (
          <UserTable users={list} me={me?.id ?? null} names={municipalityNames(municipalityList)} municipalities={municipalityList} actions={actions} />
        ) : users.state.status === 'loading' ? (
          <LoadingStatus />
        ) : null}
      </section>
    </div>
  );
}
