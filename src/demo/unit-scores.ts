/**
 * The demo's score trees, written one evaluation a line: the scores of each area's sub-areas in
 * order, area 1 first. Gives the scores by unit code ("3.2": area 3, its second sub-area).
 */
export const unitScores = (areas: ReadonlyArray<readonly number[]>): Record<string, number> =>
  Object.fromEntries(areas.flatMap((values, area) => values.map((value, index) => [`${area + 1}.${index + 1}`, value])));
