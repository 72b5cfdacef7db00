/** The answers' ZIP: the Word document at the top and every uploaded document under `dokument/<question key>/`. */
import { zipSync, type Zippable } from 'fflate';
import { ANSWER_DOCUMENTS_FOLDER } from './answers-content.js';
import { archivePaths } from './archive-names.js';

export interface ArchivedFile {
  questionKey: string;
  fileName: string;
  content: Uint8Array;
}

export function renderAnswersZip(docxName: string, docx: Uint8Array, files: readonly ArchivedFile[]): Buffer {
  const entries: Zippable = { [docxName]: [docx, { level: 0 }] };
  const paths = archivePaths(ANSWER_DOCUMENTS_FOLDER, files);
  files.forEach((file, index) => {
    entries[paths[index]!] = [file.content, { level: 6 }];
  });
  return Buffer.from(zipSync(entries));
}
