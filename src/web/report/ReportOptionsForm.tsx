import { Checkbox, Field, Fieldset, Label, Radio, Select, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useId, type RefObject } from 'react';
import { formatNumber, LANGUAGES, type Language } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import type { ReportChoices } from './report-api.js';
import type { ReportForm, ReportFormField } from './report-options.js';

export interface CountyChoice {
  code: string;
  name: string;
}

interface Props {
  form: ReportForm;
  change: (patch: Partial<ReportForm>) => void;
  errors: Partial<Record<ReportFormField, string>>;
  choices: ReportChoices;
  counties: readonly CountyChoice[];
  sinceRef: RefObject<HTMLInputElement | null>;
  groupRef: RefObject<HTMLInputElement | null>;
}

function populationLabel(entry: ReportChoices['populationClasses'][number], t: ReturnType<typeof useTranslation>['t'], language: Language): string {
  const min = formatNumber(entry.min, language);
  if (entry.max === null) return t('reports.form.populationOver', { min: formatNumber(entry.min - 1, language) });
  const max = formatNumber(entry.max, language);
  return entry.min === 0 ? t('reports.form.populationUpTo', { max }) : t('reports.form.populationBetween', { min, max });
}

/** The report options: language, comparisons (with the peer group's criteria) and the cover. */
export function ReportOptionsForm({ form, change, errors, choices, counties, sinceRef, groupRef }: Props) {
  const { t, language } = useTranslation();
  const id = useId();
  return (
    <div className="report-options">
      <Fieldset>
        <Fieldset.Legend>{t('reports.form.language')}</Fieldset.Legend>
        <Fieldset.Description>{t('reports.form.languageHint')}</Fieldset.Description>
        <div className="report-options__row">
          {LANGUAGES.filter((code) => choices.languages.includes(code)).map((code) => (
            <Radio
              key={code}
              name={`${id}-language`}
              value={code}
              label={t(`language.${code}`)}
              lang={code}
              checked={form.language === code}
              onChange={() => change({ language: code })}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('reports.form.comparisons')}</Fieldset.Legend>
        <Checkbox label={t('reports.form.includeNational')} checked={form.includeNational} onChange={(event) => change({ includeNational: event.target.checked })} />
        <Checkbox label={t('reports.form.includePeer')} checked={form.includePeer} onChange={(event) => change({ includePeer: event.target.checked })} />
        <Checkbox label={t('reports.form.includeHistory')} checked={form.includeHistory} onChange={(event) => change({ includeHistory: event.target.checked })} />
        <Textfield
          ref={sinceRef}
          label={t('reports.form.since')}
          description={t('reports.form.sinceHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          className="report-options__short"
          value={form.since}
          onChange={(event) => change({ since: event.target.value })}
          error={errors.since}
        />
      </Fieldset>

      {form.includePeer ? (
        <Fieldset>
          <Fieldset.Legend>{t('reports.form.peerGroup')}</Fieldset.Legend>
          <Fieldset.Description>{t('reports.form.peerGroupHint')}</Fieldset.Description>
          <Field>
            <Label>{t('reports.form.populationClass')}</Label>
            <Select value={form.populationClass} onChange={(event) => change({ populationClass: event.target.value })}>
              <Select.Option value="">{t('reports.form.anyPopulation')}</Select.Option>
              {choices.populationClasses.map((entry) => (
                <Select.Option key={entry.id} value={entry.id}>
                  {populationLabel(entry, t, language)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Checkbox label={t('reports.form.firstTime')} checked={form.firstTime} onChange={(event) => change({ firstTime: event.target.checked })} />
          <Field>
            <Label>{t('reports.form.county')}</Label>
            <Select value={form.county} onChange={(event) => change({ county: event.target.value })}>
              <Select.Option value="">{t('reports.form.anyCounty')}</Select.Option>
              {counties.map((county) => (
                <Select.Option key={county.code} value={county.code}>
                  {county.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            ref={groupRef}
            label={t('reports.form.municipalityGroup')}
            description={t('reports.form.municipalityGroupHint')}
            autoComplete="off"
            maxLength={2}
            className="report-options__short"
            value={form.group}
            onChange={(event) => change({ group: event.target.value })}
            error={errors.group}
          />
        </Fieldset>
      ) : null}

      <Fieldset>
        <Fieldset.Legend>{t('reports.form.cover')}</Fieldset.Legend>
        <Field>
          <Label>{t('reports.form.evaluators')}</Label>
          <Field.Description>{t('reports.form.evaluatorsHint')}</Field.Description>
          <Textarea rows={3} value={form.evaluators} onChange={(event) => change({ evaluators: event.target.value })} />
        </Field>
        <Textfield
          label={t('reports.form.date')}
          description={t('reports.form.dateHint')}
          type="date"
          className="report-options__short"
          value={form.date}
          onChange={(event) => change({ date: event.target.value })}
        />
      </Fieldset>
    </div>
  );
}
