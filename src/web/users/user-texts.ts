import type { MessageKey } from '../../i18n/index.js';
import type { MunicipalitySummary, User } from '../api/types.js';

/** Active, disabled, or waiting for its first password. */
export function userStatusKey(user: User): MessageKey {
  if (user.disabled) return 'users.status.disabled';
  if (!user.hasPassword) return 'users.status.noPassword';
  return 'users.status.active';
}

/** Municipality names by code, for showing "Leksands kommun (2029)" instead of a bare code. */
export type MunicipalityNames = ReadonlyMap<string, string>;

export function municipalityNames(items: readonly MunicipalitySummary[] | undefined): MunicipalityNames {
  return new Map((items ?? []).map((item) => [item.id, item.name]));
}

export function municipalityLabel(code: string, names: MunicipalityNames): string {
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
}
