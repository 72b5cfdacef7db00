import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { ImportError } from '../../import/import-error.js';
import { readSeed, SEEDS_AVAILABLE } from '../../import/fixtures/build-fixtures.js';
import { listEvaluations } from '../evaluations/repository.js';
import { importDocumentBytes } from './run-import.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

describe.skipIf(!SEEDS_AVAILABLE)('importDocumentBytes', () => {
  it('saves nothing of a document when one of its evaluations cannot be stored', async () => {
    // Without the 2010 model the annex is read as 2016-model areas, which cannot be stored; the
    // 2017 evaluation, saved first in the same transaction, must be rolled back with them.
    const frameworks = new Map(world.context.catalogue.frameworks);
    frameworks.delete('kommunkompassen-2010');
    const context = { db: world.context.database.db, catalogue: { ...world.context.catalogue, frameworks }, municipalities: world.context.municipalities };
    const bytes = new TextEncoder().encode(readSeed('ornskoldsvik-2017.txt'));
    const stages: string[] = [];
    const failure = await importDocumentBytes(bytes, 'ovik.txt', context, 'test', { onStage: (stage) => void stages.push(stage) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).message).toMatch(/^ovik\.txt: has scores Kompass cannot store/);
    expect(stages).toEqual(['extracting', 'parsing', 'saving']);
    const { total } = await listEvaluations(world.context.database.db, { municipality: 'se-2284', limit: 10, offset: 0 }, { kind: 'all' });
    expect(total).toBe(0);
  });
});
