import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { focusLater } from '../question-sets/editor-context.js';
import { useEditor } from './editor-context.js';
import { CodeField, LocalisedFields, NumberField } from './LocalisedFields.js';
import { ItemTools } from './ItemTools.js';
import { SubareaEditor } from './SubareaEditor.js';
import { fieldId, textFor, moveItem, newSubarea, nextSubareaCode, removeItem, replaceItem, subareaSum, type DraftArea } from './version-draft.js';

/**
 * One area as a disclosure: closed, its code, title, max and the sum of its sub-areas' maxima;
 * open, its fields and sub-areas. One area at a time keeps a model of 8 areas usable.
 */
export function AreaEditor({ index, area, open, onToggle, onChange, tools }: {
  index: number;
  area: DraftArea;
  open: boolean;
  onToggle(): void;
  onChange(area: DraftArea): void;
  tools: React.ReactNode;
}) {
  const { t, language } = useTranslation();
  const { readOnly, errors } = useEditor();
  const path = `areas.${index}`;
  const id = fieldId(path);
  const name = t('frameworkAuthoring.area.name', { code: area.code });
  const sums = subareaSum(area);
  const title = textFor(area.title, language);
  const criteria = area.subareas.reduce((total, subarea) => total + subarea.criteria.length, 0);
  const subareasPath = `${path}.subareas`;
  const subareaId = (position: number) => fieldId(`${subareasPath}.${position}`);
  const addId = `${fieldId(subareasPath)}-add`;
  const setSubareas = (subareas: DraftArea['subareas']) => onChange({ ...area, subareas });
  const areaProblems = [...errors.keys()].some((key) => key === id || key.startsWith(`${id}-`));
  const sumOk = !sums.given || sums.sum === area.max;
  return (
    <section className="fv-area panel" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`} className="fv-area__heading">
        <button type="button" className="fv-disclosure" aria-expanded={open} aria-controls={`${id}-body`} id={`${id}-toggle`} onClick={onToggle}>
          <span aria-hidden="true" className="fv-disclosure__icon">{open ? '▾' : '▸'}</span>{' '}
          {title ? (
            <>
              {`${area.code}. `}
              <span lang={title.lang === language ? undefined : title.lang}>{title.text}</span>
            </>
          ) : (
            name
          )}
        </button>
      </Heading>
      <Paragraph data-size="sm" className="fv-area__summary">
        {`${t('frameworkAuthoring.field.max')} ${formatNumber(area.max, language)} · ${t('frameworkAuthoring.area.summary', { subareas: area.subareas.length, criteria })}`}
        {sums.given ? (
          <>
            {' · '}
            <span className={sumOk ? undefined : 'fv-off'}>
              {t('frameworkAuthoring.sums.area', { sum: formatNumber(sums.sum, language), max: formatNumber(area.max, language) })} ({sumOk ? `✓ ${t('frameworkAuthoring.sums.ok')}` : `⚠ ${t('frameworkAuthoring.sums.off')}`})
            </span>
          </>
        ) : null}
        {areaProblems ? <span className="fv-off"> · ⚠</span> : null}
      </Paragraph>
      <div id={`${id}-body`} hidden={!open} className="fv-area__body">
        {open ? (
          <fieldset disabled={readOnly} className="fv-fieldset">
            <div className="fv-row">
              <CodeField label={`${name}: ${t('frameworkAuthoring.field.code')}`} path={`${path}.code`} value={area.code} onChange={(code) => onChange({ ...area, code })} />
              <NumberField label={`${name}: ${t('frameworkAuthoring.field.max')}`} path={`${path}.max`} value={area.max} min={0} max={800} onChange={(max) => onChange({ ...area, max: max ?? 0 })} />
            </div>
            <LocalisedFields label={`${name}: ${t('frameworkAuthoring.field.title')}`} path={`${path}.title`} value={area.title} onChange={(title) => onChange({ ...area, title })} />
            <div id={fieldId(subareasPath)} tabIndex={-1} role="group" aria-label={t('frameworkAuthoring.subareas.heading', { code: area.code })} className="fv-subareas">
              {area.subareas.map((subarea, position) => (
                <SubareaEditor
                  key={position}
                  path={`${subareasPath}.${position}`}
                  subarea={subarea}
                  onChange={(next) => setSubareas(replaceItem(area.subareas, position, next))}
                  tools={
                    <ItemTools
                      index={position}
                      count={area.subareas.length}
                      name={t('frameworkAuthoring.subarea.name', { code: subarea.code })}
                      idAt={subareaId}
                      onMove={(step) => setSubareas(moveItem(area.subareas, position, step))}
                      removeLabel={t('frameworkAuthoring.subarea.remove', { code: subarea.code })}
                      confirmQuestion={t('frameworkAuthoring.subarea.confirmRemove', { code: subarea.code })}
                      onRemove={() => setSubareas(removeItem(area.subareas, position))}
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
                    setSubareas([...area.subareas, newSubarea(nextSubareaCode(area))]);
                    focusLater(fieldId(`${subareasPath}.${area.subareas.length}.title.sv`));
                  }}
                >
                  {t('frameworkAuthoring.subarea.add', { code: area.code })}
                </Button>
              )}
            </div>
            {tools}
          </fieldset>
        ) : null}
      </div>
    </section>
  );
}
