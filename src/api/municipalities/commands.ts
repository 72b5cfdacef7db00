/**
 * Writes to municipality facts: an administrator's import of population and SKR groups
 * (`kompass municipalities import`), stored and audited in one transaction.
 */
import type { Database } from '../../db/client.js';
import { upsertMunicipalityAttributes, type AttributeRow } from '../../db/municipality-attributes.js';
import { versionedWrite } from '../../kernel/versioned-write.js';

/** Stores the rows (a year's figure is replaced) and audits the import under `source` (the file). */
export async function importMunicipalityAttributes(
  db: Database,
  rows: readonly AttributeRow[],
  source: string,
  actor: string,
): Promise<{ populations: number; groups: number }> {
  return versionedWrite(db, {
    write: async ({ tx }) => {
      const result = await upsertMunicipalityAttributes(tx, rows);
      return { result, audit: { actor, action: 'municipalities.import', entityType: 'municipality-attributes', entityId: source, newValue: { rows: rows.length, ...result } } };
    },
  });
}
