import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { useSession } from '../../session/session-context.js';
import { signInErrorText } from '../../session/sign-in-errors.js';

export interface Credentials {
  email: string;
  password: string;
}

interface FieldErrors {
  email?: string;
  password?: string;
}

/**
 * E-mail and password, checked here for being filled in, then by the server. Why a sign-in
 * failed (wrong credentials, a locked account, too many attempts) is announced as an alert.
 */
export function SignInForm({
  value,
  onChange,
  onSignedIn,
  submitRef,
}: {
  value: Credentials;
  onChange: (value: Credentials) => void;
  onSignedIn: () => void;
  submitRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found: FieldErrors = {};
    if (!value.email.trim()) found.email = t('signIn.emailMissing');
    if (!value.password) found.password = t('signIn.passwordMissing');
    setErrors(found);
    if (found.email || found.password) {
      (found.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn(value.email.trim(), value.password);
      onSignedIn();
    } catch (error) {
      // Keyed by the attempt, so the same message is announced again after another failure.
      setFailure((previous) => ({ text: signInErrorText(error, t), attempt: (previous?.attempt ?? 0) + 1 }));
      setSubmitting(false);
    }
  };

  return (
    <form className="account-form" noValidate aria-label={t('signIn.formLabel')} onSubmit={(event) => void handleSubmit(event)}>
      {failure ? (
        <Alert key={failure.attempt} data-color="danger" role="alert" className="account-form__alert">
          <Paragraph>{failure.text}</Paragraph>
        </Alert>
      ) : null}
      <Textfield
        ref={emailRef}
        label={t('signIn.email')}
        name="email"
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        value={value.email}
        onChange={(event) => onChange({ ...value, email: event.target.value })}
        error={errors.email}
      />
      <Textfield
        ref={passwordRef}
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={1024}
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
        error={errors.password}
      />
      <Button ref={submitRef} type="submit" aria-disabled={submitting || undefined}>
        {submitting ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
