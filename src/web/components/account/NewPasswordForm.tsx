import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { useTranslation } from '../../language/language-context.js';
import { isPasswordProblem, PASSWORD_MAX_LENGTH, passwordProblem } from '../../session/password-rules.js';

interface FieldErrors {
  password?: string;
  repeat?: string;
}

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
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (found: FieldErrors) => {
    setErrors(found);
    if (found.password) passwordRef.current?.focus();
    else if (found.repeat) repeatRef.current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const problem = passwordProblem(password);
    const found: FieldErrors = {};
    if (problem) found.password = t(`password.error.${problem}`);
    else if (!repeat) found.repeat = t('password.error.repeatMissing');
    else if (repeat !== password) found.repeat = t('password.error.mismatch');
    show(found);
    if (found.password || found.repeat) return;
    setFailure(null);
    setSaving(true);
    try {
      await api.setPassword(token, password);
      onDone();
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.status === 404) onInvalidLink();
      else if (error instanceof ApiError) {
        const reason = error.textOf('reason');
        if (isPasswordProblem(reason)) show({ password: t(`password.error.${reason}`) });
        else setFailure(t('password.error.other'));
      } else setFailure(t('password.error.other'));
    }
  };

  return (
    <form className="account-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Paragraph>{t('password.for', { name: account.name, email: account.email })}</Paragraph>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
      <Textfield
        ref={passwordRef}
        label={t('password.new')}
        description={t('password.newHint')}
        name="new-password"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH + 1}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <Textfield
        ref={repeatRef}
        label={t('password.repeat')}
        name="repeat-password"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH + 1}
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        error={errors.repeat}
      />
      <Button type="submit" aria-disabled={saving || undefined}>
        {saving ? t('password.saving') : t('password.submit')}
      </Button>
    </form>
  );
}
