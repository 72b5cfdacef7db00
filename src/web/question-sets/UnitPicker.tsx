import { Button, Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from '../language/language-context.js';
import type { ScoringArea } from '../workspace/scoring/score-form.js';

interface Props {
  /** The element id of the toggle (validation messages link to it). */
  id: string;
  /** The question's name ("fråga 1.2"), for the labels. */
  name: string;
  chosen: readonly string[];
  areas: readonly ScoringArea[];
  readOnly: boolean;
  error?: string;
  onChange(codes: string[]): void;
}

/**
 * The sub-areas a question informs: the chosen ones as text, and behind a button the sub-areas of
 * the set's model version as check boxes, one group per area.
 */
export function UnitPicker({ id, name, chosen, areas, readOnly, error, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titles = new Map(areas.flatMap((area) => area.units.map((unit) => [unit.code, unit.title] as const)));
  const panelId = `${id}-panel`;
  const summaryId = `${id}-summary`;
  const toggle = (code: string, on: boolean) => {
    const order = areas.flatMap((area) => area.units.map((unit) => unit.code));
    const next = on ? [...chosen, code] : chosen.filter((entry) => entry !== code);
    onChange([...new Set(next)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };
  return (
    <div className="unit-picker">
      <p id={summaryId} className="unit-picker__summary">
        <strong>{t('questionSets.units.label')}: </strong>
        {chosen.length === 0 ? t('questionSets.units.none') : chosen.map((code) => (titles.has(code) ? `${code} ${titles.get(code)}` : code)).join('; ')}
      </p>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      {readOnly ? null : (
        <Button
          id={id}
          type="button"
          data-size="sm"
          variant="secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          aria-describedby={`${summaryId}${error ? ` ${id}-error` : ''}`}
          aria-label={t('questionSets.units.chooseFor', { name })}
          onClick={() => setOpen(!open)}
        >
          {t('questionSets.units.choose')}
        </Button>
      )}
      {open && !readOnly ? (
        <div id={panelId} className="unit-picker__panel">
          {areas.map((area) => (
            <Fieldset key={area.code} data-size="sm" className="unit-picker__area">
              <Fieldset.Legend>{`${area.code} ${area.title}`}</Fieldset.Legend>
              {area.units.map((unit) => (
                <Checkbox
                  key={unit.code}
                  data-size="sm"
                  label={`${unit.code} ${unit.title}`}
                  value={unit.code}
                  checked={chosen.includes(unit.code)}
                  onChange={(event) => toggle(unit.code, event.target.checked)}
                />
              ))}
            </Fieldset>
          ))}
        </div>
      ) : null}
    </div>
  );
}
