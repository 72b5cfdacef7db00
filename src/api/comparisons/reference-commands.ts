/** Storing, changing and removing reference averages: validated against the catalogue, versioned, audited. */
import type { Database } from '../../db/client.js';
import { formatDecimal, numberToHundredths, parseDecimal } from '../../domain/decimal.js';
import { frameworkMax, type Catalogue } from '../../domain/framework.js';
import type { Executor } from '../../db/client.js';
import { invalid, notFound } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { deleteReferenceAverage, findReferenceAverage, insertReferenceAverage, updateReferenceAverage, type ReferenceAverageRecord } from './reference-repository.js';
import type { CreateReferenceAverageInput, ReferenceAverage, UpdateReferenceAverageInput } from '../../contract/comparisons.js';

/** What leaves the server: the stored row with its mean as an exact decimal string. */
export const presentReferenceAverage = (row: ReferenceAverageRecord): ReferenceAverage => ({
  id: row.id,
  frameworkId: row.frameworkId,
  country: row.country,
  label: row.label,
  scope: row.scope,
  areaCode: row.areaCode,
  mean: formatDecimal(parseDecimal(row.mean) ?? 0),
  n: row.n,
  source: row.source,
  publishedOn: row.publishedOn,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  version: row.version,
});

/** The stored fields of a reference figure, after checking its framework, area and that the mean fits the maximum. */
function checkedFields(catalogue: Catalogue, input: CreateReferenceAverageInput) {
  const framework = catalogue.frameworks.get(input.frameworkId);
  if (!framework) throw invalid('body.frameworkId', `unknown framework "${input.frameworkId}"`);
  const area = input.areaCode === null ? null : framework.areas.find((candidate) => candidate.code === input.areaCode);
  if (area === undefined) throw invalid('body.areaCode', `${input.frameworkId} has no area ${input.areaCode}`);
  const mean = typeof input.mean === 'number' ? numberToHundredths(input.mean) : parseDecimal(input.mean);
  if (mean === null) throw invalid('body.mean', 'must be a non-negative number of points with at most two decimals');
  const max = (area ? area.max : frameworkMax(framework)) * 100;
  if (mean > max) throw invalid('body.mean', `must be at most ${max / 100} points`);
  return {
    frameworkId: input.frameworkId,
    country: input.country,
    label: input.label,
    scope: input.scope,
    areaCode: input.areaCode,
    mean: formatDecimal(mean),
    n: input.n,
    source: input.source,
    publishedOn: input.publishedOn,
  };
}

/** Stores one reference figure (see checkedFields). */
export async function createReferenceAverage(db: Database, catalogue: Catalogue, input: CreateReferenceAverageInput, actor: string): Promise<ReferenceAverage> {
  const fields = checkedFields(catalogue, input);
  return versionedWrite(db, {
    write: async ({ tx }) => {
      const row = await insertReferenceAverage(tx, { ...fields, createdBy: actor });
      const presented = presentReferenceAverage(row);
      return { result: presented, audit: { actor, action: 'reference-average.create', entityType: 'reference-average', entityId: String(row.id), newValue: presented } };
    },
  });
}

/** The figure as it stands, and the check of the version the client read. */
async function readReferenceAverage(tx: Executor, id: number, sent: number) {
  const row = await findReferenceAverage(tx, id);
  if (!row) throw notFound(`Reference average ${id}`);
  const current = presentReferenceAverage(row);
  return { current, check: { what: `Reference average ${id}`, sent, current: row.version, shown: current } };
}

/**
 * Replaces a reference figure if it is still at the version the client read (409 with the
 * current figure otherwise), checked as when it was stored; the audit keeps both versions.
 */
export async function changeReferenceAverage(db: Database, catalogue: Catalogue, id: number, input: UpdateReferenceAverageInput, actor: string): Promise<ReferenceAverage> {
  const { version, ...rest } = input;
  const fields = checkedFields(catalogue, rest);
  return versionedWrite(db, {
    read: (tx) => readReferenceAverage(tx, id, version),
    write: async ({ tx, current }) => {
      const updated = await updateReferenceAverage(tx, id, version, fields);
      if (!updated) throw new Error(`reference average ${id} moved under a row lock`);
      const presented = presentReferenceAverage(updated);
      return { result: presented, audit: { actor, action: 'reference-average.update', entityType: 'reference-average', entityId: String(id), oldValue: current, newValue: presented } };
    },
  });
}

/** Removes a reference figure if it is still at the version the client read (409 otherwise). */
export async function removeReferenceAverage(db: Database, id: number, version: number, actor: string): Promise<void> {
  await versionedWrite(db, {
    read: (tx) => readReferenceAverage(tx, id, version),
    write: async ({ tx, current }) => {
      if (!(await deleteReferenceAverage(tx, id, version))) throw new Error(`reference average ${id} moved under a row lock`);
      return { result: undefined, audit: { actor, action: 'reference-average.delete', entityType: 'reference-average', entityId: String(id), oldValue: current } };
    },
  });
}
