/**
 * Checks a Word (.docx, ZIP) file before the Word library opens it, so a small file that expands
 * to hundreds of megabytes (a "zip bomb") is refused instead of filling the memory. First the
 * central directory (how many entries, their declared sizes and compression ratios), then every
 * entry is really inflated, streaming and counting bytes, and the inflation stops as soon as the
 * real size passes a limit: declared sizes are never trusted.
 */
import { Inflate } from 'fflate';
import { formatBytes, ImportError } from './import-error.js';

export interface ZipLimits {
  /** Most entries a document may have. */
  maxEntries: number;
  /** Most bytes all entries may expand to together. */
  maxTotalBytes: number;
  /** Most expansion (uncompressed : compressed) of an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 64 * 1024;

function damaged(file: string, why: string): ImportError {
  return new ImportError('unreadable', file, `is a damaged or truncated Word document (${why})`);
}

function tooComplex(file: string, why: string): ImportError {
  return new ImportError('too-complex', file, `${why}; a report never needs that much, so it was not opened`);
}

/** Reads the central directory: where each entry is and what it declares. */
function readCentralDirectory(bytes: Uint8Array, file: string, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, 'no ZIP central directory');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw tooComplex(file, 'is a ZIP64 archive, which Word documents never are');
  if (count > limits.maxEntries) throw tooComplex(file, `has ${count} parts (the limit is ${limits.maxEntries})`);
  if (offset + size > bytes.length) throw damaged(file, 'the ZIP central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged(file, 'a broken ZIP central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw damaged(file, 'a broken ZIP central directory');
    entries.push({
      name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry in chunks, counting its real size; throws as soon as `room` is passed. */
function inflatedSize(data: Uint8Array, room: number, onTooLarge: (seen: number) => ImportError): number {
  let seen = 0;
  let failure: ImportError | null = null;
  const inflate = new Inflate((chunk) => {
    seen += chunk.length;
    if (seen > room && !failure) failure = onTooLarge(seen);
  });
  for (let at = 0; at < data.length; at += CHUNK) {
    inflate.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
    if (failure) throw failure;
  }
  return seen;
}

/**
 * Throws ImportError `too-complex` when the document has too many parts, expands too much in
 * total or an entry expands far more than any report does, `unreadable` when its ZIP structure is
 * broken. Returns the total real size of its entries.
 */
export function checkZipLimits(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): number {
  const entries = readCentralDirectory(bytes, file, limits);
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declaredTotal > limits.maxTotalBytes) {
    throw tooComplex(file, `expands to ${formatBytes(declaredTotal)} (the limit is ${formatBytes(limits.maxTotalBytes)})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_SIGNATURE) throw damaged(file, `no ZIP entry where ${entry.name} should be`);
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged(file, `${entry.name} is cut off`);
    const data = bytes.subarray(start, end);
    const ratioRoom = Math.max(limits.ratioFloorBytes, entry.compressedSize * limits.maxRatio);
    const room = Math.min(limits.maxTotalBytes - total, ratioRoom);
    const overLimit = (seen: number) =>
      seen > ratioRoom
        ? tooComplex(file, `has a part (${entry.name}) that expands more than ${limits.maxRatio} times`)
        : tooComplex(file, `expands to more than ${formatBytes(limits.maxTotalBytes)}`);
    let size: number;
    if (entry.method === 0) {
      size = data.length;
      if (size > room) throw overLimit(size);
    } else if (entry.method === 8) {
      try {
        size = inflatedSize(data, room, overLimit);
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw damaged(file, `${entry.name} cannot be decompressed`);
      }
    } else {
      throw damaged(file, `${entry.name} uses an unknown compression method ${entry.method}`);
    }
    total += size;
  }
  return total;
}
