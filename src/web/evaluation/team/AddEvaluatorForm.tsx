import { compareText } from '../../../i18n/index.js';
import { Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { userIdParamsSchema } from '../../../contract/users.js';
import { api } from '../../api/client.js';
import type { AssignedEvaluator, User } from '../../api/types.js';
import { queryKeys } from '../../api/query-keys.js';
import { useApiQuery } from '../../api/query-state.js';
import { useZodForm } from '../../forms/zod-form.js';
import { useTranslation } from '../../language/language-context.js';
import { AppLink } from '../../ui/AppLink.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { paths } from '../../paths.js';

/** Adds one of the users with the evaluator role (active, not yet assigned) to the evaluation. */
export function AddEvaluatorForm({ assigned, onAdd }: { assigned: readonly AssignedEvaluator[]; onAdd: (user: User) => Promise<boolean> }) {
  const { t, language } = useTranslation();
  const users = useApiQuery({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => api.listUsers(signal) });
  // The body of the API's assign call: one user id.
  const { register, handleSubmit, reset, formState } = useZodForm(userIdParamsSchema, {
    defaultValues: { userId: '' },
    text: () => t('evaluators.chooseMissing'),
  });
  const saving = formState.isSubmitting;
  const error = formState.errors.userId?.message;

  if (users.state.status === 'loading') return <LoadingStatus />;
  if (users.state.status === 'error') return <ErrorAlert error={users.state.error} onRetry={users.retry} />;
  const taken = new Set(assigned.map((evaluator) => evaluator.id));
  const candidates = users.state.data.items
    .filter((user) => user.role === 'evaluator' && !user.disabled && !taken.has(user.id))
    .sort((a, b) => compareText(a.name, b.name, language));

  if (candidates.length === 0) {
    return (
      <Paragraph data-size="sm">
        {t('evaluators.noCandidates')} <AppLink to={paths.users()}>{t('evaluators.manageUsers')}</AppLink>
      </Paragraph>
    );
  }

  const submit = handleSubmit(async ({ userId }) => {
    const user = candidates.find((candidate) => candidate.id === userId);
    if (user && (await onAdd(user))) reset({ userId: '' });
  });

  return (
    <form
      className="add-evaluator"
      noValidate
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void submit(event);
      }}
    >
      <Field className="add-evaluator__field">
        <Label>{t('evaluators.choose')}</Label>
        <Select {...register('userId')} aria-invalid={error ? true : undefined}>
          <Select.Option value="">{t('evaluators.chooseOption')}</Select.Option>
          {candidates.map((user) => (
            <Select.Option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </Select.Option>
          ))}
        </Select>
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
      <Button type="submit" variant="secondary" aria-disabled={saving || undefined}>
        {t('evaluators.add')}
      </Button>
    </form>
  );
}
