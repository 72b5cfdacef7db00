import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { updateActionPlanSchema } from '../../contract/action-plans.js';
import { PLAN_VISIBILITIES, type PlanVisibility } from '../../domain/action-plan-values.js';
import { formatPartialDate } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { FactList } from '../ui/FactList.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { actionPlanApi, type ActionPlan, invalidatePlan } from './action-plan-api.js';
import { visibilityKey } from './ActionMarks.js';

interface SettingsDraft {
  visibility: PlanVisibility;
  includeInReport: boolean;
  /** YYYY-MM, YYYY-MM-DD or ''. */
  nextFollowUp: string;
}

const settingsSchema = z
  .object({ visibility: z.enum(PLAN_VISIBILITIES), includeInReport: z.boolean(), nextFollowUp: z.string() })
  .transform((draft) => ({ ...draft, nextFollowUp: draft.nextFollowUp.trim() === '' ? null : draft.nextFollowUp.trim() }))
  .pipe(updateActionPlanSchema.omit({ version: true }));

const draftOf = (plan: ActionPlan): SettingsDraft => ({ visibility: plan.visibility, includeInReport: plan.includeInReport, nextFollowUp: plan.nextFollowUp ?? '' });

export const SETTINGS_HEADING_ID = 'plan-settings-heading';

/** The plan's settings, for its editors: who reads it, whether the report carries it, and the next follow-up. */
export function PlanSettingsForm({ plan }: { plan: ActionPlan }) {
  const { t, language } = useTranslation();
  const client = useQueryClient();
  const [version, setVersion] = useState(plan.version);
  const [conflict, setConflict] = useState<ActionPlan | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { register, control, handleSubmit, reset, formState } = useZodForm(settingsSchema, {
    defaultValues: draftOf(plan),
    text: () => t('actionPlan.settings.followUpInvalid'),
  });
  const draft = useWatch({ control }) as SettingsDraft;
  const saving = formState.isSubmitting;

  const save = (sendVersion: number) =>
    handleSubmit(async (input) => {
      setNotice(null);
      try {
        const saved = await actionPlanApi.update(plan.evaluationId, { ...input, version: sendVersion });
        client.setQueryData(queryKeys.evaluation(plan.evaluationId).actionPlan(), saved);
        void client.invalidateQueries({ queryKey: queryKeys.evaluation(plan.evaluationId).all });
        void client.invalidateQueries({ queryKey: queryKeys.myMunicipality.all });
        setVersion(saved.version);
        setConflict(null);
        reset(draftOf(saved));
        setNotice({ color: 'success', text: t('actionPlan.settings.saved') });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') setConflict(error.extra.current as ActionPlan);
        else setNotice({ color: 'danger', text: t('actionPlan.settings.failed'), detail: apiErrorText(error, t) });
      }
    });

  const facts = (value: SettingsDraft) => [
    { label: t('actionPlan.settings.visibility'), value: t(visibilityKey(value.visibility)) },
    { label: t('actionPlan.settings.includeInReport'), value: value.includeInReport ? t('actionPlan.yes') : t('actionPlan.no') },
    { label: t('actionPlan.settings.nextFollowUp'), value: /^\d{4}-\d{2}(-\d{2})?$/.test(value.nextFollowUp) ? formatPartialDate(value.nextFollowUp, language) : value.nextFollowUp || t('actionPlan.notGiven') },
  ];

  return (
    <section aria-labelledby={SETTINGS_HEADING_ID} className="panel plan-settings">
      <Heading level={2} data-size="sm" id={SETTINGS_HEADING_ID}>
        {t('actionPlan.settings.heading')}
      </Heading>
      <form
        noValidate
        aria-labelledby={SETTINGS_HEADING_ID}
        className="plan-settings__form"
        onSubmit={(event) => {
          if (conflict || saving) event.preventDefault();
          else void save(version)(event);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('actionPlan.settings.visibility')}</Fieldset.Legend>
          <Fieldset.Description>{t('actionPlan.settings.visibilityHint')}</Fieldset.Description>
          {PLAN_VISIBILITIES.map((option) => (
            <Radio key={option} value={option} label={t(visibilityKey(option))} {...register('visibility')} />
          ))}
        </Fieldset>
        <Checkbox label={t('actionPlan.settings.includeInReport')} description={t('actionPlan.settings.includeInReportHint')} {...register('includeInReport')} />
        <Textfield
          label={t('actionPlan.settings.nextFollowUp')}
          description={t('actionPlan.settings.nextFollowUpHint')}
          inputMode="numeric"
          autoComplete="off"
          className="plan-settings__date"
          {...register('nextFollowUp')}
          error={formState.errors.nextFollowUp?.message}
        />
        {conflict ? (
          <ConflictView
            heading={t('actionPlan.settings.conflict.heading')}
            intro={t('actionPlan.settings.conflict.intro')}
            headingLevel={3}
            focusKey={conflict.version}
            busy={saving}
            mine={{ label: t('actionPlan.conflict.mine'), content: <FactList facts={facts(draft)} /> }}
            saved={{ label: t('actionPlan.conflict.saved'), content: <FactList facts={facts(draftOf(conflict))} /> }}
            keepMine={{
              label: t('actionPlan.conflict.keepMine'),
              onChoose: () => {
                setVersion(conflict.version);
                void save(conflict.version)();
              },
            }}
            takeSaved={{
              label: t('actionPlan.conflict.useSaved'),
              onChoose: () => {
                reset(draftOf(conflict));
                setVersion(conflict.version);
                void invalidatePlan(client, plan.evaluationId);
                setConflict(null);
              },
            }}
          />
        ) : null}
        {conflict ? null : (
          <div className="button-row">
            <Button type="submit" aria-disabled={saving || undefined}>
              {t('actionPlan.settings.save')}
            </Button>
          </div>
        )}
        <LiveNotice notice={notice} />
        {draft.visibility === 'public' ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('actionPlan.settings.publicNote')}</Paragraph>
          </Alert>
        ) : null}
      </form>
    </section>
  );
}
