import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../src/paths.js';
import { usePasswordLink } from '../src/auth/password-links.js';
import { openPglite } from '../src/db/client.js';
import { insertImportJob } from '../src/api/imports/job-repository.js';
import { docxBomb } from '../src/import/fixtures/bombs.js';

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
    // Bare codes are read as the given country's; without --country they are refused (an id says its country).
    expect(kompass('municipalities', 'import', file).out).toContain('bare codes need the file\'s country');
    expect(kompass('municipalities', 'import', '--country', 'se', file)).toMatchObject({
      code: 0,
      out: expect.stringContaining('imported 2 population figure(s) and 2 SKR group(s) for 2 municipalities'),
    });
  });

  it('imports nothing from a file with a bad row and lists the problems', () => {
    const file = join(dir, 'fel.csv');
    writeFileSync(file, 'kommunkod;år;folkmängd\n2284;2023;56000\n9999;2023;12\n');
    const result = kompass('municipalities', 'import', '--country', 'se', file);
    expect(result.code).toBe(2);
    expect(result.out).toContain('nothing imported, 1 problem(s)');
    expect(result.out).toContain('line 3: "9999" is not a known municipality (se-9999)');
  });

  it('creates the first admin and prints one-time password links that work', { timeout: 60_000 }, async () => {
    const added = kompass('user', 'add', '--role', 'admin', '--email', 'Chef@Example.se', '--name', 'Första Admin');
    expect(added).toMatchObject({ code: 0, out: expect.stringContaining('Created admin chef@example.se (Första Admin).') });
    const firstLink = /https?:\/\/\S+\/losenord#([\w-]+)/.exec(added.out)![1]!;
    expect(kompass('user', 'add', '--role', 'admin', '--email', 'chef@example.se')).toMatchObject({ code: 2, out: expect.stringContaining('already exists') });
    expect(kompass('user', 'add', '--role', 'municipality', '--email', 'k@example.se')).toMatchObject({ code: 2, out: expect.stringContaining('--municipality CODE') });
    expect(kompass('user', 'add', '--role', 'chef', '--email', 'k@example.se')).toMatchObject({ code: 2, out: expect.stringContaining('one of: admin, evaluator, municipality') });
    const reset = kompass('user', 'reset-link', '--email', 'chef@example.se');
    expect(reset.code).toBe(0);
    const secondLink = /\/losenord#([\w-]+)/.exec(reset.out)![1]!;
    expect(secondLink).not.toBe(firstLink);
    expect(kompass('user', 'reset-link', '--email', 'ingen@example.se')).toMatchObject({ code: 2, out: expect.stringContaining('No user has e-mail ingen@example.se') });
    expect(kompass('user', 'list').out).toMatch(/admin\s+chef@example\.se\s+Första Admin\s+\(no password yet\)/);

    // The newest link sets the password; the first one no longer does.
    const database = await openPglite(join(dir, 'data'));
    try {
      await expect(usePasswordLink(database.db, firstLink, 'ett-långt-lösenord-här')).rejects.toThrow('not valid');
      const user = await usePasswordLink(database.db, secondLink, 'ett-långt-lösenord-här');
      expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    } finally {
      await database.close();
    }
    expect(kompass('user', 'list').out).not.toContain('no password yet');
  });

  it('cancels a queued upload import once, and imports nothing of a Word bomb', { timeout: 120_000 }, async () => {
    const database = await openPglite(join(dir, 'data'));
    let jobId: string;
    try {
      await database.migrate();
      jobId = (await insertImportJob(database.db, { fileName: 'waiting.docx', content: new Uint8Array([1]), contentHash: '0'.repeat(64), actor: 'test' })).id;
    } finally {
      await database.close();
    }
    expect(kompass('import', 'cancel', jobId)).toMatchObject({ code: 0, out: expect.stringContaining(`Import ${jobId} (waiting.docx) is cancelled`) });
    expect(kompass('import', 'cancel', jobId)).toMatchObject({ code: 1, out: expect.stringContaining('has already been cancelled') });
    expect(kompass('import', 'cancel', 'not-an-id')).toMatchObject({ code: 2, out: expect.stringContaining('import cancel needs one import id') });

    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, docxBomb(60 * 1024 * 1024));
    expect(kompass('import', bomb)).toMatchObject({ code: 1, out: expect.stringContaining(`${bomb}: expands to 60.0 MB (the limit is 50.0 MB)`) });
  });

  it('explains its usage for unknown commands and missing files', () => {
    expect(kompass('frobnicate')).toMatchObject({ code: 2, out: expect.stringContaining('Unknown command "frobnicate"') });
    expect(kompass('municipalities', 'import', join(dir, 'missing.csv'))).toMatchObject({ code: 2, out: expect.stringContaining('Cannot read') });
    expect(kompass('help').out).toContain('Usage: kompass <command>');
  });
});
