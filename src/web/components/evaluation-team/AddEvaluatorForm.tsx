import { Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { AssignedEvaluator, User } from '../../api/types.js';
import { queryKeys } from '../../api/query-keys.js';
import { useApiQuery } from '../../api/query-state.js';
import { useTranslation } from '../../language/language-context.js';
import { AppLink } from '../AppLink.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { LoadingStatus } from '../LoadingStatus.js';
import { paths } from '../../paths.js';

/** Adds one of the users with the evaluator role (active, not yet assigned) to the evaluation. */
export function AddEvaluatorForm({ assigned, onAdd }: { assigned: readonly AssignedEvaluator[]; onAdd: (user: User) => Promise<boolean> }) {
  const { t } = useTranslation();
  const users = useApiQuery({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => api.listUsers(signal) });
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  if (users.state.status === 'loading') return <LoadingStatus />;
  if (users.state.status === 'error') return <ErrorAlert error={users.state.error} onRetry={users.retry} />;
  const taken = new Set(assigned.map((evaluator) => evaluator.id));
  const candidates = users.state.data.items.filter((user) => user.role === 'evaluator' && !user.disabled && !taken.has(user.id));

  if (candidates.length === 0) {
    return (
      <Paragraph data-size="sm">
        {t('evaluators.noCandidates')} <AppLink to={paths.users()}>{t('evaluators.manageUsers')}</AppLink>
      </Paragraph>
    );
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const user = candidates.find((candidate) => candidate.id === chosen);
    if (!user) {
      setError(t('evaluators.chooseMissing'));
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      if (await onAdd(user)) setChosen('');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="add-evaluator" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Field className="add-evaluator__field">
        <Label>{t('evaluators.choose')}</Label>
        <Select value={chosen} onChange={(event) => setChosen(event.target.value)} aria-invalid={error ? true : undefined}>
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
