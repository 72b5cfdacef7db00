import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@digdir/designsystemet-react';
import type { EvaluationDetail, User } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { AppLink } from '../ui/AppLink.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { workspaceApi } from './workspace-api.js';
import { paths } from '../paths.js';

function Link({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph className="workspace-link">
      <AppLink to={paths.workspace(evaluationId)}>{t('workspace.open')}</AppLink> <span className="muted">– {t('workspace.openHint')}</span>
    </Paragraph>
  );
}

/** Evaluators see the link only for evaluations they are assigned to. */
function EvaluatorLink({ evaluationId, user }: { evaluationId: string; user: User }) {
  const { data } = useQuery({ queryKey: queryKeys.evaluation(evaluationId).evaluators(), queryFn: ({ signal }) => workspaceApi.evaluators(evaluationId, signal) });
  if (!data?.items.some((evaluator) => evaluator.id === user.id)) return null;
  return <Link evaluationId={evaluationId} />;
}

/**
 * The way from an evaluation's page to its workspace, for those who work there: administrators,
 * its assigned evaluators and the users of its municipality (who read it from the fact check on).
 */
export function WorkspaceLink({ evaluation }: { evaluation: EvaluationDetail }) {
  const { user } = useSession();
  if (!user) return null;
  if (user.role === 'admin') return <Link evaluationId={evaluation.id} />;
  if (user.role === 'municipality') return user.municipalityId === evaluation.municipality.id ? <Link evaluationId={evaluation.id} /> : null;
  return <EvaluatorLink evaluationId={evaluation.id} user={user} />;
}
