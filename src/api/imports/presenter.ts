import { legacyMunicipalityId, municipalityIdParts } from '../../domain/municipality.js';
import { parseArchiveKey } from '../../domain/archive-key.js';
import type { ParsedReport } from '../../import/types.js';
import type { ImportJobRecord } from './job-repository.js';
import type { ImportJob, ImportJobDetail } from '../../contract/imports.js';

/**
 * The municipality a stored parse found. Parses stored before municipalities had ids name a
 * Swedish municipality by its bare code only.
 */
function municipalityOf(found: { id?: string; code: string; name: string }) {
  return { ...municipalityIdParts(found.id ?? legacyMunicipalityId(found.code) ?? found.code), name: found.name };
}

export function presentImportJob(job: ImportJobRecord): ImportJob {
  const report = job.result as ParsedReport | null;
  return {
    id: job.id,
    fileName: job.fileName,
    sizeBytes: job.sizeBytes,
    status: job.status as ImportJob['status'],
    stage: job.stage,
    progress: job.progress,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: (job.error as ImportJob['error']) ?? null,
    evaluationIds: job.evaluations.map((evaluation) => evaluation.id),
    evaluations: job.evaluations.map((evaluation) => ({ id: evaluation.id, ...parseArchiveKey(evaluation.archiveKey), created: evaluation.created })),
    summary: report
      ? {
          municipality: report.municipality ? municipalityOf(report.municipality) : null,
          framework: report.framework,
          statedTotal: report.statedTotal,
          derivedTotal: report.derivedTotal,
          discrepancyCount: report.discrepancies.length,
        }
      : null,
  };
}

export function presentImportJobDetail(job: ImportJobRecord): ImportJobDetail {
  return { ...presentImportJob(job), report: job.result ?? null };
}
