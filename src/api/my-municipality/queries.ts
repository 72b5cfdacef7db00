/** The municipality start page, read in one snapshot. */
import type { Database } from '../../db/client.js';
import { evaluationVisibility, type Principal } from '../../domain/access.js';
import type { Catalogue, Language } from '../../domain/framework.js';
import { municipalityHomeOf } from '../../domain/municipality-home.js';
import { forbidden, invalid, notFound } from '../../kernel/errors.js';
import { listEvaluations } from '../evaluations/repository.js';
import { findMunicipality } from '../municipalities/repository.js';
import { presentMyMunicipality } from './presenter.js';
import { listImprovements, findFollowUpUnderWay, findLatestPlan, listPlanActions } from './repository.js';
import type { MyMunicipality } from '../../contract/my-municipality.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** More evaluations than any municipality has had (about one every two to four years). */
const EVALUATIONS_MAX = 500;

/**
 * The start page of the municipality `principal` may see (see `municipalityHomeOf`): 403 for
 * evaluators and for another municipality's page, 400 for an administrator who named none, 404
 * for an unknown municipality.
 */
export async function loadMyMunicipality(
  db: Database,
  catalogue: Catalogue,
  principal: Principal,
  query: { municipality?: string; lang: Language },
  today: string,
): Promise<MyMunicipality> {
  const choice = municipalityHomeOf(principal, query.municipality);
  if (choice.kind === 'choose') throw invalid('query.municipality', 'administrators name the municipality whose page to show');
  if (choice.kind === 'refused') {
    throw forbidden(choice.reason === 'other-municipality' ? "Only your own municipality's page can be shown" : 'Only municipality users and administrators have a municipality page');
  }
  const { municipalityId } = choice;
  const visibility = evaluationVisibility(principal);
  const read = await db.transaction(async (tx) => {
    const municipality = await findMunicipality(tx, municipalityId, visibility);
    if (!municipality) return null;
    const { rows: evaluations } = await listEvaluations(tx, { municipality: municipalityId, limit: EVALUATIONS_MAX, offset: 0 }, visibility);
    const plan = await findLatestPlan(tx, municipalityId);
    const actions = plan ? await listPlanActions(tx, plan.evaluationId) : [];
    const improvements = plan ? await listImprovements(tx, plan.evaluationId) : [];
    const followUp = await findFollowUpUnderWay(tx, municipalityId, visibility);
    return { municipality, evaluations, plan, actions, improvements, followUp };
  }, SNAPSHOT);
  if (!read) throw notFound(`Municipality ${municipalityId}`);
  return presentMyMunicipality(catalogue, query.lang, today, read);
}
