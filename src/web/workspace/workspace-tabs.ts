import type { MessageKey } from '../../i18n/index.js';

/** One part of the workspace: its address below `/utvarderingar/:id/arbetsyta`, its name and who sees it. */
export interface WorkspaceTab {
  /** '' is the overview (the index route). */
  path: string;
  label: MessageKey;
  /** What the presence line says this user works on while the tab is open. */
  section: string;
  /** Only administrators and the evaluation's assigned evaluators (the municipality sees the others). */
  teamOnly: boolean;
  /** Only in a follow-up (an evaluation with a baseline). */
  followUpOnly?: boolean;
}

/** The workspace's parts, in the order of its navigation (each one is a child route in App.tsx). */
export const WORKSPACE_TABS: readonly WorkspaceTab[] = [
  { path: '', label: 'workspace.tab.overview', section: 'overview', teamOnly: false },
  { path: 'frageunderlag', label: 'questionnaireTeam.tab', section: 'questionnaire', teamOnly: true },
  { path: 'underlag', label: 'workspace.tab.evidence', section: 'evidence', teamOnly: true },
  { path: 'bedomning', label: 'workspace.tab.scoring', section: 'scoring', teamOnly: true },
  { path: 'kalibrering', label: 'workspace.tab.calibration', section: 'calibration', teamOnly: true },
  { path: 'texter', label: 'workspace.tab.writing', section: 'writing', teamOnly: true },
  { path: 'uppfoljning', label: 'followUp.tab', section: 'follow-up', teamOnly: true, followUpOnly: true },
  { path: 'faktakontroll', label: 'workspace.tab.factCheck', section: 'fact-check', teamOnly: false },
];

/** The tab an address inside the workspace belongs to (the overview when none matches). */
export function tabOfPath(pathname: string): WorkspaceTab {
  const rest = pathname.replace(/^.*\/arbetsyta\/?/, '').split('/')[0] ?? '';
  return WORKSPACE_TABS.find((tab) => tab.path === rest) ?? WORKSPACE_TABS[0]!;
}

/** A presence section in words, e.g. "evidence" → "Underlag", "area:3" → "område 3". */
export function sectionText(section: string, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const tab = WORKSPACE_TABS.find((entry) => entry.section === section);
  if (tab) return t(tab.label);
  if (section === 'factcheck' || section === 'fact_check') return t('workspace.tab.factCheck');
  const area = /^area:(.+)$/.exec(section);
  if (area) return t('workspace.presence.area', { code: area[1]! });
  const unit = /^(?:unit|subarea):(.+)$/.exec(section);
  if (unit) return t('workspace.presence.unit', { code: unit[1]! });
  return section;
}
