import type { MessageKey } from '../../i18n/index.js';
import type { Role } from '../api/types.js';

/** The catalogue key of a role's Swedish (or translated) name. */
export const roleKey = (role: Role): MessageKey => `role.${role}`;
