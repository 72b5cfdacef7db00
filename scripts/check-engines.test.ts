import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConflicts, findEngineConflicts } from './check-engines.js';

const root = join(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

const lock = (packages: Record<string, object>) => ({ packages: { '': { dependencies: { parent: '^1.0.0' } }, ...packages } });

describe('engine check (npm run lint)', () => {
  it('flags a package that needs a newer Node than the supported range, naming who needs it', () => {
    const conflicts = findEngineConflicts(
      lock({
        'node_modules/parent': { version: '1.2.0', engines: { node: '>=18' }, dependencies: { cookie: '^2.0.0' } },
        'node_modules/parent/node_modules/cookie': { version: '2.0.2', engines: { node: '>=22' } },
        // Finds its own cookie first, so it does not need the one above.
        'node_modules/router': { version: '7.0.0', dependencies: { cookie: '^1.0.0' } },
        'node_modules/router/node_modules/cookie': { version: '1.1.1', engines: { node: '>=18' } },
        'node_modules/router/node_modules/helper': { version: '1.0.0', dependencies: { cookie: '^1.0.0' } },
      }),
      '^20.19.0 || >=22.12.0',
    );
    expect(conflicts).toEqual([
      { path: 'node_modules/parent/node_modules/cookie', name: 'cookie', version: '2.0.2', requires: '>=22', neededBy: ['parent@1.2.0'] },
    ]);
    expect(describeConflicts(conflicts, '^20.19.0 || >=22.12.0')).toContain('cookie@2.0.2 needs Node >=22 (needed by parent@1.2.0)');
  });

  it('flags a gap inside the range, not only its lower end', () => {
    const packages = { 'node_modules/glob': { version: '14.0.6', engines: { node: '20 || >=22' } } };
    expect(findEngineConflicts(lock(packages), '>=20.19')).toHaveLength(1);
    expect(findEngineConflicts(lock(packages), '^20.19.0 || >=22.12.0')).toEqual([]);
  });

  it('accepts packages without engines and leaves out optional ones, which npm skips where they do not fit', () => {
    const packages = {
      'node_modules/plain': { version: '1.0.0' },
      'node_modules/extra-linux-x64': { version: '1.5.1', optional: true, engines: { node: '^22.20 || >=25' } },
    };
    expect(findEngineConflicts(lock(packages), '^20.19.0')).toEqual([]);
  });

  it('finds no conflict in the project: every installed package supports what package.json states', () => {
    const supported = readJson('package.json').engines.node as string;
    const conflicts = findEngineConflicts(readJson('package-lock.json'), supported);
    expect(conflicts, describeConflicts(conflicts, supported)).toEqual([]);
  });

  it('the README states the same Node range as package.json', () => {
    const supported = readJson('package.json').engines.node as string;
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`${supported}\``);
  });
});
