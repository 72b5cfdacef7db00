import { useParams } from 'react-router';
import { AdminOnly } from '../account/AdminOnly.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { PageState } from '../ui/PageState.js';
import { frameworkVersionsApi } from './framework-versions-api.js';
import { VersionEditor } from './VersionEditor.js';
import './framework-versions.css';

/** One model version (`/modellversioner/:id`): the editor of a draft, or a published version read-only (administrators). */
export function FrameworkVersionPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('frameworkAuthoring.title')} anonymous="frameworkAuthoring.access.anonymous" notAdmin="frameworkAuthoring.access.notAllowed">
      <LoadedVersion />
    </AdminOnly>
  );
}

function LoadedVersion() {
  const { id = '' } = useParams();
  const { language } = useTranslation();
  const version = useApiQuery({ queryKey: queryKeys.frameworkVersions.detail(id, language), queryFn: ({ signal }) => frameworkVersionsApi.get(id, language, signal), staleTime: Infinity });
  return <PageState state={version.state} retry={version.retry}>{(data) => <VersionEditor key={data.id} view={data} />}</PageState>;
}
