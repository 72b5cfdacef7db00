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
/** @typedef {{ fingerprint: string, inputs: Record<string, string> }} Inputs */
/**
 * @typedef {object} BuildState
 * @property {Target} target
 * @property {boolean} needed whether the target has to be built
 * @property {string} reason why (or why not), for the person starting the app
 * @property {Inputs} inputs the inputs as they are now; their fingerprint goes into the stamp
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

/**
 * The web build's inputs: the Vite root (`src/web`, with index.html) and every module outside it
 * that the web app or the Vite config imports, followed through their own imports (shared
 * i18n, domain and chart modules); the Vite config, the tsconfig files and the toolchain.
 * @param {string} root
 * @returns {string[]}
 */
function webInputs(root) {
  const seen = new Set([...filesUnder(root, 'src/web'), 'vite.config.ts']);
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
 * The inputs of a build with their content hashes, and the fingerprint over all of them. A file
 * that is listed but absent (e.g. no package-lock.json yet) counts as absent, so creating it
 * changes the fingerprint.
 * @param {string} root the repository
 * @param {Target} target
 * @returns {Inputs}
 */
export function readInputs(root, target) {
  const paths = [...new Set(target === 'server' ? serverInputs(root) : webInputs(root))].sort();
  /** @type {Record<string, string>} */
  const inputs = {};
  const whole = createHash('sha256');
  for (const path of paths) {
    const absolute = join(root, path);
    const hash = existsSync(absolute) ? createHash('sha256').update(readFileSync(absolute)).digest('hex') : 'absent';
    inputs[path] = hash;
    whole.update(`${path}\0${hash}\n`);
  }
  return { fingerprint: whole.digest('hex'), inputs };
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
    return typeof stamp?.fingerprint === 'string' && stamp.inputs && typeof stamp.inputs === 'object' ? stamp : null;
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
 * is missing, or when its inputs differ from those of the last successful build.
 * @param {string} root
 * @param {Target} target
 * @returns {BuildState}
 */
export function inspectBuild(root, target) {
  const inputs = readInputs(root, target);
  const stamp = readStamp(root, target);
  const missing = TARGETS[target].outputs.find((output) => !existsSync(join(root, output)));
  if (!stamp) return { target, needed: true, reason: 'no finished build yet', inputs };
  if (missing) return { target, needed: true, reason: `${missing} is missing`, inputs };
  if (stamp.fingerprint !== inputs.fingerprint) return { target, needed: true, reason: describeChanges(stamp.inputs, inputs.inputs), inputs };
  return { target, needed: false, reason: 'unchanged since the last build', inputs };
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
  writeFileSync(path, `${JSON.stringify({ fingerprint: inputs.fingerprint, builtAt: new Date().toISOString(), inputs: inputs.inputs }, null, 1)}\n`);
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
