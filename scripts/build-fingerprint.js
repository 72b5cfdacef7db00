// @ts-check
/**
 * What each build reads, and whether it has to run again. A build's fingerprint is a hash over the
 * paths and contents of its inputs; after a successful build, a stamp in `dist/.build/` keeps the
 * fingerprint it was built from. `npm start` builds a target only when its fingerprint differs from
 * its stamp (or the stamp or the output is missing). Plain JavaScript, so it runs before anything
 * is compiled, on Node and npm alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** @typedef {'server' | 'web'} Target */
/**
 * @typedef {object} Inputs
 * @property {string} fingerprint a hash over every input's path and content hash
 * @property {Record<string, string>} inputs each input's content hash ('absent' for a missing file)
 * @property {Record<string, string>} stats each input's size and modification time when it was hashed
 */
/**
 * @typedef {object} BuildState
 * @property {Target} target
 * @property {boolean} needed whether the target has to be built
 * @property {string} reason why (or why not), for the person starting the app
 * @property {Inputs} inputs the inputs as they are now; their fingerprint goes into the stamp
 * @property {boolean} refreshStamp unchanged, but the stamp's file times are out of date (e.g. after
 *   a checkout): writing it again lets the next check decide from file times alone
 */

/** Files that change every build's result: the dependencies and the shared compiler settings. */
const TOOLCHAIN = ['package.json', 'package-lock.json', 'tsconfig.base.json'];
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** Relative imports and re-exports: `from '../x.js'`, `import '../x.css'`, `import('../x.js')`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;

/** The builds `npm start` keeps up to date, in the order they run, with the files each one writes. */
export const TARGETS = /** @type {const} */ ({
  server: { label: 'the server', outputs: ['dist/app/server/main.js', 'dist/app/cli/main.js'] },
  web: { label: 'the web app', outputs: ['dist/web/index.html'] },
});

/**
 * The repository-relative paths (with `/`) of every file under `dir`.
 * @param {string} root
 * @param {string} dir repository-relative
 * @returns {string[]}
 */
