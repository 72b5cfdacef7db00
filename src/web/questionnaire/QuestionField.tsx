import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import type { Question } from '../../domain/question-set-values.js';
import { decimalSeparator } from '../../i18n/index.js';
import { apiErrorText } from '../api/error-text.js';
import { SaveFeedback } from '../autosave/SaveFeedback.js';
import { useVersionedSave, type VersionedSave } from '../autosave/use-versioned-save.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { questionAnchor } from '../paths.js';
import { AnswerDisplay } from './AnswerDisplay.js';
import { formOf, sameForm, valueOf, type AnswerForm } from './answer-forms.js';
import { DocumentsInput } from './DocumentsInput.js';
import { LinksInput } from './LinksInput.js';
import { QuestionHelp, QuestionLabel } from './QuestionLabel.js';
import type { AnswerFile, AnswerView } from './questionnaire-api.js';
import { questionnaireApi } from './questionnaire-api.js';
import type { AnswerValue } from '../../domain/question-set-values.js';

export interface QuestionFieldProps {
  questionnaireId: string;
  question: Question;
  answer: AnswerView | null;
  files: readonly AnswerFile[];
  /** Told each answer value the user gives (the page shows and hides conditional questions by them). */
  onValue(questionKey: string, value: AnswerValue): void;
  /** Registers how to save what is pending (before submitting); null when the field goes. */
  register(questionKey: string, settle: (() => Promise<boolean>) | null): void;
  /** A document was added or removed. */
  onFilesChanged(): void;
}

/** One question with its input by type; each answer saves itself (with the conflict view when someone else saved it meanwhile). */
export function QuestionField({ questionnaireId, question, answer, files, onValue, register, onFilesChanged }: QuestionFieldProps) {
  const { language, t } = useTranslation();
  const sign = decimalSeparator(language);
  const [touched, setTouched] = useState(false);
  const autosave = useVersionedSave<AnswerForm>(
    { value: formOf(question, answer?.value, sign), version: answer?.version ?? 0 },
    {
      save: async (form, version) => {
        const saved = await questionnaireApi.save(questionnaireId, question.key, valueOf(question, form) ?? null, version);
        return { value: form, version: saved.version };
      },
      equals: sameForm,
      canSave: (form) => valueOf(question, form) !== undefined,
      fromConflict: (current) => {
        if (typeof current !== 'object' || current === null) return null;
        const record = current as { value?: unknown; version?: unknown };
        return typeof record.version === 'number' ? { value: formOf(question, record.value, sign), version: record.version } : null;
      },
      describeError: (error) => apiErrorText(error, t),
      onChange: (form) => {
        const value = valueOf(question, form);
        if (value !== undefined) onValue(question.key, value);
      },
    },
  );
  const answerVersion = answer?.version ?? 0;
  const answerValue = answer?.value;
  useEffect(() => {
    // Newer answers read from the server (another respondent's) are taken when nothing is unsaved here.
    if (answerVersion > 0) autosave.external(formOf(question, answerValue, sign), answerVersion);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a newer version read matters
  }, [answerVersion]);
  useEffect(() => {
    register(question.key, () => autosave.settle());
    return () => register(question.key, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the settle of this field's one controller
  }, [question.key]);

  const isText = question.type === 'text' || question.type === 'documents';
  return (
    <div
      className="question"
      id={questionAnchor(question.key)}
      onBlur={() => {
        setTouched(true);
        autosave.flush();
      }}
    >
      {question.condition ? <p className="question__conditional muted">{t('questionnaire.conditional')}</p> : null}
      <AnswerInput questionnaireId={questionnaireId} question={question} autosave={autosave} touched={touched} onTyped={() => setTouched(false)} files={files} onFilesChanged={onFilesChanged} />
      <SaveFeedback
        save={autosave}
        title={t('questionnaire.conflictTitle', { key: question.key })}
        renderValue={(form) => <AnswerDisplay question={question} value={valueOf(question, form) ?? null} />}
        merge={isText ? { textOf: (form) => (typeof form === 'string' ? form : ''), apply: (text) => text } : undefined}
      />
    </div>
  );
}

interface AnswerInputProps {
  questionnaireId: string;
  question: Question;
  autosave: VersionedSave<AnswerForm>;
  touched: boolean;
  onTyped(): void;
  files: readonly AnswerFile[];
  onFilesChanged(): void;
}

function AnswerInput({ questionnaireId, question, autosave, touched, onTyped, files, onFilesChanged }: AnswerInputProps) {
  const { t } = useTranslation();
  const written = useContentLanguage();
  const name = useId();
  const form = autosave.value;
  const text = typeof form === 'string' ? form : '';
  const choose = (next: AnswerForm) => {
    autosave.setValue(next);
    autosave.flush();
  };
  const type = (next: string) => {
    onTyped();
    autosave.setValue(next);
  };
  const label = <QuestionLabel question={question} />;
  const help = <QuestionHelp question={question} />;
  switch (question.type) {
    case 'text':
      return <Textfield multiline rows={4} label={label} description={help} value={text} lang={written} spellCheck onChange={(event) => type(event.target.value)} />;
    case 'number':
    case 'date': {
      const isNumber = question.type === 'number';
      const hint = t(isNumber ? 'questionnaire.number.hint' : 'questionnaire.date.hint');
      return (
        <Textfield
          className="question__short"
          label={label}
          description={
            <>
              {help} {hint}
            </>
          }
          inputMode={isNumber ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={text}
          onChange={(event) => type(event.target.value)}
          error={touched && autosave.blocked ? t(isNumber ? 'questionnaire.number.invalid' : 'questionnaire.date.invalid') : undefined}
        />
      );
    }
    case 'yes_no':
    case 'single_choice': {
      const options =
        question.type === 'yes_no'
          ? [
              { key: 'yes', label: t('questionnaire.yes'), lang: undefined },
              { key: 'no', label: t('questionnaire.no'), lang: undefined },
            ]
          : question.options.map((option) => ({ key: option.key, label: option.label, lang: written }));
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {question.help.trim() ? <Fieldset.Description>{help}</Fieldset.Description> : null}
          {options.map((option) => (
            <Radio key={option.key} name={name} value={option.key} label={<span lang={option.lang}>{option.label}</span>} checked={text === option.key} onChange={() => choose(option.key)} />
          ))}
          {text !== '' ? (
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => choose('')}>
              {t('questionnaire.clear')}
            </Button>
          ) : null}
        </Fieldset>
      );
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(form) ? (form as string[]) : [];
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {question.help.trim() ? <Fieldset.Description>{help}</Fieldset.Description> : null}
          {question.options.map((option) => (
            <Checkbox
              key={option.key}
              value={option.key}
              label={<span lang={written}>{option.label}</span>}
              checked={chosen.includes(option.key)}
              onChange={(event) => {
                const on = event.target.checked;
                choose(question.options.map((item) => item.key).filter((key) => (key === option.key ? on : chosen.includes(key))));
              }}
            />
          ))}
        </Fieldset>
      );
    }
    case 'links':
      return <LinksInput question={question} links={Array.isArray(form) ? (form as Array<{ url: string; title: string }>) : []} onChange={choose} />;
    case 'documents':
      return (
        <DocumentsInput questionnaireId={questionnaireId} question={question} files={files} onFilesChanged={onFilesChanged}>
          <Textfield multiline rows={2} label={t('questionnaire.files.note')} value={text} lang={written} spellCheck onChange={(event) => type(event.target.value)} />
        </DocumentsInput>
      );
  }
}
