/**
 * The identity of an archived (published) evaluation: one municipality, one model version, one
 * year. Importing the same report twice, or a Word and a PDF copy of it, lands on the same key.
 * @returns null when no year is known (such an evaluation cannot be matched again)
 */
export function archiveKeyOf(evaluation: {
  municipalityId: string;
  frameworkId: string;
  fieldworkStart?: string | null;
  reportDate?: string | null;
}): string | null {
  const date = evaluation.fieldworkStart ?? evaluation.reportDate;
  if (!date) return null;
  return `${evaluation.municipalityId}:${evaluation.frameworkId}:${date.slice(0, 4)}`;
}

/** Reads an archive key back into its parts. */
export function parseArchiveKey(key: string): { municipalityId: string; frameworkId: string; year: number } {
  const [municipalityId = '', frameworkId = '', year = '0'] = key.split(':');
  return { municipalityId, frameworkId, year: Number(year) };
}
