import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useId } from 'react';
import type { MunicipalitySummary, User } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { TableScroll } from '../ui/TableScroll.js';
import { municipalityLabel, userStatusKey, type MunicipalityNames } from './user-texts.js';
import { UserRoleForm, type RoleChange } from './UserRoleForm.js';

export interface UserActions {
  /** The user whose role form is open, if any. */
  editing: string | null;
  /** Users with a change on its way. */
  pending: ReadonlySet<string>;
  toggleEdit(user: User): void;
  saveRole(user: User, change: RoleChange): Promise<void>;
  setDisabled(user: User, disabled: boolean): void;
  newLink(user: User): void;
}

const COLUMNS = 7;

/** Every user with role, municipality and status, and what an administrator can do with each. */
export function UserTable({
  users,
  me,
  names,
  municipalities,
  actions,
}: {
  users: readonly User[];
  me: string | null;
  names: MunicipalityNames;
  municipalities: readonly MunicipalitySummary[] | undefined;
  actions: UserActions;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="data-table users-table">
        <caption id={captionId} className="ds-sr-only">
          {t('users.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('users.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.email')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => {
            const self = user.id === me;
            const formId = `user-role-${user.id}`;
            const busy = actions.pending.has(user.id) || undefined;
            return (
              <Fragment key={user.id}>
                <Table.Row data-user={user.email}>
                  <Table.HeaderCell scope="row">
                    {user.name}
                    {self ? <span className="muted"> {t('users.you')}</span> : null}
                    {user.demo ? (
                      <Tag data-color="warning" data-size="sm" className="inline-tag">
                        {t('users.demo')}
                      </Tag>
                    ) : null}
                  </Table.HeaderCell>
                  <Table.Cell className="users-table__email">{user.email}</Table.Cell>
                  <Table.Cell>{user.organisation || t('users.none')}</Table.Cell>
                  <Table.Cell>{t(roleKey(user.role))}</Table.Cell>
                  <Table.Cell>{user.municipalityId ? municipalityLabel(user.municipalityId, names, t) : t('users.none')}</Table.Cell>
                  <Table.Cell className={`user-status user-status--${user.disabled ? 'disabled' : user.hasPassword ? 'active' : 'pending'}`}>
                    {t(userStatusKey(user))}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="button-row">
                      {self ? null : (
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          id={`${formId}-toggle`}
                          aria-expanded={actions.editing === user.id}
                          aria-controls={actions.editing === user.id ? formId : undefined}
                          aria-label={t('users.editLabel', { name: user.name })}
                          onClick={() => actions.toggleEdit(user)}
                        >
                          {t('users.edit')}
                        </Button>
                      )}
                      {self ? null : (
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-disabled={busy}
                          aria-label={t(user.disabled ? 'users.enableLabel' : 'users.disableLabel', { name: user.name })}
                          onClick={() => actions.setDisabled(user, !user.disabled)}
                        >
                          {user.disabled ? t('users.enable') : t('users.disable')}
                        </Button>
                      )}
                      <Button
                        type="button"
                        variant="secondary"
                        data-size="sm"
                        aria-disabled={busy}
                        aria-label={t('users.newLinkLabel', { name: user.name })}
                        onClick={() => actions.newLink(user)}
                      >
                        {t('users.newLink')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
                {actions.editing === user.id ? (
                  <Table.Row className="users-table__edit">
                    <Table.Cell colSpan={COLUMNS}>
                      <UserRoleForm
                        id={formId}
                        user={user}
                        municipalities={municipalities}
                        onSave={(change) => actions.saveRole(user, change)}
                        onCancel={() => actions.toggleEdit(user)}
                      />
                    </Table.Cell>
                  </Table.Row>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
