import { Alert, Checkbox, Field, Fieldset, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { useTranslation } from '../language/language-context.js';
import type { PeerGroupChoices } from './comparisons-api.js';
import { hasPeerCriteria, type PeerChoice } from './comparison-query.js';
import './comparisons.css';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The population class in words, as the form shows it ("Högst 20 000 invånare"). */
function populationClassText(entry: { min: number; max: number | null }, t: Translate, language: Language): string {
  if (entry.max === null) return t('reports.form.populationOver', { min: formatNumber(entry.min - 1, language) });
  const max = formatNumber(entry.max, language);
  return entry.min === 0 ? t('reports.form.populationUpTo', { max }) : t('reports.form.populationBetween', { min: formatNumber(entry.min, language), max });
}

interface Props {
  value: PeerChoice;
  change: (patch: Partial<PeerChoice>) => void;
  /** The choices with their n; undefined while they load (the fields then offer no n yet). */
  choices: PeerGroupChoices | undefined;
  /** The evaluated municipality's short name, to mark the groups it belongs to. */
  municipality: string;
  /** The minimum n below which an average is shown with a warning. */
  minN: number;
  /** Why the choices could not be counted, with a way to try again (the fields then offer no n). */
  failure?: { error: unknown; retry: () => void };
}

/**
 * The peer group's criteria — population class, first evaluations, county, SKR group — with
 * every choice's n: the size of the group picking it would form, with the other criteria kept.
 * A choice with n = 0 cannot be picked and says why (unless it is the one already chosen, which
 * then carries a warning), so an empty peer group is never offered silently.
 */
export function PeerGroupFields({ value, change, choices, municipality, minN, failure }: Props) {
  const { t, language } = useTranslation();
  const id = useId();
  const option = (label: string, n: number | undefined, own: boolean) => {
    const named = own ? t('peerGroups.own', { label, name: municipality }) : label;
    if (n === undefined) return named;
    const count = formatNumber(n, language);
    if (n === 0) return t('peerGroups.optionEmpty', { label: named });
    return t(n < minN ? 'peerGroups.optionSmall' : 'peerGroups.option', { label: named, n: count });
  };
  const blocked = (n: number | undefined, selected: boolean) => n === 0 && !selected;
  const classes = choices?.populationClasses;
  const firstTimeN = choices?.firstTime.n;
  const empty = choices?.peer?.n === 0 && hasPeerCriteria(value);
  const firstTimeHint = firstTimeN === 0 && !value.firstTime ? t('peerGroups.firstTimeEmpty') : undefined;

  return (
    <Fieldset className="peer-group-fields">
      <Fieldset.Legend>{t('reports.form.peerGroup')}</Fieldset.Legend>
      <Fieldset.Description>
        {t('reports.form.peerGroupHint')} {t('peerGroups.countHint')}
      </Fieldset.Description>
      <Field>
        <Label htmlFor={`${id}-population`}>{t('reports.form.populationClass')}</Label>
        <Select id={`${id}-population`} value={value.populationClass} onChange={(event) => change({ populationClass: event.target.value })}>
          <Select.Option value="">{t('reports.form.anyPopulation')}</Select.Option>
          {(classes ?? []).map((entry) => (
            <Select.Option key={entry.id} value={entry.id} disabled={blocked(entry.n, value.populationClass === entry.id)}>
              {option(populationClassText(entry, t, language), entry.n, entry.own)}
            </Select.Option>
          ))}
          {value.populationClass && !classes?.some((entry) => entry.id === value.populationClass) ? (
            <Select.Option value={value.populationClass}>{value.populationClass}</Select.Option>
          ) : null}
        </Select>
      </Field>
      <Checkbox
        label={firstTimeN === undefined ? t('reports.form.firstTime') : option(t('reports.form.firstTime'), firstTimeN, false)}
        aria-describedby={firstTimeHint ? `${id}-first-time-reason` : undefined}
        checked={value.firstTime}
        disabled={blocked(firstTimeN, value.firstTime)}
        onChange={(event) => change({ firstTime: event.target.checked })}
      />
      {/* Outside the disabled field, so the reason keeps its full contrast. */}
      {firstTimeHint ? (
        <Paragraph id={`${id}-first-time-reason`} data-size="sm" className="peer-group-fields__reason">
          {firstTimeHint}
        </Paragraph>
      ) : null}
      <Field>
        <Label htmlFor={`${id}-county`}>{t('reports.form.county')}</Label>
        <Select id={`${id}-county`} value={value.county} onChange={(event) => change({ county: event.target.value })}>
          <Select.Option value="">{t('reports.form.anyCounty')}</Select.Option>
          {(choices?.counties ?? []).map((county) => (
            <Select.Option key={county.code} value={county.code} disabled={blocked(county.n, value.county === county.code)}>
              {option(county.name, county.n, county.own)}
            </Select.Option>
          ))}
          {value.county && !choices?.counties.some((county) => county.code === value.county) ? <Select.Option value={value.county}>{value.county}</Select.Option> : null}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={`${id}-group`}>{t('reports.form.municipalityGroup')}</Label>
        <Select id={`${id}-group`} value={value.group} onChange={(event) => change({ group: event.target.value })}>
          <Select.Option value="">{t('peerGroups.anyGroup')}</Select.Option>
          {(choices?.groups ?? []).map((group) => (
            <Select.Option key={group.code} value={group.code} disabled={blocked(group.n, value.group === group.code)}>
              {option(group.label, group.n, group.own)}
            </Select.Option>
          ))}
          {value.group && !choices?.groups.some((group) => group.code === value.group) ? <Select.Option value={value.group}>{value.group}</Select.Option> : null}
        </Select>
      </Field>
      {failure ? <ErrorAlert error={failure.error} onRetry={failure.retry} /> : null}
      {empty ? (
        <Alert data-color="warning" className="peer-group-fields__empty">
          <Paragraph data-size="sm">{t('peerGroups.empty')}</Paragraph>
        </Alert>
      ) : null}
      {choices && (choices.sources.population.length > 0 || choices.sources.group.length > 0) ? (
        <Paragraph data-size="sm" className="muted peer-group-fields__sources">
          {choices.sources.population.length > 0 ? t('peerGroups.sourcePopulation', { sources: choices.sources.population.join('; ') }) : null}{' '}
          {choices.sources.group.length > 0 ? t('peerGroups.sourceGroup', { sources: choices.sources.group.join('; ') }) : null}
        </Paragraph>
      ) : null}
    </Fieldset>
  );
}
