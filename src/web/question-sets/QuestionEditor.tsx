import { Button, Checkbox, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { CHOICE_TYPES, QUESTION_TYPES, type Question, type QuestionType } from '../../domain/question-set-values.js';
import { useTranslation } from '../language/language-context.js';
import { ConditionEditor } from './ConditionEditor.js';
import { ConfirmInline } from './ConfirmInline.js';
import { focusLater, type EditorProps } from './editor-context.js';
import { MoveButtons } from './MoveButtons.js';
import { OptionsEditor } from './OptionsEditor.js';
import { earlierConditionQuestions, moveItem, pruneConditions, removeQuestion, replaceQuestion, replaceSection, withType } from './set-draft.js';
import { typeKey } from './set-texts.js';
import { UnitPicker } from './UnitPicker.js';

/** The element id prefix of a question ('qs-s0-q1'). */
export const questionId = (sectionIndex: number, questionIndex: number) => `qs-s${sectionIndex}-q${questionIndex}`;

/** One question: key, type, text, help, required, sub-areas, options, condition; moved and removed by buttons. */
export function QuestionEditor({ sectionIndex, questionIndex, ...props }: EditorProps & { sectionIndex: number; questionIndex: number }) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, setLanguage, errors } = props;
  const section = content.sections[sectionIndex];
  const question = section?.questions[questionIndex];
  if (!section || !question) return null;
  const id = questionId(sectionIndex, questionIndex);
  const name = t('questionSets.questionName', { key: question.key || String(questionIndex + 1) });
  const change = (next: Question, prune = false) => {
    const changed = replaceQuestion(content, sectionIndex, questionIndex, next);
    onChange(prune ? pruneConditions(changed) : changed);
  };
  const confirmId = `s${sectionIndex}-q${questionIndex}`;
  return (
    <li className="question-editor">
      <div role="group" aria-labelledby={`${id}-heading`}>
        <div className="question-editor__head">
          <Heading level={3} data-size="2xs" id={`${id}-heading`}>
            {name}
            {question.text ? <span className="question-editor__text">{` – ${question.text}`}</span> : null}
          </Heading>
          {readOnly ? null : (
            <span className="question-editor__buttons">
              <MoveButtons
                index={questionIndex}
                count={section.questions.length}
                name={name}
                idAt={(index) => questionId(sectionIndex, index)}
                onMove={(step) => onChange(replaceSection(content, sectionIndex, { ...section, questions: moveItem(section.questions, questionIndex, step) }))}
              />
              {props.confirming === confirmId ? null : (
                <Button type="button" data-size="sm" variant="tertiary" aria-label={t('questionSets.removeQuestionOf', { name })} onClick={() => props.setConfirming(confirmId)}>
                  {t('questionSets.remove')}
                </Button>
              )}
            </span>
          )}
        </div>
        {props.confirming === confirmId ? (
          <ConfirmInline
            question={t('questionSets.confirmRemoveQuestion', { name })}
            onYes={() => {
              props.setConfirming(null);
              onChange(removeQuestion(content, sectionIndex, questionIndex));
              focusLater(`qs-s${sectionIndex}-add-question`);
            }}
            onNo={() => props.setConfirming(null)}
          />
        ) : null}
        <div className="question-editor__fields">
          <Textfield
            id={`${id}-key`}
            data-size="sm"
            className="question-editor__key"
            label={t('questionSets.field.questionKey')}
            description={t('questionSets.field.keyHint')}
            value={question.key}
            autoComplete="off"
            error={errors.get(`${id}-key`)}
            onChange={(event) => change({ ...question, key: event.target.value })}
          />
          <Field data-size="sm">
            <Label htmlFor={`${id}-type`}>{t('questionSets.field.type')}</Label>
            <Select
              id={`${id}-type`}
              value={question.type}
              aria-invalid={errors.get(`${id}-type`) ? true : undefined}
              onChange={(event) => change(withType(question, event.target.value as QuestionType), true)}
            >
              {QUESTION_TYPES.map((type) => (
                <Select.Option key={type} value={type}>
                  {t(typeKey(type))}
                </Select.Option>
              ))}
            </Select>
            {errors.get(`${id}-type`) ? <ValidationMessage>{errors.get(`${id}-type`)}</ValidationMessage> : null}
          </Field>
          <Textfield
            id={`${id}-text`}
            data-size="sm"
            className="question-editor__wide"
            multiline
            rows={2}
            label={t('questionSets.field.questionText')}
            value={question.text}
            lang={setLanguage}
            error={errors.get(`${id}-text`)}
            onChange={(event) => change({ ...question, text: event.target.value })}
          />
          <Textfield
            id={`${id}-help`}
            data-size="sm"
            className="question-editor__wide"
            multiline
            rows={2}
            label={t('questionSets.field.help')}
            description={t('questionSets.field.markdownHint')}
            value={question.help}
            lang={setLanguage}
            error={errors.get(`${id}-help`)}
            onChange={(event) => change({ ...question, help: event.target.value })}
          />
          <Checkbox
            id={`${id}-required`}
            data-size="sm"
            label={t('questionSets.field.required')}
            checked={question.required}
            onChange={(event) => change({ ...question, required: event.target.checked })}
          />
        </div>
        <UnitPicker
          id={`${id}-unitCodes`}
          name={name}
          chosen={question.unitCodes}
          areas={props.areas}
          readOnly={readOnly}
          error={errors.get(`${id}-unitCodes`)}
          onChange={(unitCodes) => change({ ...question, unitCodes })}
        />
        {CHOICE_TYPES.includes(question.type) ? (
          <OptionsEditor
            idPrefix={id}
            name={name}
            question={question}
            readOnly={readOnly}
            setLanguage={setLanguage}
            errors={errors}
            onChange={(options) => change({ ...question, options }, true)}
          />
        ) : null}
        <ConditionEditor
          idPrefix={id}
          name={name}
          condition={question.condition}
          candidates={earlierConditionQuestions(content, sectionIndex, questionIndex)}
          error={errors.get(`${id}-condition`)}
          onChange={(condition) => change({ ...question, condition })}
        />
      </div>
    </li>
  );
}
