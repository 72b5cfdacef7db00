import { sql } from 'drizzle-orm';
import type { EvaluationOrigin, EvaluationStatus } from '../domain/evaluation-status.js';
import type { Country } from '../domain/municipality.js';
import type { QuestionnaireStatus, QuestionSetContent, QuestionSetLanguage } from '../domain/question-set-values.js';
import type { ActionEvidenceKind, ActionPriority, ActionStatus, ImprovementJudgement, PlanVisibility } from '../domain/action-plan-values.js';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  char,
  date,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
  varchar,
} from 'drizzle-orm/pg-core';

/** Counties: Swedish län and Norwegian fylker. The id is country and code ("se-20", "no-03"). */
export const counties = pgTable(
  'counties',
  {
    id: text('id').primaryKey(),
    country: char('country', { length: 2 }).$type<Country>().notNull(),
    code: varchar('code', { length: 2 }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
  },
  (table) => [unique('counties_country_code_unique').on(table.country, table.code)],
);

export const municipalities = pgTable(
  'municipalities',
  {
    /** Country and the country's own code: "se-2029", "no-0301" (see src/domain/municipality.ts). */
    id: text('id').primaryKey(),
    country: char('country', { length: 2 }).$type<Country>().notNull(),
    /** The country's four-digit code, kept for display and search. */
    code: varchar('code', { length: 4 }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    countyId: text('county_id')
      .notNull()
      .references(() => counties.id),
  },
  (table) => [
    index('municipalities_short_name_idx').on(sql`lower(${table.shortName})`),
    unique('municipalities_country_code_unique').on(table.country, table.code),
  ],
);

/** Population per municipality and year (SCB); one row per year, so history is kept. */
export const municipalityPopulations = pgTable(
  'municipality_populations',
  {
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    year: integer('year').notNull(),
    population: integer('population').notNull(),
    source: text('source'),
  },
  (table) => [primaryKey({ columns: [table.municipalityId, table.year] }), check('population_non_negative', sql`${table.population} >= 0`)],
);

/** SKR's kommungruppsindelning per municipality and year (e.g. "B3"). */
export const municipalityGroups = pgTable(
  'municipality_groups',
  {
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    year: integer('year').notNull(),
    groupCode: varchar('group_code', { length: 8 }).notNull(),
    source: text('source'),
  },
  (table) => [primaryKey({ columns: [table.municipalityId, table.year] })],
);

/** Framework versions, synchronised from catalogue/ at start so evaluations can reference them. */
export const frameworks = pgTable('frameworks', {
  id: text('id').primaryKey(),
  definition: jsonb('definition').notNull(),
  /**
   * The codes of the scoring units in framework order, as listScoringUnits gives them (written
   * with the definition): what the completeness trigger and evaluation_missing_units() check against.
   */
  scoringUnits: text('scoring_units').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    /** ISO date or month ("2017-02" or "2017-02-14"). */
    fieldworkStart: varchar('fieldwork_start', { length: 10 }),
    fieldworkEnd: varchar('fieldwork_end', { length: 10 }),
    /** ISO year, month or date, as precise as known. */
    reportDate: varchar('report_date', { length: 10 }),
    /** The order stated by the report ("tredje utvärdering" = 3), when stated. */
    statedOrdinal: integer('stated_ordinal'),
    evaluators: jsonb('evaluators').$type<string[]>().notNull().default([]),
    interviewees: integer('interviewees'),
    status: varchar('status', { length: 16 }).$type<EvaluationStatus>().notNull().default('draft'),
    origin: varchar('origin', { length: 16 }).$type<EvaluationOrigin>().notNull().default('workspace'),
    /** Figures as printed in a published report, verbatim; never used for arithmetic. */
    published: jsonb('published'),
    /**
     * Identifies an archived report's evaluation ("se-2284:kommunkompassen-2016:2017"), so importing
     * the same report again updates it instead of creating a second one.
     */
    archiveKey: varchar('archive_key', { length: 120 }).unique(),
    /** The evaluators' summary comments (Markdown). */
    summaryComments: text('summary_comments'),
    /** Version of the summary comments alone, so writing them never conflicts with score edits. */
    summaryVersion: integer('summary_version').notNull().default(1),
    /** Information sources named by the report (interviews, documents, website …). */
    sources: jsonb('sources').$type<string[]>().notNull().default([]),
    /** The last import's report: discrepancies and notes found in the published document. */
    importReport: jsonb('import_report'),
    /**
     * The published evaluation this one follows up ("Ny uppföljning"): its scores, texts and the
     * municipality's action plan are the baseline the evaluators see. Null for a first evaluation.
     */
    baselineEvaluationId: uuid('baseline_evaluation_id').references((): AnyPgColumn => evaluations.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('evaluations_municipality_idx').on(table.municipalityId),
    index('evaluations_baseline_idx').on(table.baselineEvaluationId).where(sql`${table.baselineEvaluationId} is not null`),
    /** Comparisons: a municipality's published evaluations, newest first (its latest and its first are one probe each). */
    index('evaluations_published_chronology_idx')
      .on(table.municipalityId, sql`(coalesce(${table.fieldworkStart}, ${table.reportDate})) desc nulls first`, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.status} = 'published'`),
    check('evaluations_status_check', sql`${table.status} in ('draft','review','fact_check','final','published')`),
    check('evaluations_origin_check', sql`${table.origin} in ('workspace','archive')`),
    check('evaluations_interviewees_check', sql`${table.interviewees} is null or ${table.interviewees} >= 0`),
  ],
);

/** One exact score per scoring unit (a sub-area, or an area for models scored per area). */
export const scores = pgTable(
  'scores',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    unitCode: varchar('unit_code', { length: 16 }).notNull(),
    score: numeric('score', { precision: 7, scale: 2 }).notNull(),
    /** Why the agreed score is what it is (Markdown). */
    rationale: text('rationale').notNull().default(''),
    /** Why the agreed score departs from the one the agreed criteria propose (Markdown); '' when it does not. */
    deviationReason: text('deviation_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.unitCode] }), check('scores_non_negative', sql`${table.score} >= 0`)],
);

/** Append-only record of every change: who, when, what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    /**
     * The record within the entity whose saves are chained (e.g. `text.area/1`), or null. A
     * chained entry keeps either full copies (old_value and new_value) or only `change`, the
     * compact change from the previous entry of its subject (src/domain/value-diff.ts).
     */
    subject: text('subject'),
    change: jsonb('change'),
    /** A hash of the value after this entry (chained entries), so the next one knows it follows on. */
    afterHash: bigint('after_hash', { mode: 'number' }),
    /** Bytes of changes since the subject's last full copy (chained entries). */
    chainBytes: integer('chain_bytes'),
    /**
     * The first entry of the burst this one continues, or null: saves of one subject by one
     * actor, one right after the other with nothing else written to the entity between, at most
     * a few minutes apart. Set when the entry is appended; the log shows a burst as one change.
     */
    burstOf: bigint('burst_of', { mode: 'number' }),
  },
  (table) => [
    index('audit_log_entity_idx').on(table.entityType, table.entityId, table.id),
    index('audit_log_subject_idx').on(table.entityType, table.entityId, table.subject, table.id).where(sql`${table.subject} is not null`),
    index('audit_log_burst_idx').on(table.burstOf).where(sql`${table.burstOf} is not null`),
  ],
);

/** Small facts about the database itself, e.g. the fingerprint of the reference data last loaded. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Per area: the written analysis, strengths and improvement opportunities (Markdown). */
export const areaTexts = pgTable(
  'area_texts',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    areaCode: varchar('area_code', { length: 8 }).notNull(),
    introduction: text('introduction'),
    analysis: text('analysis'),
    strengths: jsonb('strengths').$type<string[]>().notNull().default([]),
    improvements: jsonb('improvements').$type<string[]>().notNull().default([]),
    /** Whether the analysis is written as one summary or per sub-area (subarea_texts). */
    layout: varchar('layout', { length: 16 }).notNull().default('summary'),
    /** Taken over from the baseline evaluation and not edited since (a follow-up's starting point). */
    takenOver: boolean('taken_over').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.areaCode] })],
);

/** Analysis written per sub-area, where the report or the evaluators chose that layout. */
export const subareaTexts = pgTable(
  'subarea_texts',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    unitCode: varchar('unit_code', { length: 16 }).notNull(),
    analysis: text('analysis').notNull(),
    /** Taken over from the baseline evaluation and not edited since (a follow-up's starting point). */
    takenOver: boolean('taken_over').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.unitCode] })],
);

/** Another municipality named as a good example, with what to learn there. */
export const goodExamples = pgTable(
  'good_examples',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    areaCode: varchar('area_code', { length: 8 }),
    /** The sub-area it is tied to (one of its area's), or null for the area as a whole. */
    unitCode: varchar('unit_code', { length: 16 }),
    /** The municipality it points to; required for new ones, null only on older records. */
    municipalityId: text('municipality_id').references(() => municipalities.id),
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('good_examples_evaluation_idx').on(table.evaluationId),
    index('good_examples_municipality_idx').on(table.municipalityId),
    check('good_examples_unit_needs_area', sql`${table.unitCode} is null or ${table.areaCode} is not null`),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * One uploaded document and its import: kept with its bytes so a job interrupted by a restart
 * runs again, and so the original document stays with the archive.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    contentHash: char('content_hash', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    status: varchar('status', { length: 16 }).notNull().default('queued'),
    stage: varchar('stage', { length: 32 }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    /** How often a process has started the job (claimed it); a job is never started twice blindly. */
    attempts: integer('attempts').notNull().default(0),
    /** The import report: parsed figures, discrepancies, notes (JSON as printed by the dry run). */
    result: jsonb('result'),
    error: jsonb('error'),
    /** The evaluations the document was saved as (its own first, then those of its annex). */
    evaluations: jsonb('evaluations').$type<Array<{ id: string; archiveKey: string; created: boolean }>>().notNull().default([]),
    actor: text('actor').notNull(),
    /** The process running the job (host and pid), and until when it has promised to report back. */
    lockedBy: text('locked_by'),
    /** A running job whose lease ran out was left by a stopped process: it fails as interrupted. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('import_jobs_created_idx').on(table.createdAt),
    index('import_jobs_status_idx').on(table.status, table.createdAt),
    check('import_jobs_status_check', sql`${table.status} in ('queued','running','done','failed','cancelled')`),
    check('import_jobs_progress_check', sql`${table.progress} between 0 and 100`),
  ],
);

/**
 * Report jobs (Word and PDF files made off the request path). Any app process may claim a queued
 * job (`for update skip locked`), holds it under a lease it renews while it works, and stores
 * the file here, so the status and the file can be asked of any process. A failed attempt that
 * may succeed again (the PDF engine was unavailable, an internal error) is retried after a
 * growing pause until `max_attempts`; then the job stays failed with its error (the dead letter).
 * Finished jobs and their files are deleted after a while.
 */
export const reportJobs = pgTable(
  'report_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Whose job it is: `user:<id>` or `anonymous@<address>`. */
    owner: text('owner').notNull(),
    /** The signed-in reader the report is made for (read again when the job runs); null = the public. */
    readerUserId: uuid('reader_user_id'),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    format: varchar('format', { length: 8 }).notNull(),
    /** The report options as the API parsed them (ReportOptions). */
    options: jsonb('options').notNull(),
    status: varchar('status', { length: 16 }).notNull().default('queued'),
    step: varchar('step', { length: 32 }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    /** A queued job is not claimed before this (the pause before a retry). */
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The last attempt's failure (kept while a retry waits; final once the job failed). */
    error: jsonb('error'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    file: bytea('file'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('report_jobs_claim_idx').on(table.status, table.runAfter),
    index('report_jobs_owner_idx').on(table.owner, table.status),
    check('report_jobs_status_check', sql`${table.status} in ('queued','running','done','failed')`),
    check('report_jobs_format_check', sql`${table.format} in ('docx','pdf')`),
    check('report_jobs_progress_check', sql`${table.progress} between 0 and 100`),
  ],
);

/**
 * The read caches' epoch with several app processes on PostgreSQL: every change takes the next
 * value after it committed, and a process's cached reads are valid only for the value it last saw.
 */
export const cacheEpoch = pgSequence('kompass_cache_epoch');

/**
 * People who sign in. The role is global: an admin may do everything, an evaluator edits the
 * evaluations assigned to them, a municipality user reads its own municipality's evaluations
 * from the fact check on. Anonymous visitors are the public and need no row.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    email: varchar('email', { length: 254 }).notNull().unique(),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    role: varchar('role', { length: 16 }).notNull(),
    /** The municipality a municipality user belongs to. */
    municipalityId: text('municipality_id').references(() => municipalities.id),
    /** `scrypt$N$r$p$salt$hash`; null until the user has set a password through a link. */
    passwordHash: text('password_hash'),
    /** Demo accounts (one per role) may sign in only while the app runs in demo mode. */
    demo: boolean('demo').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /**
     * The language the user last chose in the web app ('sv', 'en', 'nb'), applied at every
     * sign-in; null until they choose one. The user's own setting, outside the account's version.
     */
    language: varchar('language', { length: 2 }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('users_role_check', sql`${table.role} in ('admin','evaluator','municipality')`),
    check('users_municipality_check', sql`(${table.role} = 'municipality') = (${table.municipalityId} is not null)`),
    check('users_language_check', sql`${table.language} in ('sv','en','nb')`),
  ],
);

/** Signed-in sessions, shared by every app process. Only a hash of the cookie's token is kept. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: char('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back by the web app in a header on every change (CSRF protection). */
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The absolute end, however active the session is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** One-time links to set or reset a password. Only a hash of the token is kept. */
export const passwordTokens = pgTable(
  'password_tokens',
  {
    tokenHash: char('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('password_tokens_user_idx').on(table.userId)],
);

/** Sign-in attempts, for rate limiting per address and locking an e-mail address after failures. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: varchar('email', { length: 254 }).notNull(),
    ip: varchar('ip', { length: 64 }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('login_attempts_email_idx').on(table.email, table.at), index('login_attempts_ip_idx').on(table.ip, table.at)],
);

/** Which evaluators work on which evaluation. */
export const evaluationAssignments = pgTable(
  'evaluation_assignments',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.userId] }), index('evaluation_assignments_user_idx').on(table.userId)],
);

/** An uploaded document of the evidence register, kept in the database so every process sees it. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('evidence_files_evaluation_idx').on(table.evaluationId)],
);

/**
 * One piece of evidence: an interview, a document of the register, or an observation of the
 * website or social media. Linked to the sub-areas (unit codes) it informs.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(),
    title: text('title').notNull().default(''),
    /** ISO date. */
    occurredOn: varchar('occurred_on', { length: 10 }),
    intervieweeGroup: varchar('interviewee_group', { length: 32 }),
    people: integer('people'),
    documentKind: varchar('document_kind', { length: 32 }),
    channel: varchar('channel', { length: 16 }),
    url: text('url'),
    fileId: uuid('file_id').references(() => evidenceFiles.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
    unitCodes: jsonb('unit_codes').$type<string[]>().notNull().default([]),
    /**
     * Where an item linked from the question set's answers came from: '<question key>' for an
     * answer, '<question key>/<questionnaire file id>' for one of its documents; null otherwise.
     */
    answerRef: text('answer_ref'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('evidence_items_evaluation_idx').on(table.evaluationId),
    check('evidence_items_kind_check', sql`${table.kind} in ('interview','document','observation')`),
    check('evidence_items_people_check', sql`${table.people} is null or ${table.people} >= 0`),
  ],
);

/** Each evaluator's own score and rationale per scoring unit, before the pair agrees. */
export const evaluatorScores = pgTable(
  'evaluator_scores',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitCode: varchar('unit_code', { length: 16 }).notNull(),
    score: numeric('score', { precision: 7, scale: 2 }),
    rationale: text('rationale').notNull().default(''),
    /** Why the score departs from the one the evaluator's criteria propose (Markdown); '' when it does not. */
    deviationReason: text('deviation_reason').notNull().default(''),
    /** Taken over from the baseline evaluation and not edited since (a follow-up's starting point). */
    takenOver: boolean('taken_over').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.userId, table.unitCode] }),
    check('evaluator_scores_non_negative', sql`${table.score} is null or ${table.score} >= 0`),
  ],
);

/** When an evaluator submitted their independent scores (then the partner's become visible). */
export const evaluatorSubmissions = pgTable(
  'evaluator_submissions',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.userId] })],
);

/** The municipality's comments on facts during the fact check, and the evaluators' answers. */
export const factComments = pgTable(
  'fact_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    /** The area or sub-area commented on; null for the evaluation as a whole. */
    unitCode: varchar('unit_code', { length: 16 }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    status: varchar('status', { length: 16 }).notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('fact_comments_evaluation_idx').on(table.evaluationId),
    check('fact_comments_status_check', sql`${table.status} in ('open','answered','resolved')`),
  ],
);

/** Who has an evaluation open, and which part of it, lately (shown to the others). */
export const presence = pgTable(
  'presence',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    section: varchar('section', { length: 32 }).notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.evaluationId, table.userId] })],
);

/**
 * Averages from published sources (e.g. a national summary report), one figure per row: an
 * area's mean, or the total's when area_code is null. Used beside the archive's own averages
 * and in their place when the archive holds too few evaluations.
 */
export const referenceAverages = pgTable(
  'reference_averages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    /** The country whose municipalities the source averaged over ("se", "no"). */
    country: char('country', { length: 2 }).$type<Country>().notNull().default('se'),
    label: text('label').notNull(),
    /** Which evaluations the source averaged over, in its own words ("all municipalities 2018–2021"). */
    scope: text('scope').notNull().default(''),
    areaCode: varchar('area_code', { length: 8 }),
    mean: numeric('mean', { precision: 7, scale: 2 }).notNull(),
    n: integer('n'),
    source: text('source').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('reference_averages_framework_idx').on(table.frameworkId),
    check('reference_averages_mean_check', sql`${table.mean} >= 0`),
    check('reference_averages_n_check', sql`${table.n} is null or ${table.n} >= 1`),
  ],
);

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });
const regconfig = customType<{ data: string; driverData: string }>({ dataType: () => 'regconfig' });

/**
 * The report search's passages: one row per written passage of a PUBLISHED evaluation (a strength,
 * an improvement opportunity, an area's introduction or analysis, a sub-area's analysis, a good
 * example, the summary comments), with its words for full-text search in the municipality's
 * language (parts of compound words are found through search_lexemes). Kept by the database itself: triggers
 * on the text tables and on the evaluation (status, municipality, summary) rewrite an
 * evaluation's rows whatever writes them (docs/decisions/0014-report-search.md). Never written by
 * the application.
 */
export const searchPassages = pgTable(
  'search_passages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    /** strength, improvement, area-analysis, subarea-analysis, good-example, summary (src/contract/search.ts). */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** The area (null for the summary); a sub-area analysis carries its area too. */
    areaCode: varchar('area_code', { length: 8 }),
    /** The sub-area of a sub-area analysis. */
    unitCode: varchar('unit_code', { length: 16 }),
    /**
     * Strengths, improvements, good examples: the passage's place among its kind in its area, from
     * 1 (non-empty items, as shown); an area's texts: 1 the introduction, 0 the analysis; else 0.
     * With kind, area and unit it gives the passage's fragment id (src/domain/text-anchors.ts).
     */
    position: integer('position').notNull().default(0),
    body: text('body').notNull(),
    config: regconfig('config').notNull(),
    tsv: tsvector('tsv').notNull(),
    /*
     * The evaluation's facts the search filters and counts by, copied onto each passage by the
     * triggers (and rewritten when the evaluation, its municipality or the municipality's groups
     * change), so matches are counted without joins: the framework, the year of the fieldwork
     * start (else of the report date) and that date, the evaluation's creation, the municipality,
     * its county and country, and its SKR group of the year nearest to the evaluation's.
     */
    frameworkId: text('framework_id'),
    year: integer('year'),
    dated: varchar('dated', { length: 10 }),
    createdAt: timestamp('created_at', { withTimezone: true }),
    municipalityId: text('municipality_id'),
    countyId: text('county_id'),
    country: text('country'),
    groupCode: varchar('group_code', { length: 8 }),
  },
  (table) => [
    index('search_passages_evaluation_idx').on(table.evaluationId, table.kind),
    index('search_passages_tsv_idx').using('gin', table.tsv),
  ],
);

/**
 * The report search's vocabulary: every stem (lexeme) any passage has had, added by a trigger on
 * search_passages whoever writes. A searched stem found inside longer stems (compounds: "dialog"
 * in "medborgardialog") becomes those stems, by this table's trigram index, and the passages are
 * then found by the tsvector's index. Stems no passage holds any longer stay: they match nothing.
 */
export const searchLexemes = pgTable(
  'search_lexemes',
  {
    lexeme: text('lexeme').primaryKey(),
  },
  (table) => [index('search_lexemes_trgm_idx').using('gin', table.lexeme.op('gin_trgm_ops'))],
);

/** A published evaluation's action plan, owned by its municipality (at most one per evaluation). */
export const actionPlans = pgTable(
  'action_plans',
  {
    evaluationId: uuid('evaluation_id')
      .primaryKey()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    visibility: varchar('visibility', { length: 16 }).$type<PlanVisibility>().notNull().default('municipality'),
    /** Whether the PDF and Word reports carry the plan as an annex. */
    includeInReport: boolean('include_in_report').notNull().default(false),
    /** When the municipality plans its follow-up evaluation: a year-month or a date. */
    nextFollowUp: varchar('next_follow_up', { length: 10 }),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('action_plans_visibility_check', sql`${table.visibility} in ('municipality','evaluators','public')`)],
);

/**
 * One action of a plan. An action answering an improvement opportunity of the report names it by
 * its area and its place in that area's list (`area_texts.improvements`, fixed once published),
 * with a copy of its text.
 */
export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => actionPlans.evaluationId, { onDelete: 'cascade' }),
    areaCode: varchar('area_code', { length: 8 }),
    unitCode: varchar('unit_code', { length: 16 }),
    improvementIndex: integer('improvement_index'),
    improvementText: text('improvement_text'),
    title: text('title').notNull(),
    /** Markdown. */
    description: text('description').notNull().default(''),
    /** The responsible person or unit. */
    responsible: text('responsible').notNull().default(''),
    /** ISO dates. */
    startDate: varchar('start_date', { length: 10 }),
    dueDate: varchar('due_date', { length: 10 }),
    status: varchar('status', { length: 16 }).$type<ActionStatus>().notNull().default('planned'),
    /** Why it was dropped (required when dropped). */
    statusReason: text('status_reason').notNull().default(''),
    progress: integer('progress').notNull().default(0),
    priority: varchar('priority', { length: 8 }).$type<ActionPriority>().notNull().default('medium'),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_actions_evaluation_idx').on(table.evaluationId, table.position),
    check('plan_actions_status_check', sql`${table.status} in ('planned','in_progress','done','dropped')`),
    check('plan_actions_priority_check', sql`${table.priority} in ('high','medium','low')`),
    check('plan_actions_progress_check', sql`${table.progress} between 0 and 100`),
    check('plan_actions_dropped_reason', sql`${table.status} <> 'dropped' or length(btrim(${table.statusReason})) > 0`),
    check('plan_actions_improvement_needs_area', sql`${table.improvementIndex} is null or ${table.areaCode} is not null`),
    check('plan_actions_unit_needs_area', sql`${table.unitCode} is null or ${table.areaCode} is not null`),
  ],
);

/** A dated note on an action's progress. */
export const planActionNotes = pgTable(
  'plan_action_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    /** ISO date the note speaks of. */
    notedOn: varchar('noted_on', { length: 10 }).notNull(),
    /** Markdown. */
    text: text('text').notNull(),
    /** The action's progress as of the note, when the note states one. */
    progress: integer('progress'),
    author: text('author').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_action_notes_action_idx').on(table.actionId, table.notedOn),
    check('plan_action_notes_progress_check', sql`${table.progress} is null or ${table.progress} between 0 and 100`),
  ],
);

/** Evidence of an action: a file (kept here, with the evidence files' limits) or a link. */
export const planActionEvidence = pgTable(
  'plan_action_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 8 }).$type<ActionEvidenceKind>().notNull(),
    title: text('title').notNull().default(''),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    sha256: char('sha256', { length: 64 }),
    content: bytea('content'),
    addedBy: text('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_action_evidence_action_idx').on(table.actionId),
    check(
      'plan_action_evidence_kind_check',
      sql`(${table.kind} = 'link' and ${table.url} is not null and ${table.content} is null) or (${table.kind} = 'file' and ${table.content} is not null and ${table.fileName} is not null and ${table.url} is null)`,
    ),
  ],
);

/** A follow-up's judgement of each improvement opportunity of its baseline evaluation. */
export const improvementReviews = pgTable(
  'improvement_reviews',
  {
    /** The follow-up evaluation. */
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    /** The baseline's area and the opportunity's place in its list. */
    areaCode: varchar('area_code', { length: 8 }).notNull(),
    improvementIndex: integer('improvement_index').notNull(),
    judgement: varchar('judgement', { length: 16 }).$type<ImprovementJudgement>().notNull(),
    /** Markdown. */
    comment: text('comment').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.areaCode, table.improvementIndex] }),
    check('improvement_reviews_judgement_check', sql`${table.judgement} in ('addressed','partly','not_addressed')`),
  ],
);

/**
 * A pre-visit question set for one model version, written in one language. Versions of one set
 * share `familyId` and count up in `versionNo`; a set used by a questionnaire is frozen (changes
 * make a new version), which the commands decide from `questionnaires`.
 */
export const questionSets = pgTable(
  'question_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    versionNo: integer('version_no').notNull().default(1),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    language: varchar('language', { length: 2 }).$type<QuestionSetLanguage>().notNull().default('sv'),
    title: text('title').notNull(),
    /** Markdown. */
    description: text('description').notNull().default(''),
    content: jsonb('content').$type<QuestionSetContent>().notNull(),
    /** A set written by Kompass as an example (the demo), not by the programme owner. */
    demo: boolean('demo').notNull().default(false),
    /** The optimistic version of the record (not the set's version number). */
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('question_sets_family_version_idx').on(table.familyId, table.versionNo),
    check('question_sets_language_check', sql`${table.language} in ('sv','nb','en')`),
  ],
);

/** The question set sent to an evaluation's municipality: one per evaluation. */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .unique()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    questionSetId: uuid('question_set_id')
      .notNull()
      .references(() => questionSets.id),
    /** ISO dates: answering opens on `opensOn`; `dueOn` is when the team expects it submitted. */
    opensOn: varchar('opens_on', { length: 10 }).notNull(),
    dueOn: varchar('due_on', { length: 10 }).notNull(),
    status: varchar('status', { length: 16 }).$type<QuestionnaireStatus>().notNull().default('open'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('questionnaires_set_idx').on(table.questionSetId),
    check('questionnaires_status_check', sql`${table.status} in ('open','submitted')`),
    check('questionnaires_dates_check', sql`${table.dueOn} >= ${table.opensOn}`),
  ],
);

/** The municipality's users who answer a questionnaire. */
export const questionnaireRespondents = pgTable(
  'questionnaire_respondents',
  {
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.questionnaireId, table.userId] }), index('questionnaire_respondents_user_idx').on(table.userId)],
);

/** One question's answer, versioned on its own so respondents working at once never lose a keystroke. */
export const questionnaireAnswers = pgTable(
  'questionnaire_answers',
  {
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    questionKey: varchar('question_key', { length: 32 }).notNull(),
    /** See AnswerValue in src/domain/question-set-values.ts. */
    value: jsonb('value'),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.questionnaireId, table.questionKey] })],
);

/** A document uploaded as (part of) a question's answer, with the evidence files' limits and checks. */
export const questionnaireFiles = pgTable(
  'questionnaire_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    questionKey: varchar('question_key', { length: 32 }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('questionnaire_files_question_idx').on(table.questionnaireId, table.questionKey)],
);

/**
 * Model versions authored in Kompass by the programme owner. A draft is edited freely; publishing
 * validates it, copies it into `frameworks` (so evaluations can reference it) and makes it part of
 * the catalogue. A published version never changes: changes make a new version.
 */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    /** The framework id it is published under ("kommunkompassen-2024"). */
    id: text('id').primaryKey(),
    /** The framework definition as authored (src/domain/framework.ts), criteria included. */
    definition: jsonb('definition').notNull(),
    /** The maps from this version to earlier ones (area and sub-area level, with their caveat). */
    maps: jsonb('maps').notNull().default(sql`'[]'::jsonb`),
    basedOn: text('based_on'),
    status: varchar('status', { length: 16 }).$type<'draft' | 'published'>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
  },
  (table) => [check('framework_versions_status_check', sql`${table.status} in ('draft','published')`)],
);

/** One evaluator's assessment of one criterion, before the pair agrees. */
export const criterionAssessments = pgTable(
  'criterion_assessments',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The sub-area the criterion belongs to. */
    unitCode: varchar('unit_code', { length: 16 }).notNull(),
    criterionCode: varchar('criterion_code', { length: 24 }).notNull(),
    /** "met", "partly", "not_met", a level code, or "na"; null when cleared. */
    value: varchar('value', { length: 24 }),
    /** Markdown. */
    note: text('note').notNull().default(''),
    /** Evidence items of the same evaluation the assessment rests on. */
    evidenceIds: uuid('evidence_ids').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.userId, table.criterionCode] }),
    index('criterion_assessments_unit_idx').on(table.evaluationId, table.unitCode),
  ],
);

/** The pair's agreed assessment of one criterion; the agreed sub-area score follows from these. */
export const agreedCriteria = pgTable(
  'agreed_criteria',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    unitCode: varchar('unit_code', { length: 16 }).notNull(),
    criterionCode: varchar('criterion_code', { length: 24 }).notNull(),
    value: varchar('value', { length: 24 }),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.criterionCode] }),
    index('agreed_criteria_unit_idx').on(table.evaluationId, table.unitCode),
  ],
);
