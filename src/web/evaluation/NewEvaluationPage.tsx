import { MUNICIPALITY_SEARCH_LIMIT_MAX } from '../../contract/municipalities.js';
import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { api } from '../api/client.js';
import type { FrameworkSummary, MunicipalitySummary, User } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { AppLink } from '../ui/AppLink.js';
import { showServerFieldErrors, useZodForm } from '../forms/zod-form.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { compareText } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { workspaceApi } from '../workspace/workspace-api.js';
import '../workspace/workspace.css';
import { paths } from '../paths.js';
import { municipalityOption } from '../ui/municipality-text.js';
import { apiErrorText } from '../api/error-text.js';

const FIELDS = ['municipalityId', 'frameworkId', 'fieldworkStart', 'fieldworkEnd'] as const;

/** An empty optional field is left out of the request. */
const optional = <T extends z.ZodType<unknown, string | undefined>>(schema: T) => z.string().transform((value) => (value === '' ? undefined : value)).pipe(schema);
const { municipalityId, frameworkId, fieldworkStart, fieldworkEnd } = createEvaluationSchema.shape;

/** The form's fields, checked by the fields of the API's create-evaluation schema (and its rule on the fieldwork period). */
const newEvaluationSchema = z
  .object({
    municipalityId,
    frameworkId,
    fieldworkStart: optional(fieldworkStart),
    fieldworkEnd: optional(fieldworkEnd),
    // Checkboxes of one name: an array, or with only one evaluator its value or false.
    evaluatorIds: z.union([z.array(z.string()), z.string(), z.literal(false)]).transform((value) => (Array.isArray(value) ? value : value ? [value] : [])),
  })
  .refine((value) => !value.fieldworkStart || !value.fieldworkEnd || value.fieldworkEnd >= value.fieldworkStart, { path: ['fieldworkEnd'], message: 'before' });

/** The framework to start with: the current one, else the newest. */
function defaultFramework(frameworks: readonly FrameworkSummary[]): string {
  const current = frameworks.find((framework) => framework.current);
  if (current) return current.id;
  return [...frameworks].sort((a, b) => b.usedFrom - a.usedFrom)[0]?.id ?? '';
}

