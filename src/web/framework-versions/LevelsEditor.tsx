import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { focusLater } from '../question-sets/editor-context.js';
import { useEditor } from './editor-context.js';
import { ItemTools } from './ItemTools.js';
import { CodeField, LocalisedFields, NumberField } from './LocalisedFields.js';
import { fieldId, moveItem, newLevel, removeItem, replaceItem, type DraftLevel } from './version-draft.js';

/** The levels of a criterion's level scale: code, points and label in three languages each. */
export function LevelsEditor({ path, criterionCode, levels, onChange }: { path: string; criterionCode: string; levels: DraftLevel[]; onChange(levels: DraftLevel[]): void }) {
  const { t } = useTranslation();
  const { readOnly } = useEditor();
  const listId = fieldId(`${path}.levels`);
  const idAt = (index: number) => fieldId(`${path}.levels.${index}`);
  const addId = `${listId}-add`;
  return (
    <section className="fv-levels" aria-labelledby={`${listId}-heading`} id={listId} tabIndex={-1}>
      <Heading level={6} data-size="2xs" id={`${listId}-heading`}>
        {t('frameworkAuthoring.levels.heading', { code: criterionCode })}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('frameworkAuthoring.levels.intro')}
      </Paragraph>
      <ol className="fv-list">
        {levels.map((level, index) => {
          const name = t('frameworkAuthoring.level.name', { n: index + 1 });
          const levelPath = `${path}.levels.${index}`;
          const change = (next: DraftLevel) => onChange(replaceItem(levels, index, next));
          return (
            <li key={index} id={idAt(index)} tabIndex={-1} className="fv-level" aria-label={`${name} (${criterionCode})`}>
              <div className="fv-row">
                <CodeField label={`${name}: ${t('frameworkAuthoring.field.code')}`} path={`${levelPath}.code`} value={level.code} onChange={(code) => change({ ...level, code })} />
                <NumberField label={`${name}: ${t('frameworkAuthoring.field.points')}`} path={`${levelPath}.points`} value={level.points} min={0} max={100} onChange={(points) => change({ ...level, points: points ?? 0 })} />
              </div>
              <LocalisedFields label={`${name}: ${t('frameworkAuthoring.field.label')}`} path={`${levelPath}.label`} value={level.label} onChange={(label) => change({ ...level, label })} />
              <ItemTools
                index={index}
                count={levels.length}
                name={`${name} (${criterionCode})`}
                idAt={idAt}
                onMove={(step) => onChange(moveItem(levels, index, step))}
                removeLabel={t('frameworkAuthoring.level.remove', { n: index + 1, code: criterionCode })}
                confirmQuestion={`${t('frameworkAuthoring.level.remove', { n: index + 1, code: criterionCode })}?`}
                onRemove={() => onChange(removeItem(levels, index))}
                afterRemove={addId}
              />
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <Button
          id={addId}
          type="button"
          data-size="sm"
          variant="secondary"
          onClick={() => {
            const top = levels.reduce((highest, level) => Math.max(highest, level.points), -1);
            onChange([...levels, newLevel(String(levels.length), top + 1)]);
            focusLater(fieldId(`${path}.levels.${levels.length}.code`));
          }}
        >
          {t('frameworkAuthoring.level.add', { code: criterionCode })}
        </Button>
      )}
    </section>
  );
}
