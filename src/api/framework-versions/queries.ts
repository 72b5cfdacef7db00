/**
 * Reads of the model versions for authoring: the shipped ones (from the catalogue, read as drafts)
 * and the authored ones (drafts and published), with their use and, for drafts, their problems.
 */
import type { Database, Executor } from '../../db/client.js';
import type { FrameworkVersionSummary, FrameworkVersionView } from '../../contract/framework-versions.js';
import type { FrameworkProblem } from '../../domain/framework-draft.js';
import { draftOfFramework, draftOfMap } from '../../domain/framework-draft-convert.js';
import { frameworkProblems } from '../../domain/framework-problems.js';
import type { Catalogue, Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentVersion, presentVersionSummary, type VersionSource } from './presenter.js';
import { countEvaluationsByFramework, findVersionRow, listVersionIds, listVersionRows, type FrameworkVersionRecord } from './repository.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** A version of the catalogue that was not authored here, as a source. */
export function shippedSource(catalogue: Catalogue, id: string): VersionSource | null {
  const framework = catalogue.frameworks.get(id);
  if (!framework) return null;
  return { definition: draftOfFramework(framework), maps: catalogue.areaMaps.filter((map) => map.from === id).map(draftOfMap), row: null };
}

export const rowSource = (row: FrameworkVersionRecord): VersionSource => ({ definition: row.definition, maps: row.maps, row });

/** What keeps a draft from being published, against the other versions ([] for published ones). */
export async function problemsOf(executor: Executor, catalogue: Catalogue, row: FrameworkVersionRecord): Promise<FrameworkProblem[]> {
  if (row.status === 'published') return [];
  const authoredIds = await listVersionIds(executor);
  const takenIds = new Set([...catalogue.frameworks.keys(), ...authoredIds.filter((id) => id !== row.id)]);
  return frameworkProblems(row.definition, row.maps, { takenIds, targets: catalogue.frameworks });
}

export async function listFrameworkVersions(db: Database, catalogue: Catalogue, language: Language): Promise<{ items: FrameworkVersionSummary[] }> {
  const [rows, usedBy] = await db.transaction(async (tx) => Promise.all([listVersionRows(tx), countEvaluationsByFramework(tx)]), SNAPSHOT);
  const authored = new Set(rows.map((row) => row.id));
  const shipped = [...catalogue.frameworks.keys()]
    .filter((id) => !authored.has(id))
    .map((id) => shippedSource(catalogue, id)!)
    .sort((a, b) => b.definition.usedFrom - a.definition.usedFrom);
  const sources = [...rows.map(rowSource).reverse(), ...shipped];
  return { items: sources.map((source) => presentVersionSummary(source, usedBy.get(source.definition.id) ?? 0, language)) };
}

/** The version as a source (authored row first, then the catalogue), or 404. */
export async function requireVersionSource(executor: Executor, catalogue: Catalogue, id: string): Promise<VersionSource> {
  const row = await findVersionRow(executor, id);
  if (row) return rowSource(row);
  const shipped = shippedSource(catalogue, id);
  if (!shipped) throw notFound(`Model version ${id}`);
  return shipped;
}

/** The version as the API shows it, read inside `executor` (a transaction of a command, or a snapshot). */
export async function presentedVersion(executor: Executor, catalogue: Catalogue, id: string, language: Language): Promise<FrameworkVersionView> {
  const source = await requireVersionSource(executor, catalogue, id);
  const usedBy = (await countEvaluationsByFramework(executor)).get(id) ?? 0;
  const problems = source.row ? await problemsOf(executor, catalogue, source.row) : [];
  return presentVersion(source, usedBy, problems, language);
}

export async function loadFrameworkVersion(db: Database, catalogue: Catalogue, id: string, language: Language): Promise<FrameworkVersionView> {
  return db.transaction((tx) => presentedVersion(tx, catalogue, id, language), SNAPSHOT);
}
