/** How long sessions and links live, and how sign-in failures are limited. */
export interface AuthSettings {
  /** A session not used for this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteHours: number;
  /** A password link works this long, once. */
  linkHours: number;
  /** Failed sign-ins for one e-mail address, within the lock window, that lock it. */
  lockAfterFailures: number;
  lockMinutes: number;
  /** Failed sign-ins from one address within the lock window before it must wait. */
  ipFailureLimit: number;
  /** Demo accounts may sign in only in demo mode. */
  demoMode: boolean;
  /** Where links point, e.g. https://kompass.example.se (no trailing slash). */
  publicUrl: string;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMinutes: 60,
  absoluteHours: 12,
  linkHours: 72,
  lockAfterFailures: 5,
  lockMinutes: 15,
  ipFailureLimit: 50,
  demoMode: false,
  publicUrl: 'http://127.0.0.1:3000',
};

/** How often a session's last use is written (a write per request would be wasteful). */
export const TOUCH_INTERVAL_MS = 60_000;
