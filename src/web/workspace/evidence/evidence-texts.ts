import { DOCUMENT_KINDS, EVIDENCE_KINDS, INTERVIEWEE_GROUPS, OBSERVATION_CHANNELS } from '../../../domain/evidence.js';
import type { DocumentKind, EvidenceKind, IntervieweeGroup, ObservationChannel } from '../../../domain/evidence.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { FrameworkDetail } from '../../api/types.js';

export { DOCUMENT_KINDS, EVIDENCE_KINDS, INTERVIEWEE_GROUPS, OBSERVATION_CHANNELS };
export type { DocumentKind, EvidenceKind, IntervieweeGroup, ObservationChannel };

export const kindKey = (kind: EvidenceKind): MessageKey => `evidence.kind.${kind}`;
export const groupKey = (group: IntervieweeGroup): MessageKey => `evidence.group.${group}`;
export const documentKindKey = (kind: DocumentKind): MessageKey => `evidence.documentKind.${kind}`;
export const channelKey = (channel: ObservationChannel): MessageKey => `evidence.channel.${channel}`;

/** A unit evidence links to: a sub-area, or a whole area where points are given per area. */
export interface EvidenceUnit {
  code: string;
  title: string;
  /** "1.2 Title" */
  label: string;
}

export interface EvidenceUnitGroup {
  code: string;
  title: string;
  units: EvidenceUnit[];
}

/**
 * The units evidence can link to, grouped per area in framework order: the same rule as the
 * server's scoring units (sub-areas when the area is scored by sub-area, else the area itself).
 */
export function evidenceUnits(framework: FrameworkDetail): EvidenceUnitGroup[] {
  return framework.areas.map((area) => {
    const bySubarea = area.scoredBy === 'subarea' && area.subareas.length > 0;
    const units = bySubarea
      ? area.subareas.map((subarea) => ({ code: subarea.code, title: subarea.title, label: `${subarea.code} ${subarea.title}` }))
      : [{ code: area.code, title: area.title, label: `${area.code} ${area.title}` }];
    return { code: area.code, title: area.title, units };
  });
}

/** Size of a file in words a person reads ("1,2 MB", "340 kB"). */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024), 1)} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024, 0)} kB`;
  return `${bytes} B`;
}
