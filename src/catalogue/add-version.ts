import type { AreaMap, Catalogue, Framework } from '../domain/framework.js';

/**
 * Adds a published version authored in Kompass to the live catalogue, with its maps to earlier
 * versions. The catalogue's Map and array are changed in place, so every reader of this process
 * sees the version at once. A version already there is replaced (a start-up that reads it again).
 */
export function addVersionToCatalogue(catalogue: Catalogue, framework: Framework, maps: readonly AreaMap[]): void {
  (catalogue.frameworks as Map<string, Framework>).set(framework.id, framework);
  const areaMaps = catalogue.areaMaps as AreaMap[];
  for (let index = areaMaps.length - 1; index >= 0; index -= 1) {
    if (areaMaps[index]!.from === framework.id) areaMaps.splice(index, 1);
  }
  areaMaps.push(...maps);
}
