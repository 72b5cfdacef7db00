/**
 * Good-example references (another municipality and what to learn there). Each has its own id
 * and a version counter of its own; every change locks the evaluation, checks the version the
 * client read, and is audited with the old and the new reference.
 */
import type { Database, Executor } from '../../db/client.js';
import { findOutlineArea, goodExampleMunicipalityProblem, goodExampleSubareaProblem } from '../../domain/evaluation-texts.js';
import type { Catalogue } from '../../domain/framework.js';
import { invalid, notFound } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { findMunicipality } from '../municipalities/repository.js';
import { outlineOf } from './outline.js';
import { presentGoodExample } from './presenter.js';
import { deleteGoodExample, findGoodExample, insertGoodExample, updateGoodExample, type GoodExampleRow } from './repository.js';
import type { GoodExample, GoodExampleInput, UpdateGoodExampleInput } from '../../contract/texts.js';

interface LockedEvaluation {
  frameworkId: string;
  municipalityId: string;
}

type ExampleReference = Pick<UpdateGoodExampleInput, 'areaCode' | 'unitCode' | 'municipalityId'>;

/**
 * Refuses an area or sub-area the framework does not have (a sub-area must be one of its area's),
 * and a municipality that is unknown or the evaluated one. `previous` is the example as stored:
 * an older one without a municipality may stay so, but a named municipality is never removed.
 */
async function checkReference(tx: Executor, catalogue: Catalogue, evaluation: LockedEvaluation, input: ExampleReference, previous: GoodExample | null): Promise<void> {
  const outline = outlineOf(catalogue, evaluation.frameworkId);
  if (input.areaCode !== null && !findOutlineArea(outline, input.areaCode)) {
    const codes = outline.map((area) => area.code);
    throw invalid('body.areaCode', `"${input.areaCode}" is not an area of ${evaluation.frameworkId} (allowed: ${codes[0]} … ${codes[codes.length - 1]}, or null)`);
  }
  if (input.unitCode !== null) {
    const problem = goodExampleSubareaProblem(outline, input.areaCode, input.unitCode);
    if (problem) throw invalid('body.unitCode', problem);
  }
  if (input.municipalityId === null) {
    if (previous === null || previous.municipality !== null) throw invalid('body.municipalityId', 'must name the municipality the good example points to');
    return;
  }
  const known = (await findMunicipality(tx, input.municipalityId)) !== null;
  const problem = goodExampleMunicipalityProblem(input.municipalityId, evaluation.municipalityId, known);
  if (problem) throw invalid('body.municipalityId', problem);
}

async function requireGoodExample(tx: Executor, evaluationId: string, id: number): Promise<GoodExampleRow> {
  const row = await findGoodExample(tx, evaluationId, id);
  if (!row) throw notFound(`Good example ${id} of evaluation ${evaluationId}`);
  return row;
}

const valuesOf = (input: GoodExampleInput | UpdateGoodExampleInput) => ({ areaCode: input.areaCode, unitCode: input.unitCode, municipalityId: input.municipalityId, text: input.text });

export async function createGoodExample(db: Database, catalogue: Catalogue, evaluationId: string, input: GoodExampleInput, actor: string): Promise<GoodExample> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    write: async ({ tx, evaluation }) => {
      await checkReference(tx, catalogue, evaluation, input, null);
      const id = await insertGoodExample(tx, evaluationId, valuesOf(input));
      const saved = presentGoodExample(await requireGoodExample(tx, evaluationId, id));
      return { result: saved, audit: { actor, action: 'evaluation.good-example.create', entityType: 'evaluation', entityId: evaluationId, newValue: saved } };
    },
  });
}

/** The good example as it stands, and the check of the version the client read. */
async function readGoodExample(tx: Executor, evaluationId: string, id: number, sent: number) {
  const current = presentGoodExample(await requireGoodExample(tx, evaluationId, id));
  return { current, check: { what: `Good example ${id}`, sent, current: current.version, shown: current } };
}

export async function changeGoodExample(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  id: number,
  input: UpdateGoodExampleInput,
  actor: string,
): Promise<GoodExample> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: (tx) => readGoodExample(tx, evaluationId, id, input.version),
    write: async ({ tx, evaluation, current }) => {
      await checkReference(tx, catalogue, evaluation, input, current);
      // The evaluation row is locked, so the version cannot have moved since it was read.
      if (!(await updateGoodExample(tx, evaluationId, id, valuesOf(input), input.version))) throw new Error(`good example ${id} moved under a row lock`);
      const saved = presentGoodExample(await requireGoodExample(tx, evaluationId, id));
      return { result: saved, audit: { actor, action: 'evaluation.good-example.update', entityType: 'evaluation', entityId: evaluationId, oldValue: current, newValue: saved } };
    },
  });
}

export async function removeGoodExample(db: Database, evaluationId: string, id: number, version: number, actor: string): Promise<void> {
  await versionedWrite(db, {
    evaluation: evaluationId,
    read: (tx) => readGoodExample(tx, evaluationId, id, version),
    write: async ({ tx, current }) => {
      if (!(await deleteGoodExample(tx, evaluationId, id, version))) throw new Error(`good example ${id} moved under a row lock`);
      return { result: undefined, audit: { actor, action: 'evaluation.good-example.delete', entityType: 'evaluation', entityId: evaluationId, oldValue: current } };
    },
  });
}
