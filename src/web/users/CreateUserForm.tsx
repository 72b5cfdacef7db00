import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { createUserSchema, roleSchema } from '../../contract/users.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { MunicipalitySummary, PasswordLink, User } from '../api/types.js';
import { showFieldErrors, showServerFieldErrors, useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { MunicipalitySelect } from './MunicipalitySelect.js';
import { RoleSelect } from './RoleSelect.js';
import { apiErrorText } from '../api/error-text.js';

/**
 * The form's fields as typed, checked by the API's create-user schema: the municipality goes
 * along only with the municipality role (the select keeps its choice while another role is picked).
 */
const userDraftSchema = z
  .object({ email: z.string(), name: z.string(), organisation: z.string(), role: roleSchema, municipalityId: z.string() })
  .transform((draft): z.input<typeof createUserSchema> => ({ ...draft, municipalityId: draft.role === 'municipality' ? draft.municipalityId : null }))
  .pipe(createUserSchema);

const EMPTY = { email: '', name: '', organisation: '', role: 'evaluator', municipalityId: '' } as const;
const FIELDS = ['email', 'name', 'municipalityId'] as const;

/**
 * Adds a user: e-mail, name, organisation, role and, for a municipality user, the municipality.
 * The server answers with a one-time link for the user to choose a password.
 */
export function CreateUserForm({
  municipalities,
  onCreated,
}: {
  municipalities: readonly MunicipalitySummary[] | undefined;
  onCreated: (user: User, link: PasswordLink) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [failure, setFailure] = useState<{ detail: string | null } | null>(null);
  const { register, control, handleSubmit, setError, reset, watch, formState } = useZodForm(userDraftSchema, {
    defaultValues: EMPTY,
    text: (field, _failure, values) => {
      if (field === 'email') return values.email.trim() ? t('users.error.emailInvalid') : t('users.error.emailMissing');
      if (field === 'name') return t('users.error.nameMissing');
      return t('users.error.municipalityMissing');
    },
  });
  const role = watch('role');

  const submit = handleSubmit(async (user) => {
    setFailure(null);
    try {
      const { user: created, link } = await api.createUser({
        email: user.email,
        name: user.name,
        organisation: user.organisation,
        role: user.role,
        ...(user.municipalityId ? { municipalityId: user.municipalityId } : {}),
      });
      reset(EMPTY);
      onCreated(created, link);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        showFieldErrors(setError, FIELDS, new Map([['email', t('users.error.emailTaken')]]));
        return;
      }
      const shown = showServerFieldErrors(setError, error, FIELDS, (field) =>
        field === 'email' ? t('users.error.emailInvalid') : field === 'name' ? t('users.error.nameMissing') : t('users.error.municipalityUnknown'),
      );
      if (!shown) setFailure({ detail: apiErrorText(error, t) });
    }
  });
  const saving = formState.isSubmitting;

  return (
    <section aria-labelledby={headingId} className="panel account-panel">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('users.createHeading')}
      </Heading>
      <form
        className="account-form"
        noValidate
        onSubmit={(event) => {
          if (saving) event.preventDefault();
          else void submit(event);
        }}
      >
        {failure ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('users.error.createFailed')}</Paragraph>
            {failure.detail ? <Paragraph data-size="sm">{failure.detail}</Paragraph> : null}
          </Alert>
        ) : null}
        <Textfield
          label={t('users.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={254}
          {...register('email')}
          error={formState.errors.email?.message}
        />
        <Textfield label={t('users.name')} autoComplete="off" maxLength={200} {...register('name')} error={formState.errors.name?.message} />
        <Textfield
          label={t('users.organisation')}
          description={t('users.organisationHint')}
          autoComplete="off"
          maxLength={200}
          {...register('organisation')}
        />
        <Controller
          control={control}
          name="role"
          render={({ field }) => <RoleSelect value={field.value} onChange={field.onChange} selectRef={field.ref} />}
        />
        {role === 'municipality' ? (
          <Controller
            control={control}
            name="municipalityId"
            render={({ field }) => (
              <MunicipalitySelect
                selectRef={field.ref}
                value={field.value}
                onChange={field.onChange}
                municipalities={municipalities}
                error={formState.errors.municipalityId?.message}
              />
            )}
          />
        ) : null}
        <Button type="submit" aria-disabled={saving || undefined}>
          {t('users.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
