import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type RefObject } from 'react';
import { signInSchema } from '../../contract/session.js';
import type { Session } from '../api/types.js';
import { useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { signInErrorText } from '../session/sign-in-errors.js';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * E-mail and password, checked here against the API's sign-in schema for being filled in,
 * then by the server. Why a sign-in failed (wrong credentials, a locked account, too many
 * attempts) is announced as an alert. `fill` puts a demo account's credentials in the fields.
 */
export function SignInForm({
  fill,
  onSignedIn,
  submitRef,
}: {
  fill: Credentials | null;
  onSignedIn: (session: Session) => void;
  submitRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null);
  const form = useZodForm(signInSchema, {
    defaultValues: { email: '', password: '' },
    text: (field) => (field === 'email' ? t('signIn.emailMissing') : t('signIn.passwordMissing')),
  });
  const { register, handleSubmit, setValue, clearErrors, formState } = form;

  useEffect(() => {
    if (!fill) return;
    setValue('email', fill.email);
    setValue('password', fill.password);
    clearErrors();
  }, [fill, setValue, clearErrors]);

  const submit = handleSubmit(async ({ email, password }) => {
    try {
      onSignedIn(await signIn(email, password));
    } catch (error) {
      // Keyed by the attempt, so the same message is announced again after another failure.
      setFailure((previous) => ({ text: signInErrorText(error, t), attempt: (previous?.attempt ?? 0) + 1 }));
    }
  });
  const submitting = formState.isSubmitting;

  return (
    <form
      className="account-form"
      noValidate
      aria-label={t('signIn.formLabel')}
      onSubmit={(event) => {
        if (submitting) event.preventDefault();
        else void submit(event);
      }}
    >
      {failure ? (
        <Alert key={failure.attempt} data-color="danger" role="alert" className="account-form__alert">
          <Paragraph>{failure.text}</Paragraph>
        </Alert>
      ) : null}
      <Textfield
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        {...register('email')}
        error={formState.errors.email?.message}
      />
      <Textfield
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        maxLength={1024}
        {...register('password')}
        error={formState.errors.password?.message}
      />
      <Button ref={submitRef} type="submit" aria-disabled={submitting || undefined}>
        {submitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
