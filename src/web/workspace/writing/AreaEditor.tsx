import { Fieldset, Heading, Radio } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { LIST_ITEMS_MAX } from '../../../domain/evaluation-texts.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { useTranslation } from '../../language/language-context.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { AreaTextView } from './AreaTextView.js';
import { OrderedListEditor, type ListWords } from './OrderedListEditor.js';
import { areaFormOf, areaFromConflict, sameAreaForm } from './text-forms.js';
import type { TextsCache } from './texts-query.js';
import { AutosavedText, type TakeOverAccess } from './TextField.js';
import { AreaTextBaseline } from '../follow-up/AreaTextBaseline.js';
import type { BaselineArea, BaselineUnit } from '../follow-up/follow-up-api.js';
import { PreviousSubareaText } from '../follow-up/PreviousSubareaText.js';
import { TakenOverMark } from '../follow-up/TakenOverMark.js';
import { textsApi, type AreaForm, type AreaText, type AreaWithSubareas, type TextLayout } from './texts-api.js';
import { useTextSaveError } from './save-error.js';

const STRENGTH_WORDS: ListWords = { heading: 'writing.strengths.heading', item: 'writing.strengths.item', add: 'writing.strengths.add', empty: 'writing.strengths.empty' };
const IMPROVEMENT_WORDS: ListWords = {
  heading: 'writing.improvements.heading',
  item: 'writing.improvements.item',
  add: 'writing.improvements.add',
  empty: 'writing.improvements.empty',
};
const LAYOUTS: readonly TextLayout[] = ['summary', 'per-subarea'];

/** In a follow-up: the previous evaluation's texts of the area and its sub-areas. */
export interface WritingBaseline {
  area: BaselineArea | undefined;
  units: ReadonlyMap<string, BaselineUnit>;
  planShared: boolean;
}

interface AreaEditorProps {
  evaluationId: string;
  area: AreaWithSubareas;
  cache: TextsCache;
  baseline?: WritingBaseline;
}

/** Whether an area's form holds anything written. */
const isWritten = (form: AreaForm) => form.analysis.trim() !== '' || form.strengths.some((item) => item.trim()) || form.improvements.some((item) => item.trim());

/**
 * One area's texts, autosaved: the layout (one analysis for the area, or one per sub-area), the
 * analysis with preview, strengths and improvement opportunities as ordered lists. The area's
 * record and each sub-area's analysis have versions of their own; a stale save shows both
 * versions and lets the user merge.
 */
export function AreaEditor({ evaluationId, area, cache, baseline }: AreaEditorProps) {
  const { t } = useTranslation();
  const layoutName = useId();
  const describeError = useTextSaveError();
  const [takenOver, setTakenOver] = useState(area.takenOver);
  const autosave = useVersionedSave<AreaForm>({ value: areaFormOf(area), version: area.version }, {
    save: async (value, version) => {
      const saved = await textsApi.saveArea(evaluationId, area.areaCode, value, version);
      cache.area(saved);
      setTakenOver(saved.takenOver);
      return { value: areaFormOf(saved), version: saved.version };
    },
    equals: sameAreaForm,
    fromConflict: areaFromConflict,
    describeError,
  });
  const form = autosave.value;
  const areaTakeOver: TakeOverAccess = { written: isWritten(form), settle: () => autosave.settle(), version: () => autosave.currentVersion() };
  const onAreaTaken = (saved: AreaText) => {
    cache.area(saved);
    autosave.external(areaFormOf(saved), saved.version);
    setTakenOver(saved.takenOver);
  };
  const change = (patch: Partial<AreaForm>) => autosave.setValue({ ...form, ...patch });
  const flush = () => autosave.flush();
  const perSubarea = form.layout === 'per-subarea' && area.subareas.length > 0;
  const prefix = area.areaCode.replace(/\W/g, '-');

  return (
    <div className="writing-area">
      {baseline?.area ? (
        <AreaTextBaseline evaluationId={evaluationId} areaCode={area.areaCode} baseline={baseline.area} planShared={baseline.planShared} field={areaTakeOver} onTaken={onAreaTaken} />
      ) : null}
      {takenOver ? <TakenOverMark text={t('followUp.writing.areaMark')} /> : null}
      {area.subareas.length > 0 ? (
        <Fieldset className="writing-layout" onBlur={flush}>
          <Fieldset.Legend>{t('writing.layout.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('writing.layout.hint')}</Fieldset.Description>
          {LAYOUTS.map((layout) => (
            <Radio
              key={layout}
              name={layoutName}
              value={layout}
              label={t(layout === 'summary' ? 'writing.layout.summary' : 'writing.layout.perSubarea')}
              checked={form.layout === layout}
              onChange={() => change({ layout })}
            />
          ))}
        </Fieldset>
      ) : null}

      <div className="writing-text" onBlur={flush}>
        <MarkdownField
          label={perSubarea ? t('writing.analysis.areaIntro') : t('writing.analysis.area')}
          description={t('writing.analysis.hint')}
          value={form.analysis}
          onChange={(analysis) => change({ analysis })}
          rows={perSubarea ? 4 : 10}
        />
      </div>

      {perSubarea ? (
        <section className="writing-subareas" aria-labelledby={`delomraden-${prefix}`}>
          <Heading level={4} data-size="2xs" id={`delomraden-${prefix}`}>
            {t('writing.subareas.heading')}
          </Heading>
          {area.subareas.map((subarea) => {
            const unit = baseline?.units.get(subarea.unitCode);
            return (
              <AutosavedText
                key={subarea.unitCode}
                takenOver={subarea.takenOver}
                baseline={unit ? (field) => <PreviousSubareaText evaluationId={evaluationId} unit={unit} field={field} onTaken={(saved) => cache.subarea(saved)} /> : undefined}
                label={t('writing.analysis.subarea', { code: subarea.unitCode, title: subarea.title })}
                conflictTitle={t('writing.conflictSubarea', { code: subarea.unitCode })}
                initial={{ value: subarea.analysis, version: subarea.version }}
                conflictField="analysis"
                rows={6}
                save={async (text, version) => {
                  const saved = await textsApi.saveSubarea(evaluationId, subarea.unitCode, text, version);
                  cache.subarea(saved);
                  return { value: saved.analysis, version: saved.version, takenOver: saved.takenOver };
                }}
              />
            );
          })}
        </section>
      ) : null}

      <div className="writing-lists">
        <OrderedListEditor
          idPrefix={`styrka-${prefix}`}
          words={STRENGTH_WORDS}
          items={form.strengths}
          onChange={(strengths) => change({ strengths })}
          onBlur={flush}
          maxItems={LIST_ITEMS_MAX}
        />
        <OrderedListEditor
          idPrefix={`forbattring-${prefix}`}
          words={IMPROVEMENT_WORDS}
          items={form.improvements}
          onChange={(improvements) => change({ improvements })}
          onBlur={flush}
          maxItems={LIST_ITEMS_MAX}
        />
      </div>
      <SaveFeedback
        save={autosave}
        title={t('writing.conflictArea', { code: area.areaCode })}
        renderValue={(value) => <AreaTextView text={value} subareas={[]} headingLevel={5} />}
        merge={{ textOf: (value) => value.analysis, apply: (analysis, mine) => ({ ...mine, analysis }), label: t('writing.mergedAnalysis') }}
      />

    </div>
  );
}
