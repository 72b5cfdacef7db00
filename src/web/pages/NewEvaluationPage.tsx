import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { FrameworkSummary, MunicipalitySummary, User } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { AppLink } from '../components/AppLink.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { PageHeading } from '../components/PageHeading.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { workspaceApi } from '../workspace/workspace-api.js';
import '../workspace/workspace.css';
import { paths } from '../paths.js';

type FieldName = 'municipalityCode' | 'frameworkId' | 'fieldworkStart' | 'fieldworkEnd';
type FieldErrors = Partial<Record<FieldName, string>>;
const FIELDS: readonly FieldName[] = ['municipalityCode', 'frameworkId', 'fieldworkStart', 'fieldworkEnd'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The framework to start with: the current one, else the newest. */
function defaultFramework(frameworks: readonly FrameworkSummary[]): string {
  const current = frameworks.find((framework) => framework.current);
  if (current) return current.id;
  return [...frameworks].sort((a, b) => b.usedFrom - a.usedFrom)[0]?.id ?? '';
}

function NewEvaluationForm({ user, municipalities, frameworks, evaluators }: { user: User; municipalities: readonly MunicipalitySummary[]; frameworks: readonly FrameworkSummary[]; evaluators: readonly User[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isAdmin = user.role === 'admin';
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [frameworkId, setFrameworkId] = useState(() => defaultFramework(frameworks));
  const [fieldworkStart, setFieldworkStart] = useState('');
  const [fieldworkEnd, setFieldworkEnd] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; detail?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const municipalityRef = useRef<HTMLSelectElement>(null);
  const frameworkRef = useRef<HTMLSelectElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const frameworksNewestFirst = [...frameworks].sort((a, b) => b.usedFrom - a.usedFrom);

  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    const refs = { municipalityCode: municipalityRef, frameworkId: frameworkRef, fieldworkStart: startRef, fieldworkEnd: endRef };
    if (first) refs[first].current?.focus();
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!municipalityCode) found.municipalityCode = t('workspace.new.error.municipality');
    if (!frameworkId) found.frameworkId = t('workspace.new.error.framework');
    if (fieldworkStart && !MONTH.test(fieldworkStart)) found.fieldworkStart = t('workspace.new.error.month');
    if (fieldworkEnd && !MONTH.test(fieldworkEnd)) found.fieldworkEnd = t('workspace.new.error.month');
    if (!found.fieldworkStart && !found.fieldworkEnd && fieldworkStart && fieldworkEnd && fieldworkEnd < fieldworkStart) found.fieldworkEnd = t('workspace.new.error.endBeforeStart');
    return found;
  };

  const serverErrors = (error: ApiError): FieldErrors | null => {
    if (error.code !== 'validation') return null;
    const found: FieldErrors = {};
    for (const detail of error.details) {
      const field = detail.field?.replace(/^body\./, '') as FieldName | undefined;
      if (field === 'municipalityCode') found.municipalityCode = t('workspace.new.error.municipality');
      else if (field === 'frameworkId') found.frameworkId = t('workspace.new.error.framework');
      else if (field === 'fieldworkEnd' && detail.message?.includes('before')) found.fieldworkEnd = t('workspace.new.error.endBeforeStart');
      else if (field === 'fieldworkStart' || field === 'fieldworkEnd') found[field] = t('workspace.new.error.month');
    }
    return Object.keys(found).length > 0 ? found : null;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = check();
    show(found);
    if (Object.keys(found).length > 0) return;
    setFailure(null);
    setSaving(true);
    const team = evaluators.filter((evaluator) => chosen.has(evaluator.id));
    try {
      const created = await workspaceApi.create({
        municipalityCode,
        frameworkId,
        ...(fieldworkStart ? { fieldworkStart } : {}),
        ...(fieldworkEnd ? { fieldworkEnd } : {}),
        evaluators: isAdmin ? team.map((evaluator) => evaluator.name) : [user.name],
      });
      const unassigned: string[] = [];
      if (isAdmin) {
        for (const evaluator of team) {
          try {
            await api.assignEvaluator(created.id, evaluator.id);
          } catch {
            unassigned.push(evaluator.name);
          }
        }
      }
      if (unassigned.length > 0) {
        // The evaluation exists: the workspace is where to go on; the team page can add them again.
        setFailure({ text: t('workspace.new.assignFailed', { names: unassigned.join(', ') }) });
        setSaving(false);
        return;
      }
      void navigate(paths.workspace(created.id));
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? serverErrors(error) : null;
      if (fieldErrors) show(fieldErrors);
      else setFailure({ text: t('workspace.new.failed'), detail: error instanceof ApiError ? t('error.detail', { message: error.message }) : undefined });
      setSaving(false);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form className="new-evaluation-form" noValidate aria-label={t('workspace.new.formLabel')} onSubmit={(event) => void handleSubmit(event)}>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure.text}</Paragraph>
          {failure.detail ? <Paragraph data-size="sm">{failure.detail}</Paragraph> : null}
        </Alert>
      ) : null}
      <Field>
        <Label>{t('workspace.new.municipality')}</Label>
        <Field.Description>{t('workspace.new.municipalityHint', { count: municipalities.length })}</Field.Description>
        <Select
          ref={municipalityRef}
          value={municipalityCode}
          onChange={(event) => setMunicipalityCode(event.target.value)}
          aria-invalid={errors.municipalityCode ? true : undefined}
        >
          <Select.Option value="">{t('workspace.new.municipalityChoose')}</Select.Option>
          {sorted.map((municipality) => (
            <Select.Option key={municipality.code} value={municipality.code}>
              {municipality.name} ({municipality.code})
            </Select.Option>
          ))}
        </Select>
        {errors.municipalityCode ? <ValidationMessage>{errors.municipalityCode}</ValidationMessage> : null}
      </Field>
      <Field>
        <Label>{t('workspace.new.framework')}</Label>
        <Field.Description>{t('workspace.new.frameworkHint')}</Field.Description>
        <Select ref={frameworkRef} value={frameworkId} onChange={(event) => setFrameworkId(event.target.value)} aria-invalid={errors.frameworkId ? true : undefined}>
          {frameworksNewestFirst.map((framework) => (
            <Select.Option key={framework.id} value={framework.id}>
              {framework.current ? t('workspace.new.frameworkCurrent', { title: framework.title }) : framework.title}
            </Select.Option>
          ))}
        </Select>
        {errors.frameworkId ? <ValidationMessage>{errors.frameworkId}</ValidationMessage> : null}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('workspace.new.fieldwork')}</Fieldset.Legend>
        <Fieldset.Description>{t('workspace.new.fieldworkHint')}</Fieldset.Description>
        <div className="new-evaluation-form__dates">
          <Textfield
            ref={startRef}
            label={t('workspace.new.fieldworkStart')}
            type="month"
            placeholder={t('workspace.new.monthPlaceholder')}
            value={fieldworkStart}
            onChange={(event) => setFieldworkStart(event.target.value)}
            error={errors.fieldworkStart}
          />
          <Textfield
            ref={endRef}
            label={t('workspace.new.fieldworkEnd')}
            type="month"
            placeholder={t('workspace.new.monthPlaceholder')}
            value={fieldworkEnd}
            onChange={(event) => setFieldworkEnd(event.target.value)}
            error={errors.fieldworkEnd}
          />
        </div>
      </Fieldset>
      {isAdmin ? (
        <Fieldset>
          <Fieldset.Legend>{t('workspace.new.evaluators')}</Fieldset.Legend>
          <Fieldset.Description>{t('workspace.new.evaluatorsHint')}</Fieldset.Description>
          {evaluators.length === 0 ? (
            <Paragraph data-size="sm">
              {t('evaluators.noCandidates')} <AppLink to={paths.users()}>{t('evaluators.manageUsers')}</AppLink>
            </Paragraph>
          ) : (
            evaluators.map((evaluator) => (
              <Checkbox
                key={evaluator.id}
                label={evaluator.organisation ? `${evaluator.name}, ${evaluator.organisation}` : evaluator.name}
                value={evaluator.id}
                checked={chosen.has(evaluator.id)}
                onChange={(event) => toggle(evaluator.id, event.target.checked)}
              />
            ))
          )}
        </Fieldset>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('workspace.new.evaluatorSelf')}</Paragraph>
        </Alert>
      )}
      <div aria-live="polite">{saving ? <LoadingStatus label={t('workspace.new.saving')} /> : null}</div>
      <Button type="submit" aria-disabled={saving || undefined}>
        {t('workspace.new.submit')}
      </Button>
    </form>
  );
}

