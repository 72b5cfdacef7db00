/**
 * The rank classes' colours (a sequential blue scale, lightest = lowest fifth) and the text colour
 * each needs for AA contrast when a table cell is filled with it. Regions and cells without a
 * result are grey and hatched, so they never look like the lowest class.
 */
export const RANK_COLOURS: readonly string[] = ['#d0e1f2', '#94c4df', '#4a98c9', '#1764ab', '#08306b'];
/** Text on each class's fill: dark on the three light ones, white on the two dark ones (all ≥ 4.5:1). */
export const RANK_INK: readonly string[] = ['#1f1f1f', '#1f1f1f', '#1f1f1f', '#ffffff', '#ffffff'];
export const NO_DATA_FILL = '#ededed';
export const NO_DATA_HATCH = '#8c8c8c';
export const BORDER = '#5c5c5c';

/** The fill of a class (1…5), or of no result. */
export const rankColour = (rankClass: number | null): string => (rankClass === null ? NO_DATA_FILL : (RANK_COLOURS[rankClass - 1] ?? NO_DATA_FILL));
