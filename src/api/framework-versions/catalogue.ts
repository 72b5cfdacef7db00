import { addVersionToCatalogue } from '../../catalogue/add-version.js';
import type { Executor } from '../../db/client.js';
import { writeFrameworkRows } from '../../db/sync-reference.js';
import { areaMapOfDraft, frameworkOfDraft } from '../../domain/framework-draft-convert.js';
import type { Catalogue, Framework } from '../../domain/framework.js';
import { listPublishedVersionIds, listPublishedVersionRows, type FrameworkVersionRecord } from './repository.js';

/**
 * At start: adds every version published in Kompass to the catalogue (in the order they were
 * published), and makes sure each has its `frameworks` row. A stored version that no longer reads
 * as a framework stops the start, naming it: evaluations on it could not be shown.
 */
export async function addPublishedVersions(executor: Executor, catalogue: Catalogue): Promise<void> {
  const added = (await listPublishedVersionRows(executor)).map((row) => addRow(catalogue, row));
  // Published rows write their frameworks row when published; this repairs one restored without it.
  await writeFrameworkRows(executor, added, 'authored');
}

/**
 * Adds the versions published since this process read them (by another process on the same
 * PostgreSQL database), in the order they were published. One light query when there are none.
 */
export async function addNewlyPublishedVersions(executor: Executor, catalogue: Catalogue): Promise<void> {
  const ids = await listPublishedVersionIds(executor);
  if (ids.every((id) => catalogue.frameworks.has(id))) return;
  for (const row of await listPublishedVersionRows(executor)) {
    if (!catalogue.frameworks.has(row.id)) addRow(catalogue, row);
  }
}

function addRow(catalogue: Catalogue, row: FrameworkVersionRecord): Framework {
  try {
    const framework = frameworkOfDraft(row.definition);
    addVersionToCatalogue(catalogue, framework, row.maps.map(areaMapOfDraft));
    return framework;
  } catch (error) {
    throw new Error(`The published model version ${row.id} (framework_versions) cannot be read as a framework: ${error instanceof Error ? error.message : String(error)}`);
  }
}
