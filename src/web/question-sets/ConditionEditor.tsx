import { Checkbox, Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { Question, QuestionCondition } from '../../domain/question-set-values.js';
import { useTranslation } from '../language/language-context.js';
import { conditionValues } from './set-draft.js';
import { yesNoKey } from './set-texts.js';

interface Props {
  /** The element id prefix of the question ('qs-s0-q1'). */
  idPrefix: string;
  name: string;
  condition: QuestionCondition | null;
  /** The earlier yes/no and choice questions. */
  candidates: readonly Question[];
  error?: string;
  onChange(condition: QuestionCondition | null): void;
}

/** A condition: show the question only when an earlier question's answer is (or includes) one of the chosen values. */
export function ConditionEditor({ idPrefix, name, condition, candidates, error, onChange }: Props) {
  const { t } = useTranslation();
  const id = `${idPrefix}-condition`;
  const tested = condition ? candidates.find((candidate) => candidate.key === condition.question) : undefined;
  const values = tested ? conditionValues(tested) : [];
  const start = () => {
    const first = candidates[0];
    const value = first ? conditionValues(first)[0] : undefined;
    if (first) onChange({ question: first.key, anyOf: value ? [value.key] : [] });
  };
  return (
    <div className="condition-editor">
      {candidates.length === 0 && condition === null ? (
        <p id={id} className="muted condition-editor__none">
          {t('questionSets.condition.noCandidates')}
        </p>
      ) : (
        <Checkbox
          id={condition ? `${id}-on` : id}
          label={t('questionSets.condition.toggle')}
          checked={condition !== null}
          onChange={(event) => (event.target.checked ? start() : onChange(null))}
        />
      )}
      {condition ? (
        <div className="condition-editor__fields">
          <Field>
            <Label htmlFor={id}>{t('questionSets.condition.question', { name })}</Label>
            <Select
              id={id}
              value={condition.question}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                const next = candidates.find((candidate) => candidate.key === event.target.value);
                const value = next ? conditionValues(next)[0] : undefined;
                onChange({ question: event.target.value, anyOf: value ? [value.key] : [] });
              }}
            >
              {tested ? null : <Select.Option value={condition.question}>{condition.question}</Select.Option>}
              {candidates.map((candidate) => (
                <Select.Option key={candidate.key} value={candidate.key}>
                  {`${candidate.key}: ${candidate.text || t('questionSets.untitledQuestion')}`}
                </Select.Option>
              ))}
            </Select>
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
          {values.length > 0 ? (
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('questionSets.condition.values')}</Fieldset.Legend>
              {values.map((value) => (
                <Checkbox
                  key={value.key}
                  data-size="sm"
                  label={value.label === null ? t(yesNoKey(value.key)) : value.label || value.key}
                  value={value.key}
                  checked={condition.anyOf.includes(value.key)}
                  onChange={(event) =>
                    onChange({
                      ...condition,
                      anyOf: event.target.checked ? [...condition.anyOf, value.key] : condition.anyOf.filter((entry) => entry !== value.key),
                    })
                  }
                />
              ))}
            </Fieldset>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
