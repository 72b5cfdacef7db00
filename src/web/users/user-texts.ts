import type { MessageKey } from '../../i18n/index.js';
import type { MunicipalitySummary, User } from '../api/types.js';
import { parseMunicipalityId } from '../../domain/municipality.js';
import type { LanguageContextValue } from '../language/language-context.js';
import { municipalityOption } from '../ui/municipality-text.js';

type Translate = LanguageContextValue['t'];

/** Active, disabled, or waiting for its first password. */
export function userStatusKey(user: User): MessageKey {
  if (user.disabled) return 'users.status.disabled';
  if (!user.hasPassword) return 'users.status.noPassword';
  return 'users.status.active';
}

/** Municipality names by id, for showing "Leksands kommun (Sverige, 2029)" instead of a bare id. */
export type MunicipalityNames = ReadonlyMap<string, string>;

export function municipalityNames(items: readonly MunicipalitySummary[] | undefined): MunicipalityNames {
  return new Map((items ?? []).map((item) => [item.id, item.name]));
}

/** A user's municipality as a reader tells it apart: name, country and code; the id itself when unknown. */
export function municipalityLabel(id: string, names: MunicipalityNames, t: Translate): string {
  const name = names.get(id);
  const parts = parseMunicipalityId(id);
  return name && parts ? municipalityOption({ name, ...parts }, t) : id;
}
