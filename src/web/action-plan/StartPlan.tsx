import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { actionPlanApi, invalidatePlan } from './action-plan-api.js';

/**
 * Starts the plan of a published evaluation: with one proposed action per improvement opportunity
 * of the report, or empty. Then opens the plan.
 */
export function StartPlan({ evaluationId, improvements }: { evaluationId: string; improvements: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const start = async (fromImprovements: boolean) => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const plan = await actionPlanApi.create(evaluationId, fromImprovements);
      client.setQueryData(queryKeys.evaluation(evaluationId).actionPlan(), plan);
      void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).audit() });
      void navigate(paths.actionPlan(evaluationId), { state: { notice: t(fromImprovements ? 'actionPlan.start.startedFrom' : 'actionPlan.start.startedEmpty', { count: plan.actions.length }) } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'plan_exists') {
        await invalidatePlan(client, evaluationId);
        void navigate(paths.actionPlan(evaluationId));
        return;
      }
      setNotice({ color: 'danger', text: t('actionPlan.start.failed'), detail: apiErrorText(error, t) });
      setBusy(false);
    }
  };

  return (
    <div className="start-plan">
      <Paragraph>{improvements > 0 ? t('actionPlan.start.intro', { count: improvements }) : t('actionPlan.start.introNone')}</Paragraph>
      <div className="button-row">
        {improvements > 0 ? (
          <Button type="button" aria-disabled={busy || undefined} onClick={() => void start(true)}>
            {t('actionPlan.start.fromImprovements')}
          </Button>
        ) : null}
        <Button type="button" variant={improvements > 0 ? 'secondary' : 'primary'} aria-disabled={busy || undefined} onClick={() => void start(false)}>
          {t('actionPlan.start.empty')}
        </Button>
      </div>
      <LiveNotice notice={notice} />
    </div>
  );
}
