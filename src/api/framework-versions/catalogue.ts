import { addVersionToCatalogue } from '../../catalogue/add-version.js';
import type { Executor } from '../../db/client.js';
import { writeFrameworkRows } from '../../db/sync-reference.js';
import { areaMapOfDraft, frameworkOfDraft } from '../../domain/framework-draft-convert.js';
import type { Catalogue } from '../../domain/framework.js';
import { listPublishedVersionRows } from './repository.js';

/**
 * At start: adds every version published in Kompass to the catalogue (in the order they were
 * published), and makes sure each has its `frameworks` row. A stored version that no longer reads
 * as a framework stops the start, naming it: evaluations on it could not be shown.
 */
export async function addPublishedVersions(executor: Executor, catalogue: Catalogue): Promise<void> {
  const rows = await listPublishedVersionRows(executor);
  const added = rows.map((row) => {
    try {
      const framework = frameworkOfDraft(row.definition);
      addVersionToCatalogue(catalogue, framework, row.maps.map(areaMapOfDraft));
      return framework;
    } catch (error) {
      throw new Error(`The published model version ${row.id} (framework_versions) cannot be read as a framework: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  // Published rows write their frameworks row when published; this repairs one restored without it.
  await writeFrameworkRows(executor, added, 'authored');
}
