import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from '../../language/language-context.js';
import type { EvidenceUnitGroup } from './evidence-texts.js';

/** The sub-areas an item links to: checkboxes grouped per area, each group a fieldset with the area as legend. */
export function UnitCheckboxes({
  groups,
  chosen,
  onChange,
  error,
  fieldsetId,
}: {
  groups: readonly EvidenceUnitGroup[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
  fieldsetId: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const selected = new Set(chosen);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(code);
    else next.delete(code);
    onChange([...next]);
  };
  return (
    <Fieldset id={fieldsetId} className="evidence-units-field" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <Fieldset.Legend>{t('evidence.field.unitsLegend')}</Fieldset.Legend>
      <Fieldset.Description id={hintId}>{t('evidence.unitsHint', { count: chosen.length })}</Fieldset.Description>
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
      <div className="evidence-units-field__groups">
        {groups.map((group) => (
          <Fieldset key={group.code} className="evidence-units-field__group" data-size="sm">
            <Fieldset.Legend>{t('evidence.areaLegend', { code: group.code, title: group.title })}</Fieldset.Legend>
            {group.units.map((unit) => (
              <Checkbox
                key={unit.code}
                data-size="sm"
                label={unit.label}
                value={unit.code}
                checked={selected.has(unit.code)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => toggle(unit.code, event.target.checked)}
              />
            ))}
          </Fieldset>
        ))}
      </div>
    </Fieldset>
  );
}
