import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { z } from 'zod';
import { setPasswordSchema } from '../../contract/session.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { showFieldErrors, useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { isPasswordProblem, PASSWORD_MAX_LENGTH, passwordProblem } from '../session/password-rules.js';

/**
 * The API's set-password body without the token (the link carries it), with the password rules
 * the server applies and the repeated password. A failure's message is the text key's last part.
 */
const newPasswordSchema = setPasswordSchema
  .pick({ password: true })
  .extend({ repeat: z.string() })
  .superRefine(({ password, repeat }, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
    else if (!repeat) context.addIssue({ code: 'custom', path: ['repeat'], message: 'repeatMissing' });
    else if (repeat !== password) context.addIssue({ code: 'custom', path: ['repeat'], message: 'mismatch' });
  });

const FIELDS = ['password', 'repeat'] as const;

/**
 * A new password, twice, for the account a one-time link belongs to. The rules are checked
 * here and by the server; either's complaint is shown at the field it concerns.
 */
export function NewPasswordForm({
  token,
  account,
  onDone,
  onInvalidLink,
}: {
  token: string;
  account: { email: string; name: string };
  onDone: () => void;
  onInvalidLink: () => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState } = useZodForm(newPasswordSchema, {
    defaultValues: { password: '', repeat: '' },
    text: (field, { message }) => {
      if (field === 'password') return isPasswordProblem(message) ? t(`password.error.${message}`) : t('password.error.other');
      return message === 'mismatch' ? t('password.error.mismatch') : t('password.error.repeatMissing');
    },
  });

  const submit = handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await api.setPassword(token, password);
      setDone(true);
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) onInvalidLink();
      else if (error instanceof ApiError) {
        const reason = error.textOf('reason');
        if (isPasswordProblem(reason)) showFieldErrors(setError, FIELDS, new Map([['password', t(`password.error.${reason}`)]]));
        else setFailure(t('password.error.other'));
      } else setFailure(t('password.error.other'));
    }
  });
  const saving = formState.isSubmitting || done;

  return (
    <form
      className="account-form"
      noValidate
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void submit(event);
      }}
    >
      <Paragraph>{t('password.for', { name: account.name, email: account.email })}</Paragraph>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
      <Textfield
        label={t('password.new')}
        description={t('password.newHint')}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH + 1}
        {...register('password')}
        error={formState.errors.password?.message}
      />
      <Textfield
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH + 1}
        {...register('repeat')}
        error={formState.errors.repeat?.message}
      />
      <Button type="submit" aria-disabled={saving || undefined}>
        {saving ? t('password.saving') : t('password.submit')}
      </Button>
    </form>
  );
}
