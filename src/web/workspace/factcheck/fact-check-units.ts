import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import type { FrameworkDetail } from '../../api/types.js';
import type { FactCommentStatus } from './fact-comments-api.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What a comment may be about: an area (the whole area) or one of its scoring sub-areas. */
export interface CommentTarget {
  code: string;
  areaCode: string;
  title: string;
  isArea: boolean;
}

/**
 * The parts of the evaluation a comment can concern, in framework order: every area and, where
 * points are given per sub-area, its sub-areas (the codes the server accepts).
 */
export function commentTargets(framework: FrameworkDetail): CommentTarget[] {
  return framework.areas.flatMap((area) => [
    { code: area.code, areaCode: area.code, title: area.title, isArea: true },
    ...(area.scoredBy === 'subarea' ? area.subareas.map((subarea) => ({ code: subarea.code, areaCode: area.code, title: subarea.title, isArea: false })) : []),
  ]);
}

/** The area a unit code belongs to ("3.2" → "3"); null for the evaluation as a whole. */
export function areaCodeOf(unitCode: string | null, targets: readonly CommentTarget[]): string | null {
  if (unitCode === null) return null;
  return targets.find((target) => target.code === unitCode)?.areaCode ?? unitCode.split('.')[0] ?? unitCode;
}

/** The words for what a comment concerns: "Hela utvärderingen", "3 Title" or "3.2 Title". */
export function unitLabel(unitCode: string | null, targets: readonly CommentTarget[], t: Translate): string {
  if (unitCode === null) return t('factCheck.whole');
  const target = targets.find((entry) => entry.code === unitCode);
  return target ? t('factCheck.unit', { code: target.code, title: target.title }) : unitCode;
}

export function statusKey(status: FactCommentStatus): MessageKey {
  return `factCheck.status.${status}`;
}
