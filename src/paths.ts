import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  // Works from src/ (tests, tsx) and from dist/server/ (the built app): walk up to package.json.
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('Cannot find the Kompass project root (no package.json above the code)');
    directory = parent;
  }
  return directory;
}

const root = findProjectRoot();

/** A path inside the repository, independent of the working directory. */
export function projectPath(...parts: string[]): string {
  return join(root, ...parts);
}
