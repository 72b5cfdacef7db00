import { Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { focusLater } from '../question-sets/editor-context.js';
import { CriterionEditor } from './CriterionEditor.js';
import { useEditor } from './editor-context.js';
import { ItemTools } from './ItemTools.js';
import { CodeField, LocalisedFields, NumberField } from './LocalisedFields.js';
import { fieldId, textFor, moveItem, newCriterion, nextCriterionCode, removeItem, replaceItem, type DraftSubarea } from './version-draft.js';

/** One sub-area: code, title in three languages, max, and its criteria. */
export function SubareaEditor({ path, subarea, onChange, tools }: { path: string; subarea: DraftSubarea; onChange(subarea: DraftSubarea): void; tools: React.ReactNode }) {
  const { t, language } = useTranslation();
  const { readOnly } = useEditor();
  const name = t('frameworkAuthoring.subarea.name', { code: subarea.code });
  const title = textFor(subarea.title, language);
  const id = fieldId(path);
  const criteriaPath = `${path}.criteria`;
  const criterionId = (index: number) => fieldId(`${criteriaPath}.${index}`);
  const addId = `${fieldId(criteriaPath)}-add`;
  const criteria = subarea.criteria;
  const setCriteria = (next: DraftSubarea['criteria']) => onChange({ ...subarea, criteria: next });
  return (
    <section className="fv-subarea" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <Heading level={4} data-size="xs" id={`${id}-heading`}>
        {title ? (
          <>
            {`${subarea.code} `}
            <span lang={title.lang === language ? undefined : title.lang}>{title.text}</span>
          </>
        ) : (
          name
        )}
      </Heading>
      <div className="fv-row">
        <CodeField label={`${name}: ${t('frameworkAuthoring.field.code')}`} path={`${path}.code`} value={subarea.code} onChange={(code) => onChange({ ...subarea, code })} />
        {subarea.max === undefined ? null : (
          <NumberField label={`${name}: ${t('frameworkAuthoring.field.max')}`} path={`${path}.max`} value={subarea.max} min={0} max={800} onChange={(max) => onChange({ ...subarea, max: max ?? 0 })} />
        )}
      </div>
      <Checkbox
        id={fieldId(`${path}.maxNone`)}
        label={`${name}: ${t('frameworkAuthoring.field.subareaMaxNone')}`}
        checked={subarea.max === undefined}
        onChange={(event) => onChange({ ...subarea, max: event.target.checked ? undefined : 0 })}
      />
      <LocalisedFields label={`${name}: ${t('frameworkAuthoring.field.title')}`} path={`${path}.title`} value={subarea.title} onChange={(title) => onChange({ ...subarea, title })} />
      <div id={fieldId(criteriaPath)} tabIndex={-1} className="fv-criteria" role="group" aria-label={t('frameworkAuthoring.criteria.heading', { code: subarea.code })}>
        {criteria.length === 0 ? <Paragraph data-size="sm">{t('frameworkAuthoring.subarea.noCriteria')}</Paragraph> : null}
        {criteria.map((criterion, index) => (
          <CriterionEditor
            key={index}
            path={`${criteriaPath}.${index}`}
            criterion={criterion}
            onChange={(next) => setCriteria(replaceItem(criteria, index, next))}
            tools={
              <ItemTools
                index={index}
                count={criteria.length}
                name={t('frameworkAuthoring.criterion.name', { code: criterion.code })}
                idAt={criterionId}
                onMove={(step) => setCriteria(moveItem(criteria, index, step))}
                removeLabel={t('frameworkAuthoring.criterion.remove', { code: criterion.code })}
                confirmQuestion={t('frameworkAuthoring.criterion.confirmRemove', { code: criterion.code })}
                onRemove={() => setCriteria(removeItem(criteria, index))}
                afterRemove={addId}
              />
            }
          />
        ))}
        {readOnly ? null : (
          <Button
            id={addId}
            type="button"
            data-size="sm"
            variant="secondary"
            onClick={() => {
              setCriteria([...criteria, newCriterion(nextCriterionCode(subarea))]);
              focusLater(fieldId(`${criteriaPath}.${criteria.length}.text.sv`));
            }}
          >
            {t('frameworkAuthoring.criterion.add', { code: subarea.code })}
          </Button>
        )}
      </div>
      {tools}
    </section>
  );
}
