import { AdminOnly } from '../account/AdminOnly.js';
import { UsersAdmin } from './UsersAdmin.js';
import { useTranslation } from '../language/language-context.js';

/** Users and their roles (`/admin/anvandare`); administrators only. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('users.title')} anonymous="access.users.anonymous" notAdmin="access.users.notAdmin">
      <UsersAdmin />
    </AdminOnly>
  );
}
