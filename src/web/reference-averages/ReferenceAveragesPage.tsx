import { AdminOnly } from '../account/AdminOnly.js';
import { useTranslation } from '../language/language-context.js';
import { ReferenceAveragesAdmin } from './ReferenceAveragesAdmin.js';

/** Reference averages from published sources (`/admin/referensgenomsnitt`); administrators only. */
export function ReferenceAveragesPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('referenceAverages.title')} anonymous="access.referenceAverages.anonymous" notAdmin="access.referenceAverages.notAdmin">
      <ReferenceAveragesAdmin />
    </AdminOnly>
  );
}
