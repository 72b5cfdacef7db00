import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { ConfirmInline } from './ConfirmInline.js';
import { focusLater, type EditorProps } from './editor-context.js';
import { MoveButtons } from './MoveButtons.js';
import { questionId, QuestionEditor } from './QuestionEditor.js';
import { addQuestion, moveItem, removeSection, replaceSection } from './set-draft.js';

const sectionId = (index: number) => `qs-s${index}`;

/** One section: key, title, intro and its questions; moved and removed by buttons. */
export function SectionEditor({ sectionIndex, ...props }: EditorProps & { sectionIndex: number }) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, setLanguage, errors } = props;
  const section = content.sections[sectionIndex];
  if (!section) return null;
  const id = sectionId(sectionIndex);
  const name = t('questionSets.sectionName', { n: sectionIndex + 1 });
  const change = (next: typeof section) => onChange(replaceSection(content, sectionIndex, next));
  const confirmId = `s${sectionIndex}`;
  return (
    <section className="panel section-editor" aria-labelledby={`${id}-heading`}>
      <div className="section-editor__head">
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {section.title ? `${name}: ${section.title}` : name}
        </Heading>
        {readOnly ? null : (
          <span className="section-editor__buttons">
            <MoveButtons
              index={sectionIndex}
              count={content.sections.length}
              name={name}
              idAt={sectionId}
              onMove={(step) => onChange({ sections: moveItem(content.sections, sectionIndex, step) })}
            />
            {props.confirming === confirmId || content.sections.length === 1 ? null : (
              <Button type="button" data-size="sm" variant="tertiary" aria-label={t('questionSets.removeSectionOf', { name })} onClick={() => props.setConfirming(confirmId)}>
                {t('questionSets.remove')}
              </Button>
            )}
          </span>
        )}
      </div>
      {props.confirming === confirmId ? (
        <ConfirmInline
          question={t('questionSets.confirmRemoveSection', { name, count: section.questions.length })}
          onYes={() => {
            props.setConfirming(null);
            onChange(removeSection(content, sectionIndex));
            focusLater('qs-add-section');
          }}
          onNo={() => props.setConfirming(null)}
        />
      ) : null}
      <div className="section-editor__fields">
        <Textfield
          id={`${id}-key`}
          data-size="sm"
          className="question-editor__key"
          label={t('questionSets.field.sectionKey')}
          description={t('questionSets.field.keyHint')}
          value={section.key}
          autoComplete="off"
          error={errors.get(`${id}-key`)}
          onChange={(event) => change({ ...section, key: event.target.value })}
        />
        <Textfield
          id={`${id}-title`}
          data-size="sm"
          className="question-editor__wide"
          label={t('questionSets.field.sectionTitle')}
          value={section.title}
          lang={setLanguage}
          autoComplete="off"
          error={errors.get(`${id}-title`)}
          onChange={(event) => change({ ...section, title: event.target.value })}
        />
        <Textfield
          id={`${id}-intro`}
          data-size="sm"
          className="question-editor__wide"
          multiline
          rows={2}
          label={t('questionSets.field.intro')}
          description={t('questionSets.field.markdownHint')}
          value={section.intro}
          lang={setLanguage}
          error={errors.get(`${id}-intro`)}
          onChange={(event) => change({ ...section, intro: event.target.value })}
        />
      </div>
      {errors.get(`${id}-questions`) ? <p className="question-set-error">{errors.get(`${id}-questions`)}</p> : null}
      {section.questions.length === 0 ? <p className="muted">{t('questionSets.noQuestions')}</p> : null}
      <ol className="section-editor__questions">
        {section.questions.map((question, index) => (
          <QuestionEditor key={index} {...props} sectionIndex={sectionIndex} questionIndex={index} />
        ))}
      </ol>
      {readOnly ? null : (
        <Button
          id={`${id}-add-question`}
          type="button"
          data-size="sm"
          variant="secondary"
          onClick={() => {
            const added = addQuestion(content, sectionIndex, '', []);
            onChange(added.content);
            focusLater(`${questionId(sectionIndex, section.questions.length)}-text`);
          }}
        >
          {t('questionSets.addQuestionTo', { name })}
        </Button>
      )}
    </section>
  );
}
