/**
 * Response and request types of the Kompass API, from the contract (src/contract). Type-only
 * imports: the web app bundles no server code.
 */
import type { AuditEntry, AuditList } from '../../contract/audit.js';
import type { AssignedEvaluator, EvaluationDetail, EvaluationList, EvaluationSummary } from '../../contract/evaluations.js';
import type { FrameworkDetail, FrameworkList, FrameworkSummary } from '../../contract/frameworks.js';
import type { ImportJob, ImportJobDetail, ImportJobList } from '../../contract/imports.js';
import type { MunicipalityDetail, MunicipalityList, MunicipalitySummary } from '../../contract/municipalities.js';
import type { Session } from '../../contract/session.js';
import type { NewUser, PasswordLink, UserChange, UserView } from '../../contract/users.js';
import type { Discrepancy, DiscrepancyKind, ImportNote, ParsedReport } from '../../import/types.js';
import type { Role } from '../../domain/access.js';

export type { EvaluationDetail, EvaluationSummary, FrameworkDetail, FrameworkSummary, ImportJob, ImportJobDetail, MunicipalityDetail, MunicipalitySummary };
export type { EvaluationList, MunicipalityList, ImportJobList, FrameworkList, AuditList };
export type { Session, PasswordLink, NewUser, UserChange, AssignedEvaluator, AuditEntry };
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
