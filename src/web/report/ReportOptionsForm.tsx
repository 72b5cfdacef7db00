import { Checkbox, Field, Fieldset, Label, Radio, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useId, type RefObject } from 'react';
import { LANGUAGES } from '../../i18n/index.js';
import type { PeerGroupChoices } from '../comparisons/comparisons-api.js';
import { PeerGroupFields } from '../comparisons/PeerGroupFields.js';
import { useTranslation } from '../language/language-context.js';
import { languageName } from '../language/language-name.js';
import type { ReportChoices } from './report-api.js';
import type { ReportForm, ReportFormField } from './report-options.js';

interface Props {
  form: ReportForm;
  change: (patch: Partial<ReportForm>) => void;
  errors: Partial<Record<ReportFormField, string>>;
  choices: ReportChoices;
  /** The peer-group choices with their n for this evaluation; undefined while they load. */
  peerChoices: PeerGroupChoices | undefined;
  /** Why the peer-group choices could not be counted, with a retry. */
  peerFailure?: { error: unknown; retry: () => void };
  /** The municipality's short name (marks the groups it belongs to). */
  municipality: string;
  minN: number;
  sinceRef: RefObject<HTMLInputElement | null>;
  /** The evaluation's model version has criteria: the criteria annex is offered. */
  hasCriteria: boolean;
}

/** The report options: language, comparisons (with the peer group's criteria and their n), the cover and, for a model version with criteria, the criteria annex. */
export function ReportOptionsForm({ form, change, errors, choices, peerChoices, peerFailure, municipality, minN, sinceRef, hasCriteria }: Props) {
  const { t } = useTranslation();
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
              label={languageName(code)}
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

      {form.includePeer ? <PeerGroupFields value={form} change={change} choices={peerChoices} municipality={municipality} minN={minN} failure={peerFailure} /> : null}

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

      {hasCriteria ? (
        <Fieldset>
          <Fieldset.Legend>{t('reports.form.annexes')}</Fieldset.Legend>
          <Checkbox
            label={t('reports.form.criteriaAnnex')}
            description={t('reports.form.criteriaAnnexHint')}
            checked={form.criteriaAnnex}
            onChange={(event) => change({ criteriaAnnex: event.target.checked })}
          />
        </Fieldset>
      ) : null}
    </div>
  );
}
