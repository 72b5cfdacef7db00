/**
 * The fixed texts of a questionnaire's answers exported as a Word document (and the ZIP around
 * it), in one language: the team member's. The set's questions and the answers stay as written.
 * Figures and dates come in formatted; the functions only compose.
 */
import type { QuestionnaireStatus } from '../../../domain/question-set-values.js';

export interface QuestionnaireExportTexts {
  /** The document's title: "Frågeunderlag – Olofströms kommun". */
  title(municipality: string): string;
  /** The first word of the file names (ASCII). */
  fileSlug: string;
  facts: {
    municipality: string;
    framework: string;
    questionSet: string;
    opensOn: string;
    dueOn: string;
    status: string;
    progress: string;
    respondents: string;
    exportedOn: string;
  };
  /** "Demo: frågor … (version 2)". */
  setVersion(title: string, versionNo: number): string;
  status: Record<QuestionnaireStatus, string>;
  /** The status with who submitted when: "Inskickat 7 december 2026 av Anna Andersson". */
  submitted(date: string, name: string | null): string;
  /** "12 av 20 frågor besvarade". */
  progress(answered: number, visible: number): string;
  /** The label before a question's sub-areas. */
  subareas: string;
  required: string;
  /** A question its condition hides under the answers given. */
  hidden: string;
  answer: string;
  noAnswer: string;
  yes: string;
  no: string;
  /** "Senast besvarad av Anna Andersson, 7 december 2026 10:15". */
  answeredBy(name: string, when: string): string;
  documents: string;
  /** A file's line: its name, size and who uploaded it when. */
  fileLine(fileName: string, size: string, name: string, when: string): string;
  /** The note above the files' list in the ZIP's Word document: where in the archive the files are. */
  filesInArchive(folder: string): string;
}
