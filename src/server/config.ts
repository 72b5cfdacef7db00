import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './http-settings.js';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../kernel/auth-settings.js';
import { z } from 'zod';
import { DEFAULT_OPEN_DATA_SETTINGS, type OpenDataSettings } from '../kernel/open-data-settings.js';
import { ADMS_PUBLISHER_TYPES } from '../contract/open-data-catalog.js';
import { populationClassesOf, type ComparisonSettings } from '../domain/comparison/peer-groups.js';

/** Where Debian's chromium package installs the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KOMPASS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  KOMPASS_DEMO: z.enum(['auto', 'off']).default('auto'),
  /** Minutes without use after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** Hours after sign-in after which a session ends, however active. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** The address users reach Kompass at; password links point there. Default: http://HOST:PORT. */
  PUBLIC_URL: z.string().url('must be a URL such as https://kompass.example.se').optional(),
  /** Set to true behind a reverse proxy that sets X-Forwarded-For/-Proto (cookies become Secure over HTTPS). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Upper limits of the population classes for peer groups, ascending (e.g. 20000,50000,100000). */
  KOMPASS_POPULATION_CLASSES: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be ascending whole numbers separated by commas, e.g. 20000,50000,100000')
    .refine(
      (value) => value.split(',').every((limit, index, limits) => Number(limit) > 0 && (index === 0 || Number(limit) > Number(limits[index - 1]))),
      'must be positive and strictly ascending',
    )
    .default('20000,50000,100000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Milliseconds a client has to send a whole request, headers and body (uploads included). */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_HTTP_SETTINGS.requestTimeoutMs),
  /** Milliseconds a client has to send a request's headers. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_HTTP_SETTINGS.headersTimeoutMs),
  /** Milliseconds a connection may stay silent (no bytes either way) before it is closed. */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_HTTP_SETTINGS.idleTimeoutMs),
  /** Milliseconds an idle keep-alive connection is kept open for the next request (behind a proxy: longer than the proxy's). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_HTTP_SETTINGS.keepAliveTimeoutMs),
  /** Largest size of a request's headers, in bytes (larger: 431). */
  HTTP_MAX_HEADER_BYTES: z.coerce.number().int().min(1024).max(1_048_576).default(DEFAULT_HTTP_SETTINGS.maxHeaderBytes),
  /** File uploads (imports, evidence files) received at once; further ones are answered 503 with Retry-After. */
  KOMPASS_MAX_CONCURRENT_UPLOADS: z.coerce.number().int().min(1).max(1000).default(DEFAULT_HTTP_SETTINGS.maxConcurrentUploads),
  /** The publisher named by the open-data catalogue (DCAT-AP-SE, /api/open-data/catalog.rdf). */
  KOMPASS_PUBLISHER_NAME: z.string().trim().min(1).max(200).default(DEFAULT_OPEN_DATA_SETTINGS.publisherName),
  /** The publisher's identifier URI in the catalogue; default: one under the public address. */
  KOMPASS_PUBLISHER_URI: z.string().url('must be a URI such as https://www.example.se/org').optional(),
  /** The publisher's kind (ADMS publisher type) in the catalogue. */
  KOMPASS_PUBLISHER_TYPE: z.enum(ADMS_PUBLISHER_TYPES).optional(),
  /** The catalogue's contact point: where to send questions about the open data. */
  KOMPASS_CONTACT_EMAIL: z.email('must be an e-mail address such as oppnadata@example.se').optional(),
  /** The Chromium executable that prints report PDFs (Debian: apt-get install -y chromium). */
  CHROMIUM_PATH: z.string().min(1).default(DEFAULT_CHROMIUM_PATH),
  /** Where the app writes scheduled backups (kompass-<time>.kompass-backup.gz); none when unset. */
  KOMPASS_BACKUP_DIR: z.string().min(1).optional(),
  /** Hours between scheduled backups. */
  KOMPASS_BACKUP_INTERVAL_HOURS: z.coerce.number().positive().max(24 * 365).default(24),
  /** How many scheduled backups to keep (older ones are removed). */
  KOMPASS_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(7),
});

export type Config = z.infer<typeof schema>;

/** Raised at boot when the environment is wrong; lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration once (see .env.example for every variable). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

/** The session and sign-in settings the configuration implies. */
export function authSettingsOf(config: Config): AuthSettings {
  return {
    ...DEFAULT_AUTH_SETTINGS,
    idleMinutes: config.SESSION_IDLE_MINUTES,
    absoluteHours: config.SESSION_MAX_HOURS,
    demoMode: config.KOMPASS_DEMO !== 'off',
    publicUrl: (config.PUBLIC_URL ?? `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`).replace(/\/+$/, ''),
  };
}

/** The comparison settings the configuration implies: population classes from their limits. */
export function comparisonSettingsOf(config: Config): ComparisonSettings {
  return { populationClasses: populationClassesOf(config.KOMPASS_POPULATION_CLASSES.split(',').map(Number)) };
}

/** The HTTP server's limits the configuration implies (see buildApp's `http`). */
export function httpSettingsOf(config: Config): HttpSettings {
  return {
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS),
    idleTimeoutMs: config.HTTP_IDLE_TIMEOUT_MS,
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxHeaderBytes: config.HTTP_MAX_HEADER_BYTES,
    maxConcurrentUploads: config.KOMPASS_MAX_CONCURRENT_UPLOADS,
  };
}

/** The scheduled backups the configuration asks for, or null. */
export function backupScheduleOf(config: Config): { directory: string; intervalHours: number; keep: number } | null {
  if (!config.KOMPASS_BACKUP_DIR) return null;
  return { directory: config.KOMPASS_BACKUP_DIR, intervalHours: config.KOMPASS_BACKUP_INTERVAL_HOURS, keep: config.KOMPASS_BACKUP_KEEP };
}

/** The open-data catalogue's publisher and contact the configuration names. */
export function openDataSettingsOf(config: Config): OpenDataSettings {
  return {
    publisherName: config.KOMPASS_PUBLISHER_NAME,
    ...(config.KOMPASS_PUBLISHER_URI ? { publisherUri: config.KOMPASS_PUBLISHER_URI } : {}),
    ...(config.KOMPASS_PUBLISHER_TYPE ? { publisherType: config.KOMPASS_PUBLISHER_TYPE } : {}),
    ...(config.KOMPASS_CONTACT_EMAIL ? { contactEmail: config.KOMPASS_CONTACT_EMAIL } : {}),
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL.replace(/\/+$/, '') } : {}),
  };
}
