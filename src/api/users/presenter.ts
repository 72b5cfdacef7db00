import type { UserRecord } from '../../auth/users-repository.js';
import type { Role } from '../../domain/access.js';
import { isLanguage } from '../../i18n/language.js';
import type { UserView } from '../../contract/users.js';

export function presentUser(user: UserRecord): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    role: user.role as Role,
    municipalityId: user.municipalityId,
    demo: user.demo,
    disabled: user.disabled,
    hasPassword: user.passwordHash !== null,
    language: isLanguage(user.language) ? user.language : null,
    version: user.version,
  };
}
