import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import type { MunicipalitySummary } from '../api/types.js';
import { compareText } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { municipalityOption } from '../ui/municipality-text.js';

/**
 * Chooses the municipality a municipality user represents, among all of Sweden's (a native
 * select: type the first letters to jump). Until the list is there, only the current choice.
 */
export function MunicipalitySelect({
  value,
  onChange,
  municipalities,
  error,
  selectRef,
}: {
  value: string;
  onChange: (code: string) => void;
  municipalities: readonly MunicipalitySummary[] | undefined;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t, language } = useTranslation();
  const sorted = [...(municipalities ?? [])].sort((a, b) => compareText(a.name, b.name, language));
  return (
    <Field>
      <Label>{t('users.municipality')}</Label>
      <Select ref={selectRef} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined}>
        <Select.Option value="">{municipalities ? t('users.municipalityChoose') : t('users.municipalityLoading')}</Select.Option>
        {!municipalities && value ? <Select.Option value={value}>{value}</Select.Option> : null}
        {sorted.map((municipality) => (
          <Select.Option key={municipality.id} value={municipality.id}>
            {municipalityOption(municipality, t)}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
