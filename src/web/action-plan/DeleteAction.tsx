import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { actionPlanApi, type Action, invalidatePlan } from './action-plan-api.js';

/** Removes the action with its notes and evidence, asked twice; then back to the plan. */
export function DeleteAction({ evaluationId, action }: { evaluationId: string; action: Action }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await actionPlanApi.deleteAction(evaluationId, action.id, action.version);
      await invalidatePlan(client, evaluationId);
      void navigate(paths.actionPlan(evaluationId), { state: { notice: t('actionPlan.delete.done', { title: action.title }) } });
    } catch (error) {
      const stale = error instanceof ApiError && error.code === 'version_conflict';
      setNotice({ color: stale ? 'warning' : 'danger', text: stale ? t('actionPlan.delete.stale') : t('actionPlan.delete.failed'), detail: stale ? undefined : apiErrorText(error, t) });
      setConfirming(false);
      setBusy(false);
      void invalidatePlan(client, evaluationId);
    }
  };

  return (
    <div className="delete-action">
      {confirming ? (
        <div role="group" aria-label={t('actionPlan.delete.question')} className="button-row">
          <Paragraph>{t('actionPlan.delete.question')}</Paragraph>
          <Button type="button" data-color="danger" aria-disabled={busy || undefined} onClick={() => void remove()}>
            {t('actionPlan.delete.yes')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            {t('actionPlan.cancel')}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
          {t('actionPlan.delete.button')}
        </Button>
      )}
      <LiveNotice notice={notice} />
    </div>
  );
}