function NewEvaluationForm({ user, municipalities, frameworks, evaluators }: { user: User; municipalities: readonly MunicipalitySummary[]; frameworks: readonly FrameworkSummary[]; evaluators: readonly User[] }) {
  const { t, language } = useTranslation();
  const navigate = useNavigate();
  const isAdmin = user.role === 'admin';
  const [failure, setFailure] = useState<{ text: string; detail?: string } | null>(null);
  const [created, setCreated] = useState(false);
  const sorted = [...municipalities].sort((a, b) => compareText(a.name, b.name, language));
  const frameworksNewestFirst = [...frameworks].sort((a, b) => b.usedFrom - a.usedFrom);
  const fieldText = (field: (typeof FIELDS)[number] | string, message: string) => {
    if (field === 'municipalityId') return t('workspace.new.error.municipality');
    if (field === 'frameworkId') return t('workspace.new.error.framework');
    if (field === 'fieldworkEnd' && message.includes('before')) return t('workspace.new.error.endBeforeStart');
    return t('workspace.new.error.month');
  };
  const { register, handleSubmit, setError, formState } = useZodForm(newEvaluationSchema, {
    defaultValues: { municipalityId: '', frameworkId: defaultFramework(frameworks), fieldworkStart: '', fieldworkEnd: '', evaluatorIds: [] },
    text: (field, { message }) => fieldText(field, message),
  });
  const errors = formState.errors;
  const saving = formState.isSubmitting || created;

  const submit = handleSubmit(async (draft) => {
    setFailure(null);
    const team = evaluators.filter((evaluator) => draft.evaluatorIds.includes(evaluator.id));
    try {
      const evaluation = await workspaceApi.create({
        municipalityId: draft.municipalityId,
        frameworkId: draft.frameworkId,
        ...(draft.fieldworkStart ? { fieldworkStart: draft.fieldworkStart } : {}),
        ...(draft.fieldworkEnd ? { fieldworkEnd: draft.fieldworkEnd } : {}),
        evaluators: isAdmin ? team.map((evaluator) => evaluator.name) : [user.name],
      });
      const unassigned: string[] = [];
      if (isAdmin) {
        for (const evaluator of team) {
          try {
            await api.assignEvaluator(evaluation.id, evaluator.id);
          } catch {
            unassigned.push(evaluator.name);
          }
        }
      }
      if (unassigned.length > 0) {
        // The evaluation exists: the workspace is where to go on; the team page can add them again.
        setFailure({ text: t('workspace.new.assignFailed', { names: unassigned.join(', ') }) });
        return;
      }
      setCreated(true);
      void navigate(paths.workspace(evaluation.id));
    } catch (error) {
      if (!showServerFieldErrors(setError, error, FIELDS, fieldText)) {
        setFailure({ text: t('workspace.new.failed'), detail: apiErrorText(error, t) });
      }
    }
  });

  return (
    <form
      className="new-evaluation-form"
      noValidate
      aria-label={t('workspace.new.formLabel')}
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void submit(event);
      }}
    >
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure.text}</Paragraph>
          {failure.detail ? <Paragraph data-size="sm">{failure.detail}</Paragraph> : null}
        </Alert>
      ) : null}
      <Field>
        <Label>{t('workspace.new.municipality')}</Label>
        <Field.Description>{t('workspace.new.municipalityHint', { count: municipalities.length })}</Field.Description>
        <Select {...register('municipalityId')} aria-invalid={errors.municipalityId ? true : undefined}>
          <Select.Option value="">{t('workspace.new.municipalityChoose')}</Select.Option>
          {sorted.map((municipality) => (
            <Select.Option key={municipality.id} value={municipality.id}>
              {municipalityOption(municipality, t)}
            </Select.Option>
          ))}
        </Select>
        {errors.municipalityId ? <ValidationMessage>{errors.municipalityId.message}</ValidationMessage> : null}
      </Field>
      <Field>
        <Label>{t('workspace.new.framework')}</Label>
        <Field.Description>{t('workspace.new.frameworkHint')}</Field.Description>
        <Select {...register('frameworkId')} aria-invalid={errors.frameworkId ? true : undefined}>
          {frameworksNewestFirst.map((framework) => (
            <Select.Option key={framework.id} value={framework.id}>
              {framework.current ? t('workspace.new.frameworkCurrent', { title: framework.title }) : framework.title}
            </Select.Option>
          ))}
        </Select>
        {errors.frameworkId ? <ValidationMessage>{errors.frameworkId.message}</ValidationMessage> : null}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('workspace.new.fieldwork')}</Fieldset.Legend>
        <Fieldset.Description>{t('workspace.new.fieldworkHint')}</Fieldset.Description>
        <div className="new-evaluation-form__dates">
          <Textfield
            label={t('workspace.new.fieldworkStart')}
            type="month"
            placeholder={t('workspace.new.monthPlaceholder')}
            {...register('fieldworkStart')}
            error={errors.fieldworkStart?.message}
          />
          <Textfield
            label={t('workspace.new.fieldworkEnd')}
            type="month"
            placeholder={t('workspace.new.monthPlaceholder')}
            {...register('fieldworkEnd')}
            error={errors.fieldworkEnd?.message}
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
                {...register('evaluatorIds')}
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
    queryKey: queryKeys.municipalities.search({ limit: MUNICIPALITY_SEARCH_LIMIT_MAX }),
    queryFn: ({ signal }) => api.searchMunicipalities({ limit: MUNICIPALITY_SEARCH_LIMIT_MAX }, signal),
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
        evaluators: users.items.filter((candidate) => candidate.role === 'evaluator' && !candidate.disabled).sort((a, b) => compareText(a.name, b.name, language)),
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
