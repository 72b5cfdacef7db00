import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/action-plan-values.js';
import type { MessageKey } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import type { EvaluationDetail } from '../api/types.js';
import { showServerFieldErrors, useZodForm } from '../forms/zod-form.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { MarkdownField } from '../workspace/factcheck/MarkdownField.js';
import { ACTION_FIELD_ORDER, actionDraftOf, emptyActionDraft, actionDraftSchema, actionFieldOf, actionProblemOf, type ActionDraft, type ActionField, type ActionProblem } from './action-draft.js';
import { actionPlanApi, type Action, invalidatePlan } from './action-plan-api.js';
import { ActionFacts } from './ActionFacts.js';
import { priorityKey, statusKey } from './ActionMarks.js';

const PROBLEM_KEYS: Record<ActionProblem, MessageKey> = {
  titleMissing: 'actionPlan.error.titleMissing',
  tooLong: 'actionPlan.error.tooLong',
  dateInvalid: 'actionPlan.error.dateInvalid',
  dueBeforeStart: 'actionPlan.error.dueBeforeStart',
  reasonMissing: 'actionPlan.error.reasonMissing',
  progressInvalid: 'actionPlan.error.progressInvalid',
  areaMismatch: 'actionPlan.error.areaMismatch',
  other: 'actionPlan.error.field',
};

export interface ActionFormProps {
  evaluation: EvaluationDetail;
  /** The action being changed; none for a new one. */
  action?: Action;
  /** A new action's first values (perhaps answering an improvement opportunity). */
  initial?: ActionDraft;
  onSaved: (action: Action, created: boolean) => void;
  onCancel?: () => void;
}

/**
 * Adds or changes one action: every field, checked by the API's request schema before sending,
 * the server's validation messages at their fields. A stale save (409) shows both versions and
 * lets the user keep theirs or take the saved one; nothing typed is dropped unasked.
 */
