#!/usr/bin/env node
// @ts-check
/**
 * Checks that every package npm installs from package-lock.json accepts every Node version the
 * project says it supports (`engines.node` in package.json, stated in the README). A dependency
 * that needs a newer Node makes `npm install` warn (EBADENGINE) and may fail at run time, so
 * `npm run lint` fails instead, naming the package and who pulls it in.
 *
 * Optional packages are left out: npm skips an optional package whose engines do not fit,
 * without a warning (rollup's platform extras, for example).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/**
 * @typedef {{ version?: string, engines?: Record<string, string> | string[], optional?: boolean, dependencies?: Record<string, string>, optionalDependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} LockEntry
 * @typedef {{ packages: Record<string, LockEntry> }} Lockfile
 * @typedef {{ path: string, name: string, version: string, requires: string, neededBy: string[] }} EngineConflict
 */

/**
 * The package name of a lock-file path (`node_modules/a/node_modules/@b/c` → `@b/c`).
 * @param {string} path
 */
const nameOf = (path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * @param {LockEntry} entry
 * @param {string} name
 */
const dependsOn = (entry, name) => Boolean(entry.dependencies?.[name] || entry.optionalDependencies?.[name] || entry.peerDependencies?.[name]);

/**
 * Where Node finds `name` from the package at `from`: its own node_modules, then each enclosing one.
 * @param {Lockfile} lock
 * @param {string} from a lock-file path ('' for the project)
 * @param {string} name
 */
function resolveFrom(lock, from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('node_modules/');
    base = cut > 0 ? base.slice(0, cut - 1) : '';
  }
}

/**
 * The packages of the lock file whose `engines.node` leaves out part of `supported`.
 * @param {Lockfile} lock
 * @param {string} supported the project's range, e.g. `^20.19.0 || >=22.12.0`
 * @returns {EngineConflict[]}
 */
export function findEngineConflicts(lock, supported) {
  if (!semver.validRange(supported)) throw new Error(`package.json engines.node is not a valid range: ${supported}`);
  /** @type {EngineConflict[]} */
  const conflicts = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // The root entry is the project itself; entries without node_modules/ are workspaces or links.
    if (!path.includes('node_modules/') || entry.optional) continue;
    const requires = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (!requires || semver.subset(supported, requires)) continue;
    const name = nameOf(path);
    const neededBy = Object.entries(lock.packages)
      .filter(([otherPath, other]) => dependsOn(other, name) && resolveFrom(lock, otherPath, name) === path)
      .map(([otherPath, other]) => (otherPath === '' ? 'kompass' : `${nameOf(otherPath)}@${other.version}`));
    conflicts.push({ path, name, version: entry.version ?? '?', requires, neededBy });
  }
  return conflicts;
}

/**
 * The explanation `npm run lint` prints for conflicts.
 * @param {EngineConflict[]} conflicts
 * @param {string} supported
 */
export function describeConflicts(conflicts, supported) {
  const lines = conflicts.map(
    (conflict) => `  ${conflict.name}@${conflict.version} needs Node ${conflict.requires} (needed by ${conflict.neededBy.join(', ') || 'nobody?'})`,
  );
  return [
    `${conflicts.length} package(s) do not support every Node version Kompass supports (${supported}):`,
    ...lines,
    'Choose versions that do (an older release of the parent, or an "overrides" entry in package.json for the child once the parent is tested with it), or narrow engines.node in package.json and the README.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const supported = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node;
  if (!supported) {
    console.error('package.json has no engines.node: state the supported Node versions there.');
    process.exit(1);
  }
  const conflicts = findEngineConflicts(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')), supported);
  if (conflicts.length > 0) {
    console.error(describeConflicts(conflicts, supported));
    process.exit(1);
  }
}
