import {
  areaMapsFileSchema,
  frameworkSchema,
  type AreaMapsFile,
  type Catalogue,
  type Framework,
} from '../domain/framework.js';
import type { FrameworkProblem } from '../domain/framework-draft.js';
import { describeProblem, mapProblems, structureProblems, type FrameworkShape } from '../domain/framework-problems.js';

/** A catalogue file that cannot be used; the message names the file and the entry. */
export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    problem: string,
  ) {
    super(`${file}: ${entry}: ${problem}`);
    this.name = 'CatalogueError';
  }
}

function describeZodPath(path: ReadonlyArray<PropertyKey>, data: unknown): string {
  // Names the entry by its code where one exists ("area 3 / sub-area 3.2 / max"), else by path.
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    const codeOf = (node as { code?: unknown } | undefined)?.code;
    if (typeof key === 'number' && typeof codeOf === 'string') {
      parts.push(parts.length === 0 || parts.at(-1) === 'areas' ? `area ${codeOf}` : `sub-area ${codeOf}`);
    } else {
      parts.push(String(key));
    }
  }
  return parts.filter((part) => part !== 'areas' && part !== 'subareas').join(' / ') || '(file)';
}

/** Names the entry a problem's path points at ("area 3 / sub-area 3.2 / criterion 3.2.1 / max"). */
function describeProblemPath(path: string, framework: FrameworkShape): string {
  const parts = path.split('.');
  const names: string[] = [];
  let area: FrameworkShape['areas'][number] | undefined;
  let subarea: FrameworkShape['areas'][number]['subareas'][number] | undefined;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    const next = Number(parts[index + 1]);
    if (part === 'areas' && Number.isInteger(next) && parts[index + 1] !== undefined) {
      area = framework.areas[next];
      names.push(`area ${area?.code ?? next}`);
      index += 1;
    } else if (part === 'subareas' && area && parts[index + 1] !== undefined && Number.isInteger(next)) {
      subarea = area.subareas[next];
      names.push(`sub-area ${subarea?.code ?? next}`);
      index += 1;
    } else if (part === 'criteria' && subarea && parts[index + 1] !== undefined && Number.isInteger(next)) {
      names.push(`criterion ${subarea.criteria?.[next]?.code ?? next}`);
      index += 1;
    } else if (part !== 'code' && part !== 'areas' && part !== 'subareas') {
      names.push(part);
    }
  }
  return names.join(' / ') || '(file)';
}

/** A problem in the catalogue's words (the entry, then what is wrong with it). */
function catalogueProblemError(file: string, found: FrameworkProblem, framework: FrameworkShape): CatalogueError {
  const entry = describeProblemPath(found.path, framework);
  const kind = entry.split(' / ').at(-1)?.replace(/ \S+$/, '') ?? 'entry';
  if (found.code === 'code_duplicate') return new CatalogueError(file, entry, `duplicate ${kind} code`);
  if (found.code === 'code_parent') {
    const parentKind = kind === 'criterion' ? 'sub-area' : 'area';
    return new CatalogueError(file, entry, `code does not belong to ${parentKind} ${String(found.params.parent)}`);
  }
  return new CatalogueError(file, entry, describeProblem(found));
}

/**
 * Validates one framework definition: its shape, then the rules every version is held to
 * (src/domain/framework-problems.ts: unique codes, maxima that add up, criteria and their scales).
 */
export function validateFramework(data: unknown, file: string): Framework {
  const parsed = frameworkSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogueError(file, describeZodPath(issue?.path ?? [], data), issue?.message ?? 'invalid');
  }
  const framework = parsed.data;
  const [first] = structureProblems(framework);
  if (first) throw catalogueProblemError(file, first, framework);
  return framework;
}

/** Validates the area maps (and their sub-area maps) against the frameworks they connect. */
function validateAreaMaps(data: unknown, file: string, frameworks: ReadonlyMap<string, Framework>): AreaMapsFile {
  const parsed = areaMapsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogueError(file, (issue?.path ?? []).map(String).join(' / ') || '(file)', issue?.message ?? 'invalid');
  }
  for (const map of parsed.data.maps) {
    const name = `map ${map.from} → ${map.to}`;
    const from = frameworks.get(map.from);
    if (!from) throw new CatalogueError(file, name, `unknown framework "${map.from}"`);
    if (!frameworks.has(map.to)) throw new CatalogueError(file, name, `unknown framework "${map.to}"`);
    const [first] = mapProblems(map, from, frameworks, '');
    if (first) {
      const kind = first.code === 'map_subarea' ? 'sub-area' : 'area';
      const fromCode = first.path.split('.').slice(2).join('.');
      const code = String(first.params.code);
      const problem = first.params.framework === map.from ? `${map.from} has no ${kind} ${code}` : `maps to ${kind} ${code}, which ${map.to} does not have`;
      throw new CatalogueError(file, `${name} / ${kind} ${fromCode}`, problem);
    }
  }
  return parsed.data;
}

/** Builds the catalogue from already-read files; throws CatalogueError on the first problem. */
export function buildCatalogue(
  frameworkFiles: ReadonlyArray<{ file: string; data: unknown }>,
  areaMapsFile: { file: string; data: unknown },
): Catalogue {
  const frameworks = new Map<string, Framework>();
  for (const { file, data } of frameworkFiles) {
    const framework = validateFramework(data, file);
    if (frameworks.has(framework.id)) throw new CatalogueError(file, `id ${framework.id}`, 'duplicate framework id');
    frameworks.set(framework.id, framework);
  }
  const maps = validateAreaMaps(areaMapsFile.data, areaMapsFile.file, frameworks);
  return { frameworks, areaMaps: maps.maps, caveat: maps.caveat };
}