function FormLoader({ user }: { user: User }) {
  const { language } = useTranslation();
  const isAdmin = user.role === 'admin';
  const municipalityList = useApiQuery({
    queryKey: queryKeys.municipalities.search({ limit: 300 }),
    queryFn: ({ signal }) => api.searchMunicipalities({ limit: 300 }, signal),
  });
  const frameworkList = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const userList = useApiQuery({
    queryKey: isAdmin ? queryKeys.users.list() : [...queryKeys.users.list(), 'none'],
    queryFn: ({ signal }) => (isAdmin ? api.listUsers(signal) : Promise.resolve({ items: [] as User[] })),
  });
  const { state, retry } = combineQueries(
    [municipalityList, frameworkList, userList],
    (municipalities, frameworks, users) => {
      return {
        municipalities: municipalities.items,
        frameworks: frameworks.items,
        evaluators: users.items.filter((candidate) => candidate.role === 'evaluator' && !candidate.disabled).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      };
    },
  );
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  return <NewEvaluationForm user={user} {...state.data} />;
}

/**
 * Starts an evaluation (`/utvarderingar/ny`): municipality, model version (the current one by
 * default), planned fieldwork and, for administrators, its evaluators. Administrators and
 * evaluators only; an evaluator who starts one is its evaluator. Then on to its workspace.
 */
export function NewEvaluationPage() {
  const { t } = useTranslation();
  const title = t('workspace.new.title');
  usePageTitle(title);
  const { status, error, pageUser, refresh } = useSession();
  const { pathname } = useLocation();
  let body: ReactNode;
  if (status === 'loading') body = <LoadingStatus />;
  else if (status === 'error' && !pageUser) body = <ErrorAlert error={error} onRetry={() => void refresh()} />;
  else if (!pageUser) {
    body = (
      <Alert data-color="info">
        <Paragraph>{t('workspace.new.anonymous')}</Paragraph>
        <Paragraph>
          <AppLink to={paths.signIn(pathname)}>{t('access.signIn')}</AppLink>
        </Paragraph>
      </Alert>
    );
  } else if (pageUser.role !== 'admin' && pageUser.role !== 'evaluator') {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t('workspace.new.notAllowed', { name: pageUser.name, role: t(roleKey(pageUser.role)) })}</Paragraph>
      </Alert>
    );
  } else {
    body = (
      <>
        <Paragraph className="intro">{t('workspace.new.intro')}</Paragraph>
        <FormLoader user={pageUser} />
      </>
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
