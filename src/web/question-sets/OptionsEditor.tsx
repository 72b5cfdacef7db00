import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { Question, QuestionOption, QuestionSetLanguage } from '../../domain/question-set-values.js';
import { useTranslation } from '../language/language-context.js';
import { focusLater } from './editor-context.js';
import { MoveButtons } from './MoveButtons.js';
import { moveItem, nextOptionKey } from './set-draft.js';

interface Props {
  idPrefix: string;
  name: string;
  question: Question;
  readOnly: boolean;
  setLanguage: QuestionSetLanguage;
  errors: ReadonlyMap<string, string>;
  onChange(options: QuestionOption[]): void;
}

/** The answer options of a choice question: key and label each, added, removed and moved. */
export function OptionsEditor({ idPrefix, name, question, readOnly, setLanguage, errors, onChange }: Props) {
  const { t } = useTranslation();
  const id = `${idPrefix}-options`;
  const options = question.options;
  const change = (index: number, option: QuestionOption) => onChange(options.map((entry, at) => (at === index ? option : entry)));
  const optionId = (index: number) => `${id}-${index}`;
  return (
    <Fieldset className="options-editor" data-size="sm">
      <Fieldset.Legend>{t('questionSets.options.legend', { name })}</Fieldset.Legend>
      {errors.get(id) ? <ValidationMessage id={id}>{errors.get(id)}</ValidationMessage> : null}
      <ol className="options-editor__list">
        {options.map((option, index) => (
          <li key={index} className="options-editor__row">
            <Textfield
              id={`${optionId(index)}-key`}
              data-size="sm"
              className="options-editor__key"
              label={t('questionSets.options.key', { n: index + 1 })}
              value={option.key}
              autoComplete="off"
              onChange={(event) => change(index, { ...option, key: event.target.value })}
            />
            <Textfield
              id={`${optionId(index)}-label`}
              data-size="sm"
              className="options-editor__label"
              label={t('questionSets.options.label', { n: index + 1 })}
              value={option.label}
              lang={setLanguage}
              autoComplete="off"
              onChange={(event) => change(index, { ...option, label: event.target.value })}
            />
            {readOnly ? null : (
              <span className="options-editor__buttons">
                <MoveButtons
                  index={index}
                  count={options.length}
                  name={t('questionSets.options.name', { n: index + 1, name })}
                  idAt={optionId}
                  onMove={(step) => onChange(moveItem(options, index, step))}
                />
                <Button
                  type="button"
                  data-size="sm"
                  variant="tertiary"
                  aria-label={t('questionSets.options.removeOf', { n: index + 1, name })}
                  onClick={() => {
                    onChange(options.filter((_, at) => at !== index));
                    focusLater(`${id}-add`);
                  }}
                >
                  {t('questionSets.remove')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <Button
          id={`${id}-add`}
          type="button"
          data-size="sm"
          variant="secondary"
          onClick={() => {
            onChange([...options, { key: nextOptionKey(question), label: '' }]);
            focusLater(`${optionId(options.length)}-label`);
          }}
        >
          {t('questionSets.options.add', { name })}
        </Button>
      )}
    </Fieldset>
  );
}
