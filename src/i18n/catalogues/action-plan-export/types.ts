/**
 * The fixed texts of an action plan's exports (Excel, Word) and of its annex in the report, in
 * one language. Figures and dates come in formatted; the functions only compose.
 */
import type { ActionPriority, ActionStatus } from '../../../domain/action-plan-values.js';

export interface ActionPlanExportTexts {
  /** The annex's heading in the report, and the Word file's heading. */
  heading: string;
  /** The document title: "Handlingsplan – Leksands kommun". */
  title(municipality: string): string;
  /** The first word of the file name (ASCII). */
  fileSlug: string;
  /** The sentence that opens the annex: whose plan it is and what it answers. */
  annexIntro(municipality: string): string;
  facts: { municipality: string; framework: string; reportDate: string; nextFollowUp: string; asOf: string };
  sheets: { actions: string; improvements: string; notes: string };
  columns: {
    area: string;
    subarea: string;
    improvement: string;
    title: string;
    responsible: string;
    start: string;
    due: string;
    status: string;
    reason: string;
    progress: string;
    priority: string;
    overdue: string;
    lastNote: string;
    number: string;
    coverage: string;
    actions: string;
    action: string;
    notedOn: string;
    note: string;
    author: string;
  };
  status: Record<ActionStatus, string>;
  priority: Record<ActionPriority, string>;
  /** How far the actions answering one improvement opportunity have come. */
  coverage: { none: string; planned: string; underway: string; done: string };
  yes: string;
  no: string;
  /** A status with its overdue flag: "Pågår – försenad". */
  overdueStatus(status: string): string;
  /** A dropped action's status with its reason. */
  droppedStatus(status: string, reason: string): string;
  summary: {
    heading: string;
    improvements(withAction: string, total: string, done: string): string;
    actions(count: number, total: string, planned: string, inProgress: string, done: string, dropped: string): string;
    overdue(count: number, formatted: string): string;
    meanProgress(percent: string): string;
    noActions: string;
  };
  /** The heading of the actions tied to no area. */
  otherActions: string;
  areaHeading(code: string, title: string): string;
  tableCaption(area: string): string;
  notesHeading: string;
  /** A note as a line: "3 mars 2026: text (framdrift 40 %)". */
  noteLine(date: string, text: string, progress: string | null): string;
  noNotes: string;
}
