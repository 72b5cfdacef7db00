/**
 * Writes to the model versions being authored (administrators): create from a base version, save
 * a draft, delete a draft, publish. Each runs through versionedWrite with no evaluation, holding
 * the version's row, and is audited as `framework.version.*`. A published version (and a shipped
 * one) never changes: 409 `framework_published`. Publishing refuses a draft with problems (409
 * `framework_invalid`, each problem in the details), writes the `frameworks` row evaluations point
 * to and adds the version to this process's catalogue.
 */
import { addVersionToCatalogue } from '../../catalogue/add-version.js';
import type { Database, Executor } from '../../db/client.js';
import { writeFrameworkRows } from '../../db/sync-reference.js';
import type { CreateFrameworkVersionInput, FrameworkVersionView } from '../../contract/framework-versions.js';
import { createFrameworkVersionSchema } from '../../contract/framework-versions.js';
import type { DraftFramework, DraftMap, FrameworkProblem } from '../../domain/framework-draft.js';
import { draftFromBase } from '../../domain/framework-new-version.js';
import { areaMapOfDraft, frameworkOfDraft, normaliseDraft, normaliseMap } from '../../domain/framework-draft-convert.js';
import { describeProblem } from '../../domain/framework-problems.js';
import type { Catalogue } from '../../domain/framework.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { presentedVersion, problemsOf, requireVersionSource } from './queries.js';
import { deleteVersionRow, findVersionRow, insertVersionRow, lockVersionRow, markVersionPublished, updateVersionRow, type FrameworkVersionRecord } from './repository.js';

const ENTITY = 'framework-version';
const ACTION = 'framework.version';

/** What the audit log keeps of a version. */
const audited = (row: Pick<FrameworkVersionRecord, 'definition' | 'maps' | 'basedOn' | 'status'>) => ({ status: row.status, basedOn: row.basedOn, definition: row.definition, maps: row.maps });

/** The year it is now in Sweden (a new version is used from it). */
const currentYear = (): number => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));

const published = (id: string) => new AppError('framework_published', `Model version ${id} is published and never changes: make a new version from it`);

/** The draft's row, locked; 409 for a published or shipped version, 404 for an unknown one. */
async function lockDraft(tx: Executor, catalogue: Catalogue, id: string): Promise<FrameworkVersionRecord> {
  const row = await lockVersionRow(tx, id);
  if (!row) {
    if (catalogue.frameworks.has(id)) throw published(id);
    throw notFound(`Model version ${id}`);
  }
  if (row.status === 'published') throw published(id);
  return row;
}

/** 409 framework_exists when a version (shipped or authored) already has the id. */
async function refuseTaken(tx: Executor, catalogue: Catalogue, id: string): Promise<void> {
  if (catalogue.frameworks.has(id) || (await findVersionRow(tx, id))) {
    throw new AppError('framework_exists', `A model version with the id ${id} already exists: choose another id`, [{ field: 'id', message: 'is taken by another model version' }]);
  }
}

async function insertDraft(
  tx: Executor,
  catalogue: Catalogue,
  values: { definition: DraftFramework; maps: DraftMap[] },
  actor: string,
): Promise<FrameworkVersionRecord> {
  const definition = normaliseDraft(values.definition);
  await refuseTaken(tx, catalogue, definition.id);
  const row = await insertVersionRow(tx, { id: definition.id, definition, maps: values.maps.map(normaliseMap), basedOn: definition.basedOn ?? null, createdBy: actor });
  // Another request wrote the same id between the check and the insert.
  if (!row) await refuseTaken(tx, catalogue, definition.id);
  return row!;
}

/** Makes a new draft from a version (shipped or authored, draft or published). */
export async function createFrameworkVersion(db: Database, catalogue: Catalogue, input: CreateFrameworkVersionInput, actor: string): Promise<FrameworkVersionView> {
  const { basedOn, id, title } = createFrameworkVersionSchema.parse(input);
  return versionedWrite(db, {
    read: async (tx) => {
      const base = await requireVersionSource(tx, catalogue, basedOn).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'not_found') {
          throw new AppError('validation', `Invalid input: basedOn: unknown model version "${basedOn}"`, [{ field: 'body.basedOn', message: `is no model version Kompass knows ("${basedOn}")` }]);
        }
        throw error;
      });
      return { current: base };
    },
    write: async ({ tx, current: base }) => {
      const draft = draftFromBase({ definition: base.definition, maps: base.maps, authored: base.row !== null }, { id, title, year: currentYear() });
      const row = await insertDraft(tx, catalogue, draft, actor);
      return {
        result: await presentedVersion(tx, catalogue, row.id, 'sv'),
        audit: { actor, action: `${ACTION}.create`, entityType: ENTITY, entityId: row.id, newValue: { ...audited(row), copiedFrom: basedOn } },
      };
    },
  });
}

