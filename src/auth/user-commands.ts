import type { Database, Executor } from '../db/client.js';
import { appendAudit } from '../db/audit.js';
import { municipalityExists } from '../db/municipality-exists.js';
import type { Role } from '../domain/access.js';
import type { Language } from '../domain/framework.js';
import { AppError, invalid, notFound } from '../kernel/errors.js';
import { createPasswordLink, type PasswordLink } from './password-links.js';
import { deleteUserSessions } from './session-store.js';
import type { AuthSettings } from '../kernel/auth-settings.js';
import { versionedWrite } from '../kernel/versioned-write.js';
import { findUserByEmail, findUserById, insertUser, setUserLanguage, updateUser, type UserChanges, type UserRecord } from './users-repository.js';

export interface NewAccount {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  municipalityId?: string | null;
  demo?: boolean;
  /** Set for demo accounts only; real users choose theirs through the link. */
  passwordHash?: string;
}

const auditedFields = (user: UserRecord) => ({
  email: user.email,
  name: user.name,
  organisation: user.organisation,
  role: user.role,
  municipalityId: user.municipalityId,
  disabled: user.disabled,
});

async function checkMunicipality(db: Executor, code: string | null | undefined, field: string) {
  if (code && !(await municipalityExists(db, code))) throw invalid(field, `no municipality has the id ${code}`);
}

/** Creates a user and a one-time link for choosing a password; both audited. */
export async function createAccount(db: Database, input: NewAccount, actor: string, settings: AuthSettings): Promise<{ user: UserRecord; link: PasswordLink | null }> {
  return db.transaction(async (tx) => {
    await checkMunicipality(tx, input.municipalityId, 'body.municipalityId');
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError('conflict', `A user with e-mail ${input.email.trim().toLowerCase()} already exists`);
    }
    const user = await insertUser(tx, { ...input, municipalityId: input.municipalityId ?? null, passwordHash: input.passwordHash ?? null });
    await appendAudit(tx, { actor, action: 'user.create', entityType: 'user', entityId: user.id, newValue: auditedFields(user) });
    const link = input.passwordHash ? null : await createPasswordLink(tx, user, actor, settings);
    return { user, link };
  });
}

/**
 * Changes a user's details or permissions if still at `version`. A change of role,
 * municipality or a disabled account ends the user's sessions, so new rights apply at once.
 */
export async function changeAccount(db: Database, id: string, version: number, changes: UserChanges, actor: string): Promise<UserRecord> {
  const conflict = (currentVersion: number) =>
    new AppError('version_conflict', `The user was changed by someone else: you sent version ${version}, the current version is ${currentVersion}.`, [], { currentVersion });
  return versionedWrite(db, {
    read: async (tx) => {
      const before = await findUserById(tx, id);
      if (!before) throw notFound(`User ${id}`);
      const role = changes.role ?? before.role;
      const municipalityId = changes.municipalityId !== undefined ? changes.municipalityId : role === 'municipality' ? before.municipalityId : null;
      if ((role === 'municipality') !== Boolean(municipalityId)) {
        throw invalid('body.municipalityId', 'a municipality user needs municipalityId, and only a municipality user has one');
      }
      await checkMunicipality(tx, municipalityId, 'body.municipalityId');
      return { current: { before, municipalityId }, check: { what: 'The user', sent: version, current: before.version, refuse: () => conflict(before.version) } };
    },
    write: async ({ tx, current: { before, municipalityId } }) => {
      // Users are not locked: a change between the read and this write is a conflict too.
      const after = await updateUser(tx, id, version, { ...changes, municipalityId });
      if (!after) throw conflict(before.version);
      const permissionsChanged = after.role !== before.role || after.municipalityId !== before.municipalityId || after.disabled !== before.disabled;
      if (permissionsChanged) await deleteUserSessions(tx, id);
      const audit = {
        actor,
        action: permissionsChanged ? 'user.permissions' : 'user.update',
        entityType: 'user',
        entityId: id,
        oldValue: auditedFields(before),
        newValue: auditedFields(after),
      };
      return { result: after, audit };
    },
  });
}

/**
 * Remembers the language a user chose. It is the user's own setting, not part of the account an
 * administrator edits: no version is sent (the last choice wins) and the account's version stays,
 * so a choice never conflicts with an administrator's change. Audited when it changes.
 */
export async function chooseLanguage(db: Database, id: string, language: Language, actor: string): Promise<UserRecord> {
  return versionedWrite(db, {
    read: async (tx) => {
      const before = await findUserById(tx, id);
      if (!before) throw notFound(`User ${id}`);
      return { current: before };
    },
    write: async ({ tx, current: before }) => {
      if (before.language === language) return { result: before, audit: null };
      const after = await setUserLanguage(tx, id, language);
      if (!after) throw notFound(`User ${id}`);
      return { result: after, audit: { actor, action: 'user.language', entityType: 'user', entityId: id, oldValue: { language: before.language }, newValue: { language } } };
    },
  });
}

/** A new one-time password link for a user (earlier unused links stop working). */
export async function newPasswordLink(db: Database, id: string, actor: string, settings: AuthSettings): Promise<PasswordLink> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (!user) throw notFound(`User ${id}`);
    return createPasswordLink(tx, user, actor, settings);
  });
}
