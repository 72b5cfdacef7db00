import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MunicipalitySummary, Role, User } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { MunicipalitySelect } from './MunicipalitySelect.js';
import { RoleSelect } from './RoleSelect.js';

export interface RoleChange {
  role: Role;
  municipalityCode: string | null;
}

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
  const roleRef = useRef<HTMLSelectElement>(null);
  const municipalityRef = useRef<HTMLSelectElement>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [code, setCode] = useState(user.municipalityCode ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => roleRef.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (role === 'municipality' && !code) {
      setError(t('users.error.municipalityMissing'));
      municipalityRef.current?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await onSave({ role, municipalityCode: role === 'municipality' ? code : null });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form id={id} className="account-form user-role-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('users.editHeading', { name: user.name })}
      </Heading>
      <RoleSelect value={role} onChange={setRole} selectRef={roleRef} />
      {role === 'municipality' ? (
        <MunicipalitySelect value={code} onChange={setCode} municipalities={municipalities} error={error} selectRef={municipalityRef} />
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