/** Writes a draft read from a file as a new draft (its id must be free). */
export async function importNewFrameworkVersion(db: Database, catalogue: Catalogue, values: { definition: DraftFramework; maps: DraftMap[] }, actor: string): Promise<FrameworkVersionView> {
  return versionedWrite(db, {
    write: async ({ tx }) => {
      const row = await insertDraft(tx, catalogue, values, actor);
      return {
        result: await presentedVersion(tx, catalogue, row.id, 'sv'),
        audit: { actor, action: `${ACTION}.import`, entityType: ENTITY, entityId: row.id, newValue: audited(row) },
      };
    },
  });
}

/**
 * Replaces a draft's definition and maps (any draft-shaped content: its problems are listed, not
 * refused); `version` is the version last read; the definition keeps the draft's id.
 */
export async function saveFrameworkVersion(
  db: Database,
  catalogue: Catalogue,
  id: string,
  input: { version: number; definition: DraftFramework; maps: DraftMap[] },
  actor: string,
  options: { action?: string; idField?: string } = {},
): Promise<FrameworkVersionView> {
  if (input.definition.id !== id) {
    const field = options.idField ?? 'body.definition.id';
    throw new AppError('validation', `Invalid input: ${field}: must be the draft's id (${id}); a new id makes a new version`, [{ field, message: `must be ${id}` }]);
  }
  return versionedWrite(db, {
    read: async (tx) => {
      const row = await lockDraft(tx, catalogue, id);
      return { current: row, check: { what: `Model version ${id}`, sent: input.version, current: row.version, shown: await presentedVersion(tx, catalogue, id, 'sv') } };
    },
    write: async ({ tx, current }) => {
      const definition = normaliseDraft(input.definition);
      const row = await updateVersionRow(tx, id, { definition, maps: input.maps.map(normaliseMap), basedOn: definition.basedOn ?? null });
      return {
        result: await presentedVersion(tx, catalogue, id, 'sv'),
        audit: { actor, action: options.action ?? `${ACTION}.update`, entityType: ENTITY, entityId: id, subject: 'content', oldValue: audited(current), newValue: audited(row) },
      };
    },
  });
}

/** Removes a draft; `version` is the version last read. */
export async function deleteFrameworkVersion(db: Database, catalogue: Catalogue, id: string, version: number, actor: string): Promise<void> {
  await versionedWrite(db, {
    read: async (tx) => {
      const row = await lockDraft(tx, catalogue, id);
      return { current: row, check: { what: `Model version ${id}`, sent: version, current: row.version, shown: await presentedVersion(tx, catalogue, id, 'sv') } };
    },
    write: async ({ tx, current }) => {
      await deleteVersionRow(tx, id);
      return { result: undefined, audit: { actor, action: `${ACTION}.delete`, entityType: ENTITY, entityId: id, oldValue: audited(current) } };
    },
  });
}

/** 409 framework_invalid naming every problem (details in English, `problems` for the web). */
function invalidDraft(id: string, problems: readonly FrameworkProblem[]): AppError {
  const details = problems.map((problem) => ({ field: problem.path, message: describeProblem(problem) }));
  const shown = details.slice(0, 5).map((detail) => `${detail.field}: ${detail.message}`);
  return new AppError(
    'framework_invalid',
    `Model version ${id} cannot be published: ${shown.join('; ')}${details.length > 5 ? ` (and ${details.length - 5} more)` : ''}`,
    details,
    { problems },
  );
}

/**
 * Publishes a draft without problems: from then on it never changes, its `frameworks` row exists
 * and the live catalogue has it (and its maps), so evaluations can be made on it.
 */
export async function publishFrameworkVersion(db: Database, catalogue: Catalogue, id: string, version: number, actor: string): Promise<FrameworkVersionView> {
  const { view, framework, maps } = await versionedWrite(db, {
    read: async (tx) => {
      const row = await lockDraft(tx, catalogue, id);
      return {
        current: row,
        check: { what: `Model version ${id}`, sent: version, current: row.version, shown: await presentedVersion(tx, catalogue, id, 'sv') },
      };
    },
    write: async ({ tx, current }) => {
      const problems = await problemsOf(tx, catalogue, current);
      if (problems.length > 0) throw invalidDraft(id, problems);
      const framework = frameworkOfDraft(current.definition);
      const maps = current.maps.map(areaMapOfDraft);
      await writeFrameworkRows(tx, [framework], 'authored');
      const row = await markVersionPublished(tx, id, actor);
      const view = await presentedVersion(tx, catalogue, id, 'sv');
      return {
        result: { view, framework, maps },
        audit: { actor, action: `${ACTION}.publish`, entityType: ENTITY, entityId: id, oldValue: { status: current.status }, newValue: audited(row) },
      };
    },
  });
  // After the commit: readers in this process see the version from now on.
  addVersionToCatalogue(catalogue, framework, maps);
  return view;
}
