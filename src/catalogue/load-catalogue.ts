import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../domain/framework.js';
import { projectPath } from '../paths.js';
import { buildCatalogue, CatalogueError } from './validate-catalogue.js';

function readJson(path: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CatalogueError(file, '(file)', `cannot be read as JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates the framework catalogue from a directory (default: the repository's catalogue/). */
export function loadCatalogue(directory = projectPath('catalogue')): Catalogue {
  const frameworkDir = join(directory, 'frameworks');
  const files = readdirSync(frameworkDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return buildCatalogue(
    files.map((name) => ({ file: `frameworks/${name}`, data: readJson(join(frameworkDir, name), `frameworks/${name}`) })),
    { file: 'area-maps.json', data: readJson(join(directory, 'area-maps.json'), 'area-maps.json') },
  );
}
