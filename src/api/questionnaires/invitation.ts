/**
 * Inviting a respondent by e-mail: a new address gets a municipality account with no password and
 * a one-time password link (shown once to the team, who pass it on: there is no mail transport);
 * an account of the same municipality is added as it is (a new link when it has no password yet);
 * an address of any other account is refused with 409.
 */
import { appendAudit } from '../../db/audit.js';
import type { Database, Executor } from '../../db/client.js';
import { createPasswordLink } from '../../auth/password-links.js';
import { findUserByEmail, insertUser, type UserRecord } from '../../auth/users-repository.js';
import type { Catalogue } from '../../domain/framework.js';
import type { AuthSettings } from '../../kernel/auth-settings.js';
import { AppError } from '../../kernel/errors.js';
import type { LockedEvaluation } from '../../kernel/versioned-write.js';
import { addInvitedRespondent, type Invitation, type QuestionnaireEditor } from './commands.js';
import type { InviteRespondentInput, TeamQuestionnaire } from '../../contract/questionnaires.js';

/** The account of the invited address, made or found, with a link when it has no password. */
async function invitedAccount(tx: Executor, evaluation: LockedEvaluation, input: InviteRespondentInput, actor: string, settings: AuthSettings): Promise<Invitation & { created: boolean }> {
  const existing = await findUserByEmail(tx, input.email);
  let user: UserRecord;
  if (existing) {
    if (existing.role !== 'municipality' || existing.municipalityId !== evaluation.municipalityId || existing.disabled) {
      throw new AppError('conflict', `The address ${input.email} belongs to an account that cannot answer for municipality ${evaluation.municipalityId}`);
    }
    user = existing;
  } else {
    user = await insertUser(tx, { email: input.email, name: input.name, organisation: '', role: 'municipality', municipalityId: evaluation.municipalityId, passwordHash: null });
    await appendAudit(tx, {
      actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      newValue: { email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, invitedToQuestionnaireOf: evaluation.id },
    });
  }
  const link = user.passwordHash === null ? await createPasswordLink(tx, user, actor, settings) : null;
  return { userId: user.id, email: user.email, url: link?.url ?? null, expiresAt: link?.expiresAt.toISOString() ?? null, created: !existing };
}

export async function inviteRespondent(
  db: Database,
  catalogue: Catalogue,
  settings: AuthSettings,
  evaluationId: string,
  input: InviteRespondentInput,
  editor: QuestionnaireEditor,
): Promise<{ questionnaire: TeamQuestionnaire; invitation: Invitation }> {
  return addInvitedRespondent(db, catalogue, evaluationId, editor, (tx, evaluation) => invitedAccount(tx, evaluation, input, editor.actor, settings));
}
