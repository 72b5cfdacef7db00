/**
 * Safe, unique paths for the uploaded documents in the answers' ZIP:
 * `dokument/<question key>/<file name>`. A name keeps its letters (å, ä, ö too), digits, spaces
 * and common punctuation; path separators, control characters and characters Windows refuses
 * become '_'; leading dots and trailing dots or spaces go, so nothing escapes its folder or
 * hides; a name taken in its folder (compared without case) gets " (2)", " (3)" … before its
 * extension.
 */

const NAME_MAX = 120;
const FALLBACK = 'dokument';

/** One path segment made safe (never empty, never '.' or '..'). */
export function safeSegment(name: string, fallback = FALLBACK): string {
  const cleaned = name
    .normalize('NFC')
    // Control characters, path separators and what Windows refuses in names.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (cleaned === '') return fallback;
  if (cleaned.length <= NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, NAME_MAX - extension.length).trimEnd() + extension;
}

function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/** The archive path of each file, in the order given; unique within the archive. */
export function archivePaths(folder: string, files: ReadonlyArray<{ questionKey: string; fileName: string }>): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const directory = `${folder}/${safeSegment(file.questionKey, 'fraga')}`;
    const name = safeSegment(file.fileName);
    let candidate = name;
    for (let n = 2; taken.has(`${directory}/${candidate}`.toLowerCase()); n++) candidate = numbered(name, n);
    const path = `${directory}/${candidate}`;
    taken.add(path.toLowerCase());
    return path;
  });
}
