import type { MessageKey } from '../../i18n/index.js';
import type { FrameworkVersionSummary } from './framework-versions-api.js';

/** A version's status in words: shipped with Kompass, published, or a draft. */
export const statusKey = (version: Pick<FrameworkVersionSummary, 'origin' | 'status'>): MessageKey =>
  version.origin === 'catalogue' ? 'frameworkAuthoring.status.shipped' : version.status === 'draft' ? 'frameworkAuthoring.status.draft' : 'frameworkAuthoring.status.published';
