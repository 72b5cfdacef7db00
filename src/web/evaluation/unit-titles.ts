import type { FrameworkDetail } from '../api/types.js';

/** Titles of the framework's scoring units (sub-areas, or whole areas where the model scores areas), in the framework's language. */
export function unitTitles(framework: FrameworkDetail): Map<string, string> {
  const titles = new Map<string, string>();
  for (const area of framework.areas) {
    titles.set(area.code, area.title);
    for (const subarea of area.subareas) titles.set(subarea.code, subarea.title);
  }
  return titles;
}
