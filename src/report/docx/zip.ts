/**
 * A minimal ZIP writer for the Word package. Media (PNG, SVG) are stored as they are — PNG is
 * compressed already, and deflating it again was most of the build time — and XML parts are
 * deflated with Node's native zlib. The entries keep the order they are given in.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00 in DOS format: a fixed date, so the same document gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Entry {
  name: Buffer;
  data: Buffer;
  compressed: Buffer;
  method: 0 | 8;
  crc: number;
  offset: number;
}

function shouldStore(path: string): boolean {
  return /\.(png|jpe?g|gif|svg|bmp|emf|wmf|odttf|bin)$/i.test(path);
}

export function zipEntries(files: ReadonlyMap<string, string | Uint8Array>): Buffer {
  const chunks: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const method = shouldStore(path) ? 0 : 8;
    const compressed = method === 0 ? data : deflateRawSync(data, { level: 6 });
    const entry: Entry = { name: Buffer.from(path, 'utf8'), data, compressed, method, crc: crc32(data), offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    chunks.push(header, entry.name, compressed);
    offset += header.length + entry.name.length + compressed.length;
    entries.push(entry);
  }
  const centralStart = offset;
  for (const entry of entries) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(entry.compressed.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt32LE(entry.offset, 42);
    chunks.push(header, entry.name);
    offset += header.length + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
