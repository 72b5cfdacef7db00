import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { ROLES } from '../../domain/access.js';
import type { Role } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { roleKey } from '../session/role-text.js';

/** The role of a user, with what each role may do as the field's description. */
export function RoleSelect({ value, onChange, selectRef }: { value: Role; onChange: (role: Role) => void; selectRef?: Ref<HTMLSelectElement> }) {
  const { t } = useTranslation();
  return (
    <Field>
      <Label>{t('users.role')}</Label>
      <Field.Description>{t('users.roleHint')}</Field.Description>
      <Select ref={selectRef} value={value} onChange={(event) => onChange(event.target.value as Role)}>
        {ROLES.map((role) => (
          <Select.Option key={role} value={role}>
            {t(roleKey(role))}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
