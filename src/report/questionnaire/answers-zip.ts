/** The answers' ZIP: the Word document at the top and every uploaded document under `dokument/<question key>/`. */
import { zip, type AsyncZippable } from 'fflate';
import { ANSWER_DOCUMENTS_FOLDER } from './answers-content.js';
import { archivePaths } from './archive-names.js';

export interface ArchivedFile {
  questionKey: string;
  fileName: string;
  content: Uint8Array;
}

/** Formats that are compressed already (Office and OpenDocument files are ZIPs themselves): stored as they are. */
const COMPRESSED = /\.(pdf|docx|xlsx|pptx|odt|ods|odp|zip|png|jpe?g|gif|webp)$/i;

/** Compression level of one entry: none for formats that would not shrink, fast deflate for the rest. */
export const entryLevel = (fileName: string): 0 | 1 => (COMPRESSED.test(fileName) ? 0 : 1);

/**
 * The archive, compressed off the main thread (fflate's asynchronous zip), so a large export never
 * holds up other requests.
 */
export function renderAnswersZip(docxName: string, docx: Uint8Array, files: readonly ArchivedFile[]): Promise<Buffer> {
  const entries: AsyncZippable = { [docxName]: [docx, { level: 0 }] };
  const paths = archivePaths(ANSWER_DOCUMENTS_FOLDER, files);
  files.forEach((file, index) => {
    entries[paths[index]!] = [file.content, { level: entryLevel(file.fileName) }];
  });
  return new Promise((resolve, reject) => {
    zip(entries, (error, data) => (error ? reject(error) : resolve(Buffer.from(data.buffer, data.byteOffset, data.byteLength))));
  });
}
