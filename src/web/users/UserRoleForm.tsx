import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { roleSchema, updateUserSchema } from '../../contract/users.js';
import type { MunicipalitySummary, Role, User } from '../api/types.js';
import { useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { MunicipalitySelect } from './MunicipalitySelect.js';
import { RoleSelect } from './RoleSelect.js';

export interface RoleChange {
  role: Role;
  municipalityId: string | null;
}

/** The role fields as chosen, checked by the API's user-change schema (a municipality only with the municipality role). */
const roleChangeSchema = z
  .object({ role: roleSchema, municipalityId: z.string() })
  .transform((draft) => ({ role: draft.role, municipalityId: draft.role === 'municipality' ? draft.municipalityId : null }))
  .pipe(updateUserSchema.pick({ role: true, municipalityId: true }).required());

/** Changes one user's role (and municipality); the role field takes focus when it opens. */
export function UserRoleForm({
  user,
  id,
  municipalities,
  onSave,
  onCancel,
}: {
  user: User;
  id: string;
  municipalities: readonly MunicipalitySummary[] | undefined;
  onSave: (change: RoleChange) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { control, handleSubmit, setFocus, watch, formState } = useZodForm(roleChangeSchema, {
    defaultValues: { role: user.role, municipalityId: user.municipalityId ?? '' },
    text: () => t('users.error.municipalityMissing'),
  });
  const role = watch('role');
  const saving = formState.isSubmitting;

  useEffect(() => setFocus('role'), [setFocus]);

  const submit = handleSubmit(async (change) => {
    await onSave({ role: change.role, municipalityId: change.municipalityId ?? null });
  });

  return (
    <form
      id={id}
      className="account-form user-role-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void submit(event);
      }}
    >
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('users.editHeading', { name: user.name })}
      </Heading>
      <Controller control={control} name="role" render={({ field }) => <RoleSelect value={field.value} onChange={field.onChange} selectRef={field.ref} />} />
      {role === 'municipality' ? (
        <Controller
          control={control}
          name="municipalityId"
          render={({ field }) => (
            <MunicipalitySelect
              value={field.value}
              onChange={field.onChange}
              municipalities={municipalities}
              error={formState.errors.municipalityId?.message}
              selectRef={field.ref}
            />
          )}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" data-size="sm" aria-disabled={saving || undefined}>
          {t('users.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('users.cancel')}
        </Button>
      </div>
    </form>
  );
}
