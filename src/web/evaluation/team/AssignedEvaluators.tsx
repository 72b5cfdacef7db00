import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { queryKeys } from '../../api/query-keys.js';
import type { AssignedEvaluator, User } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { formatDateTime } from '../../../i18n/index.js';
import { AddEvaluatorForm } from './AddEvaluatorForm.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { apiErrorText } from '../../api/error-text.js';

/** The evaluator accounts assigned to the evaluation; administrators add and remove them. */
export function AssignedEvaluators({
  evaluationId,
  evaluators,
  canAssign,
}: {
  evaluationId: string;
  evaluators: readonly AssignedEvaluator[];
  canAssign: boolean;
}) {
  const queryClient = useQueryClient();
  const { language, t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** The answer is the new team; the audit log has a new entry. */
  const changed = (team: { items: AssignedEvaluator[] }) => {
    const keys = queryKeys.evaluation(evaluationId);
    queryClient.setQueryData(keys.evaluators(), team);
    void queryClient.invalidateQueries({ queryKey: keys.audit() });
  };

  const fail = (error: unknown) =>
    setNotice({ color: 'danger', text: t('evaluators.failed'), detail: apiErrorText(error, t) });

  const add = async (user: User): Promise<boolean> => {
    try {
      changed(await api.assignEvaluator(evaluationId, user.id));
      setNotice({ color: 'success', text: t('evaluators.added', { name: user.name }) });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const remove = async (evaluator: AssignedEvaluator) => {
    try {
      changed(await api.unassignEvaluator(evaluationId, evaluator.id));
      setNotice({ color: 'success', text: t('evaluators.removed', { name: evaluator.name }) });
      // The button is gone with the row: focus goes back to the section's heading.
      headingRef.current?.focus();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="evaluation-team">
      <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {t('evaluators.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('evaluators.intro')}
      </Paragraph>
      {evaluators.length === 0 ? (
        <Paragraph>{t('evaluators.none')}</Paragraph>
      ) : (
        <ul className="evaluator-list">
          {evaluators.map((evaluator) => (
            <li key={evaluator.id} className="evaluator-list__item">
              <span className="evaluator-list__who">
                <span className="evaluator-list__name">{evaluator.name}</span>
                <span className="muted">
                  {' '}
                  {[evaluator.email, evaluator.organisation].filter(Boolean).join(', ')}, {t('evaluators.assignedAt', { date: formatDateTime(evaluator.assignedAt, language) })}
                </span>
              </span>
              {canAssign ? (
                <Button type="button" variant="tertiary" data-size="sm" aria-label={t('evaluators.removeLabel', { name: evaluator.name })} onClick={() => void remove(evaluator)}>
                  {t('evaluators.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <LiveNotice notice={notice} />
      {canAssign ? <AddEvaluatorForm assigned={evaluators} onAdd={add} /> : null}
    </section>
  );
}
