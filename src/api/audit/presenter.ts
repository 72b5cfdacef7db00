import type { AuditEntry } from '../../contract/audit.js';
import type { AuditListing } from '../../db/audit-repository.js';
import { describeChange, diffValues, type JsonValue } from '../../domain/value-diff.js';

/** An audit entry (or burst) as the API answers it: the values in full and what changed between them. */
export function presentAuditEntry(entry: AuditListing): AuditEntry {
  const before = entry.oldValue as JsonValue | null;
  const after = entry.newValue as JsonValue | null;
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    oldValue: before,
    newValue: after,
    saves: entry.saves,
    lastAt: entry.lastAt.toISOString(),
    changes: before === null || after === null ? null : describeChange(before, diffValues(before, after)),
  };
}
