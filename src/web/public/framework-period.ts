import type { MessageKey, MessageParams } from '../../i18n/index.js';
import type { FrameworkSummary } from '../api/types.js';

/** When a model version was in use: "2016–2019", or "från 2020" while it still is. */
export function frameworkPeriod(framework: Pick<FrameworkSummary, 'usedFrom' | 'usedTo'>, t: (key: MessageKey, params?: MessageParams) => string): string {
  return framework.usedTo === null
    ? t('frameworks.periodOpen', { from: framework.usedFrom })
    : t('frameworks.periodClosed', { from: framework.usedFrom, to: framework.usedTo });
}
