import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importMunicipalityAttributes } from '../api/municipalities/commands.js';
import { seedDemo } from '../demo/seed-demo.js';
import { cancelImportFromCli, importDryRun, importIntoDatabase } from './import-command.js';
import { COUNTRIES, isCountry, type Country } from '../domain/municipality.js';
import { loadReferenceData } from '../reference/load-reference.js';
import { parseMunicipalityAttributes } from '../reference/parse-municipality-attributes.js';
import { openDatabase, prepareContext } from '../server/boot.js';
import { authSettingsOf, loadConfig } from '../server/config.js';
import { addUser, listUsersText, resetLink } from './user-command.js';

const USAGE = `Usage: kompass <command>

Commands:
  migrate                        apply database migrations and load reference data
  demo                           load the demo evaluations (skips those already loaded)
  import [--dry-run] [--json] FILE...
                                 import published reports (text, .docx, .pdf); --dry-run writes nothing,
                                 --json prints one JSON object per file
  import cancel JOB-ID           cancel a queued or running upload import (a server running on PostgreSQL
                                 stops its worker within a second; the job's id is in the import's address)
  user add --role ROLE --email EMAIL [--name NAME] [--organisation ORG] [--municipality ID]
                                 create a user (ROLE: admin, evaluator, municipality; ID for municipality
                                 users, e.g. se-2029 or no-0301) and print a one-time link for choosing a password
  user reset-link --email EMAIL  print a new one-time password link (earlier unused links stop working)
  user list                      list the users
  municipalities import [--country se|no] FILE
                                 import population and/or SKR group per municipality and year from CSV
                                 (columns: kommunkod; år; folkmängd and/or kommungrupp; källa — ";" or ",").
                                 Codes are municipality ids (se-2284, no-0301), or bare codes of --country;
                                 SKR groups exist for Swedish municipalities only
  backup FILE                    write a backup of the whole database to FILE (gzip'd; also while the app
                                 runs: the embedded database's app writes it itself)
  restore FILE                   replace the whole database with the backup in FILE (the app must be
                                 stopped; the file is checked first, and the restore is all or nothing)
  help                           show this text

The database is the one the app uses: DATABASE_URL when set, else the embedded one in
KOMPASS_DATA_DIR (default ./data). The embedded database cannot be used while the app runs on it
(except by backup, which the running app writes itself): stop the app first, or let an administrator
create users and links on the web page Användare.
Links point to PUBLIC_URL (default http://HOST:PORT).`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A CLI failure whose message is meant for the user as it is. */
export class UsageError extends Error {}

async function withContext<T>(run: (context: Awaited<ReturnType<typeof prepareContext>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const context = await prepareContext(database, { auth: authSettingsOf(config) });
    try {
      return await run(context);
    } finally {
      // On PostgreSQL the running app processes forget what they cached before this command's changes.
      await context.readCache?.changed();
    }
  } finally {
    await database.close();
  }
}

async function importMunicipalities(file: string | undefined, countryOption: string | undefined): Promise<string> {
  if (!file) throw new UsageError('municipalities import needs a FILE: kompass municipalities import [--country se|no] FILE');
  let country: Country | null = null;
  if (countryOption !== undefined) {
    if (!isCountry(countryOption)) throw new UsageError(`--country must be one of ${COUNTRIES.join(', ')}, not "${countryOption}"`);
    country = countryOption;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const known = new Set(loadReferenceData().municipalities.map((municipality) => municipality.id));
  const { rows, problems } = parseMunicipalityAttributes(text, known, country);
  if (problems.length > 0) {
    throw new UsageError(`${file}: nothing imported, ${problems.length} problem(s):\n${problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n')}`);
  }
  return withContext(async ({ database }) => {
    const counts = await importMunicipalityAttributes(database.db, rows, file, 'cli');
    return `${file}: imported ${counts.populations} population figure(s) and ${counts.groups} SKR group(s) for ${new Set(rows.map((row) => row.municipalityId)).size} municipalities`;
  });
}

/** A command that ran but failed for some of its inputs (exit code 1, output still printed). */
export class PartialFailure extends Error {
  constructor(readonly output: string) {
    super(output);
  }
}

/** Runs one CLI command and returns what to print. */
export async function runCli(argv: string[], print: (line: string) => void = console.log): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        municipality: { type: 'string' },
        country: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  const [command, subcommand, ...rest] = positionals;
  switch (command) {
    case 'import': {
      if (subcommand === 'cancel' && rest.length > 0) {
        if (rest.length !== 1 || !UUID.test(rest[0]!)) throw new UsageError('import cancel needs one import id (a UUID): kompass import cancel JOB-ID');
        const id = rest[0]!;
        return withContext(async ({ database }) => cancelImportFromCli(database.db, id));
      }
      const files = positionals.slice(1);
      if (files.length === 0) throw new UsageError('import needs at least one FILE: kompass import [--dry-run] [--json] FILE...');
      const result = values['dry-run']
        ? await importDryRun(files, Boolean(values.json))
        : await withContext((context) => importIntoDatabase(files, context, Boolean(values.json), print));
      if (result.failed > 0) throw new PartialFailure(result.output);
      return result.output;
    }
    case 'migrate':
      return withContext(async ({ database }) => `Database is up to date (${database.engine}).`);
    case 'demo':
      return withContext(async ({ database, catalogue }) => {
        const ids = await seedDemo(database.db, catalogue, 'cli:demo');
        return `Demo data present: ${ids.length} evaluations.`;
      });
    case 'user': {
      const fail = (message: string) => new UsageError(message);
      if (subcommand === 'add') return withContext((context) => addUser(context, values, fail));
      if (subcommand === 'reset-link') return withContext((context) => resetLink(context, values, fail));
      if (subcommand === 'list') return withContext((context) => listUsersText(context));
      throw new UsageError(`Unknown subcommand "user ${subcommand ?? ''}".\n\n${USAGE}`);
    }
    case 'backup':
    case 'restore': {
      const file = positionals[1];
      if (!file || positionals.length > 2) throw new UsageError(`${command} needs one FILE: kompass ${command} FILE`);
      const { backupCommand, restoreCommand } = await import('./backup-command.js');
      return (command === 'backup' ? backupCommand : restoreCommand)(loadConfig(), file);
    }
    case 'municipalities':
      if (subcommand !== 'import') throw new UsageError(`Unknown subcommand "municipalities ${subcommand ?? ''}".\n\n${USAGE}`);
      return importMunicipalities(rest[0], values.country);
    case undefined:
    case 'help':
      return USAGE;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}
