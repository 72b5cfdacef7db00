/** Headings of the questionnaire tab that take the focus where the team continues after a change. */
export const STATE_HEADING_ID = 'questionnaire-team-state';
export const SETTINGS_HEADING_ID = 'questionnaire-team-settings';

/** Focuses an element once React has drawn what a change brought (the element may be new). */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
