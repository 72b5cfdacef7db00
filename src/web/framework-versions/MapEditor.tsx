import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { DraftFramework, DraftMap } from '../../domain/framework-draft.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import type { FrameworkDetail, FrameworkSummary } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { useEditor } from './editor-context.js';
import { LocalisedFields } from './LocalisedFields.js';
import { fieldId, optionalText } from './version-draft.js';

/** A picker of the earlier version's code a code of this version corresponds to ("Inget" for none). */
function CodePicker({ id, label, value, options, onChange }: { id: string; label: string; value: string | undefined; options: Array<{ code: string; title: string }>; onChange(code: string | undefined): void }) {
  const { t } = useTranslation();
  const { errors } = useEditor();
  const known = value === undefined || options.some((option) => option.code === value);
  return (
    <Field className="fv-map-pick">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value ?? ''} aria-invalid={errors.has(id) || undefined} onChange={(event) => onChange(event.target.value || undefined)}>
        <Select.Option value="">{t('frameworkAuthoring.map.noTarget')}</Select.Option>
        {known ? null : <Select.Option value={value}>{value}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.code} value={option.code}>
            {t('frameworkAuthoring.map.targetCode', option)}
          </Select.Option>
        ))}
      </Select>
      {errors.get(id) ? <p className="fv-error">{errors.get(id)}</p> : null}
    </Field>
  );
}

/** A record with one key set to a value, or without it. */
function withEntry(record: Record<string, string>, key: string, value: string | undefined): Record<string, string> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The area and sub-area codes present in both versions, mapped to themselves. */
function sameCodes(definition: DraftFramework, target: FrameworkDetail): Pick<DraftMap, 'areas' | 'subareas'> {
  const areas: Record<string, string> = {};
  const subareas: Record<string, string> = {};
  const targetSubareas = new Set(target.areas.flatMap((area) => area.subareas.map((subarea) => subarea.code)));
  for (const area of definition.areas) {
    if (target.areas.some((candidate) => candidate.code === area.code)) areas[area.code] = area.code;
    for (const subarea of area.subareas) if (targetSubareas.has(subarea.code)) subareas[subarea.code] = subarea.code;
  }
  return { areas, subareas };
}

/**
 * One map from this version to an earlier one: which version, which of its areas and sub-areas
 * each of this version's corresponds to (pickers of the earlier version's codes), and the map's
 * own caveat about comparability in three languages.
 */
export function MapEditor({ index, map, definition, versions, onChange, tools }: {
  index: number;
  map: DraftMap;
  definition: DraftFramework;
  /** The versions a map may point to (shipped and published). */
  versions: readonly FrameworkSummary[];
  onChange(map: DraftMap): void;
  tools: React.ReactNode;
}) {
  const { t, language } = useTranslation();
  const { readOnly, errors } = useEditor();
  const path = `maps.${index}`;
  const id = fieldId(path);
  const toId = fieldId(`${path}.to`);
  const targetKnown = versions.some((version) => version.id === map.to);
  const target = useApiQuery({
    queryKey: queryKeys.frameworks.detail(map.to, language),
    queryFn: ({ signal }) => api.getFramework(map.to, language, signal),
    enabled: targetKnown,
  });
  const detail = target.state.status === 'ok' && target.state.data.id === map.to ? target.state.data : null;
  const titleOf = (versionId: string) => versions.find((version) => version.id === versionId)?.title ?? versionId;
  const areaOptions = detail ? detail.areas.map((area) => ({ code: area.code, title: area.title })) : [];
  const subareaOptions = detail ? detail.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, title: subarea.title }))) : [];
  return (
    <section className="fv-map panel" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t('frameworkAuthoring.map.name', { title: titleOf(map.to) })}
      </Heading>
      <fieldset disabled={readOnly} className="fv-fieldset">
      <Field>
        <Label htmlFor={toId}>{t('frameworkAuthoring.map.to')}</Label>
        <Select id={toId} value={map.to} aria-invalid={errors.has(toId) || undefined} onChange={(event) => onChange({ ...map, to: event.target.value, areas: {}, subareas: {} })}>
          {targetKnown ? null : <Select.Option value={map.to}>{map.to}</Select.Option>}
          {versions
            .filter((version) => version.id !== definition.id)
            .map((version) => (
              <Select.Option key={version.id} value={version.id}>
                {version.title}
              </Select.Option>
            ))}
        </Select>
        {errors.get(toId) ? <p className="fv-error">{errors.get(toId)}</p> : null}
      </Field>
      {!targetKnown ? <Paragraph data-size="sm">{t('frameworkAuthoring.map.unknownTarget', { id: map.to })}</Paragraph> : null}
      {targetKnown && !detail ? <Paragraph data-size="sm">{t('frameworkAuthoring.map.loading')}</Paragraph> : null}
      {detail ? (
        <>
          {readOnly ? null : (
            <Button type="button" data-size="sm" variant="secondary" onClick={() => onChange({ ...map, ...sameCodes(definition, detail) })}>
              {t('frameworkAuthoring.map.identity')}
            </Button>
          )}
          <fieldset className="fv-map-group">
            <legend>{t('frameworkAuthoring.map.areas')}</legend>
            <div className="fv-map-grid">
              {definition.areas.map((area) => (
                <CodePicker
                  key={area.code}
                  id={fieldId(`${path}.areas.${area.code}`)}
                  label={t('frameworkAuthoring.map.areaOf', { code: area.code })}
                  value={map.areas[area.code]}
                  options={areaOptions}
                  onChange={(code) => onChange({ ...map, areas: withEntry(map.areas, area.code, code) })}
                />
              ))}
            </div>
          </fieldset>
          <details className="fv-map-group" id={`${id}-subareas`}>
            <summary>{`${t('frameworkAuthoring.map.subareas')} (${Object.keys(map.subareas).length})`}</summary>
            <div className="fv-map-grid">
              {definition.areas.flatMap((area) =>
                area.subareas.map((subarea) => (
                  <CodePicker
                    key={subarea.code}
                    id={fieldId(`${path}.subareas.${subarea.code}`)}
                    label={t('frameworkAuthoring.map.subareaOf', { code: subarea.code })}
                    value={map.subareas[subarea.code]}
                    options={subareaOptions}
                    onChange={(code) => onChange({ ...map, subareas: withEntry(map.subareas, subarea.code, code) })}
                  />
                )),
              )}
            </div>
          </details>
        </>
      ) : null}
      <LocalisedFields
        label={t('frameworkAuthoring.field.caveat')}
        description={t('frameworkAuthoring.field.caveatHint')}
        path={`${path}.caveat`}
        value={map.caveat}
        multiline
        onChange={(caveat) => onChange({ ...map, caveat: optionalText(caveat) })}
      />
      </fieldset>
      {tools}
    </section>
  );
}
