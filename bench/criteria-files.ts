/**
 * Model version files over HTTP: the largest version an author could make is imported as a JSON
 * file (the only way in for a version of this size: a saved draft's body is limited to 1 MB), then
 * exported and imported back as JSON and as XLSX (each import replacing the draft), each step
 * timed; every import must give the same definition and maps, or the bench fails. Last, the
 * version is published (the full validation of every criterion, timed).
 */
import { isDeepStrictEqual } from 'node:util';
import { frameworkToJson } from '../src/framework-files/json-format.js';
import { FRAMEWORK_FILE_MAX_BYTES } from '../src/api/framework-versions/import-routes.js';
import { largestVersion, type LargestVersionSize } from './criteria-model.js';
import { headersOf, type Session } from './http-session.js';

interface VersionView {
  id: string;
  version: number;
  status: string;
  criteria: number;
  definition: unknown;
  maps: unknown;
  problems: Array<{ path: string; code: string }>;
}

const ms = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function expectStatus(response: Response, status: number, what: string): Promise<Response> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${(await response.text()).slice(0, 1000)}`);
  return response;
}

async function importFile(baseUrl: string, admin: Session, bytes: Uint8Array<ArrayBuffer>, query: string, status: number, what: string): Promise<VersionView> {
  const response = await fetch(`${baseUrl}/api/framework-versions/import?${query}`, {
    method: 'POST',
    headers: { ...headersOf(admin), 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  return (await (await expectStatus(response, status, what)).json()) as VersionView;
}

/** Exports the draft as `format` and imports the file back over it, `runs` times; each import must equal the original. */
async function roundTrip(baseUrl: string, admin: Session, original: VersionView, format: 'json' | 'xlsx', runs: number, version: { current: number }) {
  const exportMs: number[] = [];
  const importMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    let began = performance.now();
    const exported = await expectStatus(await fetch(`${baseUrl}/api/framework-versions/${original.id}/file?format=${format}`, { headers: headersOf(admin) }), 200, `export as ${format}`);
    const file = new Uint8Array(await exported.arrayBuffer());
    exportMs.push(performance.now() - began);
    bytes = file.byteLength;
    began = performance.now();
    const imported = await importFile(baseUrl, admin, file, `format=${format}&replaces=${original.id}&version=${version.current}`, 200, `import of the ${format} file`);
    importMs.push(performance.now() - began);
    version.current = imported.version;
    if (!isDeepStrictEqual(imported.definition, original.definition) || !isDeepStrictEqual(imported.maps, original.maps)) {
      throw new Error(`LOST IN THE ${format.toUpperCase()} ROUND TRIP: the imported definition or maps of ${original.id} differ from the exported ones`);
    }
  }
  return {
    fileMB: Math.round((bytes / 2 ** 20) * 100) / 100,
    exportMs: { median: ms(median(exportMs)), runs: exportMs.map(ms) },
    importMs: { median: ms(median(importMs)), runs: importMs.map(ms) },
    lossless: true,
  };
}

export async function benchCriteriaFiles(baseUrl: string, admin: Session, options: { id: string; size: LargestVersionSize; runs: number }) {
  const document = largestVersion(options.id, options.size);
  const file = new TextEncoder().encode(frameworkToJson(document));
  if (file.byteLength > FRAMEWORK_FILE_MAX_BYTES) throw new Error(`the generated file has ${file.byteLength} bytes, more than the import takes (${FRAMEWORK_FILE_MAX_BYTES})`);
  let began = performance.now();
  const original = await importFile(baseUrl, admin, file, 'format=json', 201, 'importing the largest version as a new draft');
  const createMs = performance.now() - began;
  if (original.problems.length > 0) {
    throw new Error(`the largest version has ${original.problems.length} problems, e.g. ${JSON.stringify(original.problems.slice(0, 3))}`);
  }
  began = performance.now();
  await expectStatus(await fetch(`${baseUrl}/api/framework-versions/${original.id}`, { headers: headersOf(admin) }), 200, 'reading the largest version');
  const readMs = performance.now() - began;
  const version = { current: original.version };
  const json = await roundTrip(baseUrl, admin, original, 'json', options.runs, version);
  const xlsx = await roundTrip(baseUrl, admin, original, 'xlsx', options.runs, version);
  began = performance.now();
  const published = (await (
    await expectStatus(
      await fetch(`${baseUrl}/api/framework-versions/${original.id}/publish`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify({ version: version.current }) }),
      200,
      'publishing the largest version',
    )
  ).json()) as VersionView;
  const publishMs = performance.now() - began;
  if (published.status !== 'published') throw new Error(`the largest version is ${published.status} after publishing`);
  return {
    areas: options.size.areas,
    subareas: options.size.areas * options.size.subareasPerArea,
    criteria: original.criteria,
    levelScaleCriteria: document.definition.areas.reduce((sum, area) => sum + area.subareas.reduce((s, sub) => s + sub.criteria.filter((c) => c.scale.kind === 'levels').length, 0), 0),
    sourceFileMB: Math.round((file.byteLength / 2 ** 20) * 100) / 100,
    importNewMs: ms(createMs),
    readMs: ms(readMs),
    json,
    xlsx,
    publishMs: ms(publishMs),
  };
}
