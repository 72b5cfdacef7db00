import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'kompass-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', projectPath('src', 'cli', 'main.ts'), ...args], {
    cwd: projectPath(),
    env: { ...process.env, KOMPASS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('kompass CLI', () => {
  it('migrates, loads the demo once, and imports municipality attributes from Swedish CSV', { timeout: 120_000 }, () => {
    expect(kompass('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('Database is up to date (pglite)') });
    expect(kompass('demo').out).toContain('Demo data present: 5 evaluations.');
    expect(kompass('demo').out).toContain('Demo data present: 5 evaluations.');
    const file = join(dir, 'befolkning.csv');
    writeFileSync(file, 'Kommunkod;År;Folkmängd;Kommungrupp\n2284;2023;56 000;B5\n2029;2023;15 900;C8\n');
    expect(kompass('municipalities', 'import', file)).toMatchObject({
      code: 0,
      out: expect.stringContaining('imported 2 population figure(s) and 2 SKR group(s) for 2 municipalities'),
    });
  });

  it('imports nothing from a file with a bad row and lists the problems', () => {
    const file = join(dir, 'fel.csv');
    writeFileSync(file, 'kommunkod;år;folkmängd\n2284;2023;56000\n9999;2023;12\n');
    const result = kompass('municipalities', 'import', file);
    expect(result.code).toBe(2);
    expect(result.out).toContain('nothing imported, 1 problem(s)');
    expect(result.out).toContain('line 3: "9999" is not a known SCB municipality code');
  });

  it('explains its usage for unknown commands and missing files', () => {
    expect(kompass('frobnicate')).toMatchObject({ code: 2, out: expect.stringContaining('Unknown command "frobnicate"') });
    expect(kompass('municipalities', 'import', join(dir, 'missing.csv'))).toMatchObject({ code: 2, out: expect.stringContaining('Cannot read') });
    expect(kompass('help').out).toContain('Usage: kompass <command>');
  });
});