function filesUnder(root, dir) {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(root, path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * A tsconfig `include`/`exclude` pattern as a regular expression over repository-relative paths.
 * A pattern also matches everything beneath it, as TypeScript treats a directory name.
 * @param {string} pattern
 */
export function globToRegExp(pattern) {
  const body = pattern
    .replace(/^\.\//, '')
    .replace(/\/$/, '')
    .split(/(\*\*\/|\/\*\*$|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '/**') return '(?:/.*)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}(?:/.*)?$`);
}

/**
 * The server build's inputs: the files `tsconfig.json` compiles (its include minus its exclude,
 * which leaves out the web app, tests and fixtures), tsconfig.json itself and the toolchain.
 * @param {string} root
 * @returns {string[]}
 */
function serverInputs(root) {
  /** @type {{ include?: string[], exclude?: string[] }} */
  let tsconfig;
  try {
    tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  } catch (error) {
    throw new Error(`tsconfig.json must be plain JSON for the build check: ${error instanceof Error ? error.message : String(error)}`);
  }
  const include = (tsconfig.include ?? ['**/*']).map(globToRegExp);
  const exclude = (tsconfig.exclude ?? []).map(globToRegExp);
  const compiled = filesUnder(root, 'src').filter(
    (path) => include.some((pattern) => pattern.test(path)) && !exclude.some((pattern) => pattern.test(path)),
  );
  return [...compiled, 'tsconfig.json', ...TOOLCHAIN];
}

/**
 * The file a relative import names, trying what the bundler tries: the path itself, a TypeScript
 * source behind a `.js` specifier, an added extension, a folder's index.
 * @param {string} root
 * @param {string} from repository-relative path of the importing file
 * @param {string} specifier
 * @returns {string | undefined}
 */
function resolveImport(root, from, specifier) {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier.split('?')[0] ?? ''));
  const candidates = [path, path.replace(/\.(?:m|c)?js$/, '.ts'), path.replace(/\.jsx?$/, '.tsx')];
  for (const extension of ['.ts', '.tsx', '.js', '.jsx']) candidates.push(path + extension, `${path}/index${extension}`);
  return candidates.find((candidate) => {
    const absolute = join(root, candidate);
    return existsSync(absolute) && statSync(absolute).isFile();
  });
}

/** Tests beside the web app's code, which Vite never bundles (unless the app imports one). */
const TEST_FILE = /\.test\.[jt]sx?$/;

/**
 * The files under the Vite root, `src/web`, without the tests beside them.
 * @param {string} root
 */
const webSources = (root) => filesUnder(root, 'src/web').filter((path) => !TEST_FILE.test(path));

/**
 * The web build's inputs: the Vite root (`src/web`, with index.html; not its tests) and every module outside it
 * that the web app or the Vite config imports, followed through their own imports (shared
 * i18n, domain and chart modules); the Vite config, the tsconfig files and the toolchain.
 * @param {string} root
 * @returns {string[]}
 */
function webInputs(root) {
  const seen = new Set([...webSources(root), 'vite.config.ts']);
  const queue = [...seen];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (!SOURCE_FILE.test(file) || !existsSync(join(root, file))) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const imported = resolveImport(root, file, /** @type {string} */ (match[1]));
      if (imported && !imported.startsWith('..') && !seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return [...seen, 'tsconfig.json', 'tsconfig.web.json', ...TOOLCHAIN];
}

/**
 * Filesystems keep modification times at a coarse grain (a few milliseconds, up to 2 s on some):
 * a file changed within that time of being read can keep its time and size. Such a file's time
 * is not trusted, so the next check reads its content (as git does for "racily clean" files).
 */
const TRUSTED_AGE_MS = 3000;

/**
 * A file's size and modification time, or 'absent'.
 * @param {string} root
 * @param {string} path
 */
function statOf(root, path) {
  const stat = statSync(join(root, path), { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'absent';
}

/**
 * The inputs of a build with their content hashes, and the fingerprint over all of them. A file
 * that is listed but absent (e.g. no package-lock.json yet) counts as absent, so creating it
 * changes the fingerprint.
 * @param {string} root the repository
 * @param {Target} target
 * @returns {Inputs}
 */
export function readInputs(root, target) {
  const paths = [...new Set(target === 'server' ? serverInputs(root) : webInputs(root))].sort();
  const trustedBefore = Date.now() - TRUSTED_AGE_MS;
  /** @type {Record<string, string>} */
  const inputs = {};
  /** @type {Record<string, string>} */
  const stats = {};
  const whole = createHash('sha256');
  for (const path of paths) {
    // The time is taken before the content: an edit after it shows as a newer time next check.
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    stats[path] = !stat ? 'absent' : stat.mtimeMs < trustedBefore ? `${stat.size}:${stat.mtimeMs}` : 'recent';
    const hash = stat ? createHash('sha256').update(readFileSync(join(root, path))).digest('hex') : 'absent';
    inputs[path] = hash;
    whole.update(`${path}\0${hash}\n`);
  }
  return { fingerprint: whole.digest('hex'), inputs, stats };
}

/**
 * True when no input can have changed since the stamp was written, judged from file times and
 * sizes alone (no file is read): the same files exist, none has a new time or size, and no file
 * has appeared where new inputs come from (under src/ for the server, src/web/ for the web app;
 * a module newly imported from elsewhere needs an edited importer, whose time changed).
 * @param {string} root
 * @param {Target} target
 * @param {Inputs} stamp
 */
function unchangedByTimes(root, target, stamp) {
  const candidates = target === 'server' ? serverInputs(root) : webSources(root);
  if (candidates.some((path) => !(path in stamp.stats))) return false;
  return Object.entries(stamp.stats).every(([path, stat]) => stat !== 'recent' && statOf(root, path) === stat);
}

/**
 * Where a target's stamp lives.
 * @param {string} root
 * @param {Target} target
 */
export const stampPath = (root, target) => join(root, 'dist', '.build', `${target}.json`);

/**
 * The stamp of the last successful build, or null when there is none (or it cannot be read).
 * @param {string} root
 * @param {Target} target
 * @returns {Inputs | null}
 */
function readStamp(root, target) {
  try {
    const stamp = JSON.parse(readFileSync(stampPath(root, target), 'utf8'));
    const valid = typeof stamp?.fingerprint === 'string' && stamp.inputs && typeof stamp.inputs === 'object' && stamp.stats && typeof stamp.stats === 'object';
    return valid ? { fingerprint: stamp.fingerprint, inputs: stamp.inputs, stats: stamp.stats } : null;
  } catch {
    return null;
  }
}

/**
 * Names what differs between two sets of inputs, a few files at most.
 * @param {Record<string, string>} before
 * @param {Record<string, string>} now
 */
function describeChanges(before, now) {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(now)])]
    .sort()
    .filter((path) => before[path] !== now[path])
    .map((path) => (!(path in now) || now[path] === 'absent' ? `${path} (deleted)` : !(path in before) || before[path] === 'absent' ? `${path} (new)` : path));
  if (changed.length === 0) return 'the build settings changed';
  const shown = changed.slice(0, 3).join(', ');
  return changed.length > 3 ? `${shown} and ${changed.length - 3} more changed` : `${shown} changed`;
}

/**
 * Decides whether a target has to be built: when it has no stamp, when one of its output files
 * is missing, or when its inputs differ from those of the last successful build. File times
 * answer most checks without reading a file; when they differ, the contents decide.
 * @param {string} root
 * @param {Target} target
 * @returns {BuildState}
 */
export function inspectBuild(root, target) {
  const stamp = readStamp(root, target);
  const missing = TARGETS[target].outputs.find((output) => !existsSync(join(root, output)));
  if (stamp && !missing && unchangedByTimes(root, target, stamp)) {
    return { target, needed: false, reason: 'unchanged since the last build', inputs: stamp, refreshStamp: false };
  }
  const inputs = readInputs(root, target);
  const state = { target, inputs, refreshStamp: false };
  if (!stamp) return { ...state, needed: true, reason: 'no finished build yet' };
  if (missing) return { ...state, needed: true, reason: `${missing} is missing` };
  if (stamp.fingerprint !== inputs.fingerprint) return { ...state, needed: true, reason: describeChanges(stamp.inputs, inputs.inputs) };
  return { ...state, needed: false, reason: 'unchanged since the last build', refreshStamp: true };
}

/**
 * Forgets a target's last build; done before building, so a build that fails leaves no stamp.
 * @param {string} root
 * @param {Target} target
 */
export function clearStamp(root, target) {
  rmSync(stampPath(root, target), { force: true });
}

/**
 * Records a successful build of `inputs` (read before the build started: a file edited while
 * it ran makes the next check build again).
 * @param {string} root
 * @param {Target} target
 * @param {Inputs} inputs
 */
export function writeStamp(root, target, inputs) {
  const path = stampPath(root, target);
  mkdirSync(dirname(path), { recursive: true });
  const stamp = { fingerprint: inputs.fingerprint, writtenAt: new Date().toISOString(), inputs: inputs.inputs, stats: inputs.stats };
  writeFileSync(path, `${JSON.stringify(stamp, null, 1)}\n`);
}

/**
 * Builds the given targets, or with `ifChanged` only those whose inputs changed.
 * @param {{ root: string, targets: readonly Target[], ifChanged: boolean, build: (target: Target) => Promise<void>, log?: (line: string) => void }} options
 * @returns {Promise<Target[]>} the targets that were built
 */
export async function buildTargets({ root, targets, ifChanged, build, log = () => undefined }) {
  /** @type {Target[]} */
  const built = [];
  for (const target of targets) {
    const state = inspectBuild(root, target);
    if (ifChanged && !state.needed) {
      if (state.refreshStamp) writeStamp(root, target, state.inputs);
      log(`Build of ${TARGETS[target].label} is up to date.`);
      continue;
    }
    log(`Building ${TARGETS[target].label}${ifChanged ? ` (${state.reason})` : ''}...`);
    clearStamp(root, target);
    await build(target);
    writeStamp(root, target, state.inputs);
    built.push(target);
  }
  return built;
}
