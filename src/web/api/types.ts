/**
 * Response types of the Kompass API, inferred from the server's zod schemas (`z.infer` in the
 * schema modules). Type-only imports: nothing from the server is bundled into the web app.
 */
import type { EvaluationDetail, EvaluationSummary } from '../../contract/evaluations.js';
import type { FrameworkDetail, FrameworkSummary } from '../../contract/frameworks.js';
import type { ImportJob, ImportJobDetail } from '../../contract/imports.js';
import type { MunicipalityDetail, MunicipalitySummary } from '../../contract/municipalities.js';
import type { Discrepancy, DiscrepancyKind, ImportNote, ParsedReport } from '../../import/types.js';
import type { UserView } from '../../contract/users.js';
import type { Role } from '../../domain/access.js';

export type { EvaluationDetail, EvaluationSummary, FrameworkDetail, FrameworkSummary, ImportJob, ImportJobDetail, MunicipalityDetail, MunicipalitySummary };
export type { Discrepancy, DiscrepancyKind, ImportNote, ParsedReport };
export type { Role, UserView as User };

export type EvaluationArea = EvaluationDetail['areas'][number];
export type EvaluationSubarea = EvaluationArea['subareas'][number];
export type FigureDifference = EvaluationDetail['differences'][number];
export type PublishedFigures = NonNullable<EvaluationDetail['published']>;
export type FrameworkArea = FrameworkDetail['areas'][number];
export type AreaMap = FrameworkDetail['areaMaps'][number];
export type GoodExample = EvaluationArea['goodExamples'][number];
export type ImportReport = NonNullable<EvaluationDetail['importReport']>;
export type ImportJobSummary = NonNullable<ImportJob['summary']>;

/** Lists answer with the page of items and how many match in all. */
export interface ListResponse<T> {
  items: T[];
  total: number;
}

export type EvaluationList = ListResponse<EvaluationSummary>;
export type MunicipalityList = ListResponse<MunicipalitySummary>;
export type ImportJobList = ListResponse<ImportJob>;
export interface FrameworkList {
  items: FrameworkSummary[];
}

/** Who is signed in (null for the public), and the token every change must send. */
export interface Session {
  user: UserView | null;
  csrfToken: string | null;
  expiresAt: string | null;
  /** The sign-in page then lists the demo accounts. */
  demoMode: boolean;
}

/** A one-time link for choosing a password; shown once. */
export interface PasswordLink {
  url: string;
  expiresAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  municipalityCode?: string;
}

export interface UserChange {
  version: number;
  role?: Role;
  municipalityCode?: string | null;
  disabled?: boolean;
}

/** An evaluator account assigned to an evaluation. */
export interface AssignedEvaluator {
  id: string;
  name: string;
  /** Only for signed-in users. */
  email: string | null;
  organisation: string;
  assignedAt: string;
}

/** One entry of the audit log; the values are whatever JSON the change recorded. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
}
