import { useTranslation } from '../../language/language-context.js';
import type { Proposal } from './criteria-form.js';
import { proposalText } from './DeviationScoreEditor.js';

/**
 * The score a unit's criteria propose, said politely as it changes: "x of y criteria assessed"
 * until all are, then the proposal (or that every criterion is not applicable).
 */
export function ProposalLine({ proposal, max, assessed, total, unitCode, agreed = false }: { proposal: Proposal; max: number; assessed: number; total: number; unitCode: string; agreed?: boolean }) {
  const { language, t } = useTranslation();
  let text: string;
  if (proposal.kind === 'proposed') text = t(agreed ? 'criteria.proposal.agreed' : 'criteria.proposal.score', { score: proposalText(proposal.score, language), max });
  else if (proposal.kind === 'not-applicable') text = t('criteria.proposal.notApplicable');
  else text = t(agreed ? 'criteria.proposal.agreedIncomplete' : 'criteria.proposal.incomplete', { assessed, total });
  return (
    <p className="criteria-proposal" role="status" aria-live="polite" data-proposal={unitCode} data-kind={proposal.kind}>
      {text}
    </p>
  );
}
