import {
  areaMapsFileSchema,
  frameworkSchema,
  type AreaMapsFile,
  type Catalogue,
  type Framework,
} from '../domain/framework.js';

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

/** Validates one framework definition: shape, unique codes, and maxima that add up. */
export function validateFramework(data: unknown, file: string): Framework {
  const parsed = frameworkSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogueError(file, describeZodPath(issue?.path ?? [], data), issue?.message ?? 'invalid');
  }
  const framework = parsed.data;
  const seen = new Set<string>();
  for (const area of framework.areas) {
    if (seen.has(area.code)) throw new CatalogueError(file, `area ${area.code}`, 'duplicate area code');
    seen.add(area.code);
    const withMax = area.subareas.filter((subarea) => subarea.max !== undefined);
    if (withMax.length > 0 && withMax.length < area.subareas.length) {
      throw new CatalogueError(file, `area ${area.code}`, 'either every sub-area has a max or none has');
    }
    for (const subarea of area.subareas) {
      if (seen.has(subarea.code)) throw new CatalogueError(file, `sub-area ${subarea.code}`, 'duplicate sub-area code');
      seen.add(subarea.code);
      if (!subarea.code.startsWith(`${area.code}.`)) {
        throw new CatalogueError(file, `sub-area ${subarea.code}`, `code does not belong to area ${area.code}`);
      }
    }
    if (withMax.length > 0) {
      const sum = withMax.reduce((total, subarea) => total + (subarea.max ?? 0), 0);
      if (sum !== area.max) {
        throw new CatalogueError(file, `area ${area.code}`, `sub-area maxima add up to ${sum}, but the area max is ${area.max}`);
      }
    }
  }
  return framework;
}

/** Validates the area maps against the frameworks they connect. */
function validateAreaMaps(data: unknown, file: string, frameworks: ReadonlyMap<string, Framework>): AreaMapsFile {
  const parsed = areaMapsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CatalogueError(file, (issue?.path ?? []).map(String).join(' / ') || '(file)', issue?.message ?? 'invalid');
  }
  for (const map of parsed.data.maps) {
    const name = `map ${map.from} → ${map.to}`;
    const from = frameworks.get(map.from);
    const to = frameworks.get(map.to);
    if (!from) throw new CatalogueError(file, name, `unknown framework "${map.from}"`);
    if (!to) throw new CatalogueError(file, name, `unknown framework "${map.to}"`);
    for (const [fromArea, toArea] of Object.entries(map.areas)) {
      if (!from.areas.some((area) => area.code === fromArea)) {
        throw new CatalogueError(file, `${name} / area ${fromArea}`, `${map.from} has no area ${fromArea}`);
      }
      if (!to.areas.some((area) => area.code === toArea)) {
        throw new CatalogueError(file, `${name} / area ${fromArea}`, `maps to area ${toArea}, which ${map.to} does not have`);
      }
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
