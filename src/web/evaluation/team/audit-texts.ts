import type { MessageKey } from '../../../i18n/index.js';
import { isMessageKey } from '../../language/catalogues.js';

/** The catalogue key that describes an audited action, or null for an action this build does not know. */
export function auditActionKey(action: string): MessageKey | null {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? key : null;
}

/** A recorded value as compact JSON text (shown as text, never as markup). */
export function auditValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A place in a recorded value (a JSON Pointer such as "/strengths/2") as a reader sees it: "strengths › 3". */
export function auditPathText(path: string): string {
  if (path === '') return '–';
  return path
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) => (/^\d+$/.test(key) ? String(Number(key) + 1) : key))
    .join(' › ');
}
