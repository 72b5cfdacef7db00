/**
 * The action plan as an Excel workbook: a sheet of actions (one row each, with its area,
 * sub-area, the improvement opportunity it answers, dates as dates and progress as a percent),
 * a sheet of the report's improvement opportunities with how far their actions have come, and a
 * sheet of the dated notes. Headings and words in the asked language.
 */
import { buildWorkbook, type XlsxCell, type XlsxSheet } from '../xlsx/workbook.js';
import type { PlanContent } from './plan-content.js';

const date = (iso: string | null): XlsxCell => (iso ? { date: iso } : null);

function actionsSheet(content: PlanContent): XlsxSheet {
  const { columns: c, yes, no } = content.texts;
  return {
    name: content.texts.sheets.actions,
    columns: [
      { heading: c.area, width: 30 },
      { heading: c.subarea, width: 30 },
      { heading: c.improvement, width: 50 },
      { heading: c.title, width: 40 },
      { heading: c.responsible, width: 24 },
      { heading: c.start, width: 12 },
      { heading: c.due, width: 12 },
      { heading: c.status, width: 14 },
      { heading: c.reason, width: 30 },
      { heading: c.progress, width: 11 },
      { heading: c.priority, width: 10 },
      { heading: c.overdue, width: 10 },
      { heading: c.lastNote, width: 50 },
    ],
    rows: content.rows.map((row) => [
      row.area,
      row.subarea,
      row.improvement,
      row.action.title,
      row.action.responsible,
      date(row.action.startDate),
      date(row.action.dueDate),
      row.status,
      row.action.statusReason,
      { percent: row.action.progress },
      row.priority,
      row.action.overdue ? yes : no,
      row.lastNote ? `${content.date(row.lastNote.notedOn)}: ${row.lastNote.text}` : '',
    ]),
  };
}

function improvementsSheet(content: PlanContent): XlsxSheet {
  const { columns: c, coverage } = content.texts;
  return {
    name: content.texts.sheets.improvements,
    columns: [
      { heading: c.area, width: 30 },
      { heading: c.number, width: 6 },
      { heading: c.improvement, width: 60 },
      { heading: c.actions, width: 50 },
      { heading: c.coverage, width: 18 },
    ],
    rows: content.improvements.map((improvement) => [
      improvement.area,
      improvement.number,
      improvement.text,
      improvement.actions.map((row) => row.action.title).join('\n'),
      coverage[improvement.coverage],
    ]),
  };
}

function notesSheet(content: PlanContent): XlsxSheet {
  const { columns: c } = content.texts;
  return {
    name: content.texts.sheets.notes,
    columns: [
      { heading: c.action, width: 40 },
      { heading: c.notedOn, width: 12 },
      { heading: c.note, width: 70 },
      { heading: c.progress, width: 11 },
      { heading: c.author, width: 24 },
    ],
    rows: content.notes.map(({ row, note }) => [row.action.title, date(note.notedOn), note.text, note.progress === null ? null : { percent: note.progress }, note.authorName]),
  };
}

/** The plan as an .xlsx file. */
export function renderPlanXlsx(content: PlanContent): Buffer {
  return buildWorkbook({ title: content.title, locale: content.locale, sheets: [actionsSheet(content), improvementsSheet(content), notesSheet(content)] });
}