export function ActionForm({ evaluation, action, initial, onSaved, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const client = useQueryClient();
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The version the form's values were read at (sent with the save). */
  const version = useRef(action?.version ?? 0);
  const [conflict, setConflict] = useState<Action | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const editing = action !== undefined;
  const { register, control, handleSubmit, setError, setValue, reset, clearErrors, formState } = useZodForm(actionDraftSchema, {
    defaultValues: action ? actionDraftOf(action) : (initial ?? emptyActionDraft()),
    text: (path, { message }) => {
      const field = actionFieldOf(String(path));
      return t(PROBLEM_KEYS[field ? actionProblemOf(field, message) : 'other']);
    },
  });
  const errors = formState.errors;
  const saving = formState.isSubmitting;
  const draft = useWatch({ control }) as ActionDraft;
  const area = evaluation.areas.find((entry) => entry.code === draft.areaCode);

  // A change saved elsewhere on the page (a note with progress) is taken into a form without edits.
  useEffect(() => {
    if (action && !formState.isDirty && !conflict && action.version !== version.current) {
      version.current = action.version;
      reset(actionDraftOf(action));
    }
  }, [action, formState.isDirty, conflict, reset]);

  const fieldId = (field: ActionField) => `${headingId}-${field}`;

  const save = (sendVersion: number) =>
    handleSubmit(async (input) => {
      setNotice(null);
      try {
        const saved = action ? await actionPlanApi.updateAction(evaluation.id, action.id, input, sendVersion) : await actionPlanApi.createAction(evaluation.id, input);
        void invalidatePlan(client, evaluation.id);
        setConflict(null);
        version.current = saved.version;
        reset(actionDraftOf(saved));
        if (action) setNotice({ color: 'success', text: t('actionPlan.form.saved') });
        onSaved(saved, !action);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') {
          setConflict(error.extra.current as Action);
        } else if (error instanceof ApiError && error.status === 404 && action) {
          setNotice({ color: 'danger', text: t('actionPlan.form.gone') });
        } else if (!showServerFieldErrors(setError, error, ACTION_FIELD_ORDER, (field, message) => t(PROBLEM_KEYS[actionProblemOf(field as ActionField, message)]))) {
          setNotice({ color: 'danger', text: t('actionPlan.form.failed'), detail: apiErrorText(error, t) });
        }
      }
    });

  const text = (field: 'title' | 'responsible' | 'startDate' | 'dueDate' | 'progress' | 'statusReason', options: { label: string; description?: string; short?: boolean; numeric?: boolean; written?: boolean; multiline?: boolean }) => (
    <Textfield
      id={fieldId(field)}
      label={options.label}
      description={options.description}
      inputMode={options.numeric ? 'numeric' : undefined}
      autoComplete="off"
      lang={options.written ? contentLanguage : undefined}
      spellCheck={options.written ? true : undefined}
      className={options.short ? 'action-form__short' : undefined}
      {...(options.multiline ? { multiline: true as const, rows: 3 } : {})}
      {...register(field)}
      error={errors[field]?.message}
    />
  );

  return (
    <section aria-labelledby={headingId} className="panel action-form">
      <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {editing ? t('actionPlan.form.editHeading') : t('actionPlan.form.addHeading')}
      </Heading>
      <form
        noValidate
        aria-labelledby={headingId}
        className="action-form__form"
        onSubmit={(event) => {
          if (conflict || saving) event.preventDefault();
          else void save(version.current)(event);
        }}
      >
        {text('title', { label: t('actionPlan.field.title'), description: t('actionPlan.field.titleHint'), written: true })}
        <Controller
          control={control}
          name="description"
          render={({ field }) => (
            <MarkdownField label={t('actionPlan.field.description')} description={t('actionPlan.field.descriptionHint')} value={field.value} onChange={field.onChange} error={errors.description?.message} rows={4} />
          )}
        />
        {draft.improvement ? (
          <Paragraph data-size="sm">
            <span className="action-form__fixed-label">{t('actionPlan.field.area')}:</span> {area ? t('actionPlan.areaOption', { code: area.code, title: area.title }) : draft.areaCode}{' '}
            <span className="muted">{t('actionPlan.form.areaFixed')}</span>
          </Paragraph>
        ) : (
          <Field>
            <Label htmlFor={fieldId('areaCode')}>{t('actionPlan.field.area')}</Label>
            <Select id={fieldId('areaCode')} aria-invalid={errors.areaCode ? true : undefined} {...register('areaCode', { onChange: () => setValue('unitCode', '') })}>
              <Select.Option value="">{t('actionPlan.noArea')}</Select.Option>
              {evaluation.areas.map((entry) => (
                <Select.Option key={entry.code} value={entry.code}>
                  {t('actionPlan.areaOption', { code: entry.code, title: entry.title })}
                </Select.Option>
              ))}
            </Select>
            {errors.areaCode ? <ValidationMessage>{errors.areaCode.message}</ValidationMessage> : null}
          </Field>
        )}
        {area && area.subareas.length > 0 ? (
          <Field>
            <Label htmlFor={fieldId('unitCode')}>{t('actionPlan.field.unit')}</Label>
            <Select id={fieldId('unitCode')} {...register('unitCode')}>
              <Select.Option value="">{t('actionPlan.noUnit')}</Select.Option>
              {area.subareas.map((entry) => (
                <Select.Option key={entry.code} value={entry.code}>
                  {t('actionPlan.areaOption', { code: entry.code, title: entry.title })}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ) : null}
        {text('responsible', { label: t('actionPlan.field.responsible'), description: t('actionPlan.field.responsibleHint'), written: true })}
        <Field>
          <Label htmlFor={fieldId('priority')}>{t('actionPlan.field.priority')}</Label>
          <Select id={fieldId('priority')} {...register('priority')} className="action-form__short">
            {ACTION_PRIORITIES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(priorityKey(option))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="action-form__pair">
          {text('startDate', { label: t('actionPlan.field.startDate'), description: t('actionPlan.field.dateHint'), short: true, numeric: true })}
          {text('dueDate', { label: t('actionPlan.field.dueDate'), description: t('actionPlan.field.dateHint'), short: true, numeric: true })}
        </div>
        <Field>
          <Label htmlFor={fieldId('status')}>{t('actionPlan.field.status')}</Label>
          <Field.Description>{t('actionPlan.field.statusHint')}</Field.Description>
          <Select id={fieldId('status')} {...register('status')} className="action-form__short">
            {ACTION_STATUSES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(statusKey(option))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {draft.status === 'dropped'
          ? text('statusReason', { label: t('actionPlan.field.statusReason'), description: t('actionPlan.field.statusReasonHint'), written: true, multiline: true })
          : null}
        {text('progress', { label: t('actionPlan.field.progressPercent'), description: t('actionPlan.field.progressHint'), short: true, numeric: true })}

        {conflict ? (
          <ConflictView
            heading={t('actionPlan.form.conflict.heading')}
            intro={t('actionPlan.form.conflict.intro')}
            headingLevel={3}
            focusKey={conflict.version}
            busy={saving}
            mine={{ label: t('actionPlan.conflict.mine'), content: <ActionFacts draft={draft} evaluation={evaluation} withTitle /> }}
            saved={{ label: t('actionPlan.conflict.saved'), content: <ActionFacts draft={actionDraftOf(conflict)} evaluation={evaluation} overdue={conflict.overdue} withTitle /> }}
            keepMine={{
              label: t('actionPlan.conflict.keepMine'),
              onChoose: () => {
                version.current = conflict.version;
                void save(conflict.version)();
              },
            }}
            takeSaved={{
              label: t('actionPlan.conflict.useSaved'),
              onChoose: () => {
                reset(actionDraftOf(conflict));
                clearErrors();
                version.current = conflict.version;
                setConflict(null);
                void invalidatePlan(client, evaluation.id);
                headingRef.current?.focus();
              },
            }}
          />
        ) : null}

        {notice?.color === 'danger' ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{notice.text}</Paragraph>
            {notice.detail ? <Paragraph data-size="sm">{notice.detail}</Paragraph> : null}
          </Alert>
        ) : null}

        <div className="button-row">
          {conflict ? null : (
            <Button type="submit" aria-disabled={saving || undefined} aria-describedby={statusId}>
              {editing ? t('actionPlan.form.saveChanges') : t('actionPlan.form.add')}
            </Button>
          )}
          {onCancel ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('actionPlan.cancel')}
            </Button>
          ) : null}
        </div>
        <p id={statusId} role="status" className="action-form__status">
          {saving ? t('actionPlan.form.saving') : ''}
        </p>
        <LiveNotice notice={notice?.color === 'success' ? notice : null} />
      </form>
    </section>
  );
}
