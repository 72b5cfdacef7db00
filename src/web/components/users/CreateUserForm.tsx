import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import type { MunicipalitySummary, PasswordLink, Role, User } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { MunicipalitySelect } from './MunicipalitySelect.js';
import { RoleSelect } from './RoleSelect.js';
import { looksLikeEmail } from './user-texts.js';

interface Draft {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  municipalityCode: string;
}

type Field = 'email' | 'name' | 'municipalityCode';
type FieldErrors = Partial<Record<Field, string>>;

const EMPTY: Draft = { email: '', name: '', organisation: '', role: 'evaluator', municipalityCode: '' };
const FIELDS: readonly Field[] = ['email', 'name', 'municipalityCode'];

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
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ detail: string | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const municipalityRef = useRef<HTMLSelectElement>(null);

  const change = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    const refs = { email: emailRef, name: nameRef, municipalityCode: municipalityRef };
    if (first) refs[first].current?.focus();
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!draft.email.trim()) found.email = t('users.error.emailMissing');
    else if (!looksLikeEmail(draft.email)) found.email = t('users.error.emailInvalid');
    if (!draft.name.trim()) found.name = t('users.error.nameMissing');
    if (draft.role === 'municipality' && !draft.municipalityCode) found.municipalityCode = t('users.error.municipalityMissing');
    return found;
  };

  const serverErrors = (error: ApiError): FieldErrors | null => {
    if (error.code === 'conflict') return { email: t('users.error.emailTaken') };
    if (error.code !== 'validation') return null;
    const found: FieldErrors = {};
    for (const detail of error.details) {
      if (detail.field === 'body.email') found.email = t('users.error.emailInvalid');
      if (detail.field === 'body.name') found.name = t('users.error.nameMissing');
      if (detail.field === 'body.municipalityCode') found.municipalityCode = t('users.error.municipalityUnknown');
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
    try {
      const { user, link } = await api.createUser({
        email: draft.email.trim(),
        name: draft.name.trim(),
        organisation: draft.organisation.trim(),
        role: draft.role,
        ...(draft.role === 'municipality' ? { municipalityCode: draft.municipalityCode } : {}),
      });
      setDraft(EMPTY);
      onCreated(user, link);
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? serverErrors(error) : null;
      if (fieldErrors) show(fieldErrors);
      else setFailure({ detail: error instanceof ApiError ? t('error.detail', { message: error.message }) : null });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel account-panel">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('users.createHeading')}
      </Heading>
      <form className="account-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {failure ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('users.error.createFailed')}</Paragraph>
            {failure.detail ? <Paragraph data-size="sm">{failure.detail}</Paragraph> : null}
          </Alert>
        ) : null}
        <Textfield
          ref={emailRef}
          label={t('users.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          maxLength={254}
          value={draft.email}
          onChange={(event) => change({ email: event.target.value })}
          error={errors.email}
        />
        <Textfield
          ref={nameRef}
          label={t('users.name')}
          autoComplete="off"
          maxLength={200}
          value={draft.name}
          onChange={(event) => change({ name: event.target.value })}
          error={errors.name}
        />
        <Textfield
          label={t('users.organisation')}
          description={t('users.organisationHint')}
          autoComplete="off"
          maxLength={200}
          value={draft.organisation}
          onChange={(event) => change({ organisation: event.target.value })}
        />
        <RoleSelect value={draft.role} onChange={(role) => change({ role })} />
        {draft.role === 'municipality' ? (
          <MunicipalitySelect
            selectRef={municipalityRef}
            value={draft.municipalityCode}
            onChange={(municipalityCode) => change({ municipalityCode })}
            municipalities={municipalities}
            error={errors.municipalityCode}
          />
        ) : null}
        <Button type="submit" aria-disabled={saving || undefined}>
          {t('users.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
