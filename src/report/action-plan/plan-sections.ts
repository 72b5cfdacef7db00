/**
 * The action plan as report sections: the summary, a table of actions per area, the improvement
 * opportunities with how far they have come and the notes. The report's annex takes the summary
 * and the areas; the Word export all of it. Rendered by the report's own HTML and Word renderers.
 */
import type { ReportBlock, ReportSection, ReportTable } from '../model.js';
import type { PlanActionRow, PlanAreaGroup, PlanContent } from './plan-content.js';

const section = (id: string, title: string, blocks: ReportBlock[], sections: ReportSection[] = []): ReportSection => ({
  id,
  number: null,
  title,
  pageBreak: false,
  blocks,
  sections,
});

function actionsTable(content: PlanContent, group: PlanAreaGroup): ReportTable {
  const { columns } = content.texts;
  const row = (entry: PlanActionRow) => [
    entry.action.title,
    entry.action.responsible,
    entry.action.dueDate ? content.date(entry.action.dueDate) : '',
    entry.statusWithFlags,
    content.percent(entry.action.progress),
  ];
  return {
    caption: content.texts.tableCaption(group.heading),
    columns: [
      { label: columns.title, numeric: false },
      { label: columns.responsible, numeric: false },
      { label: columns.due, numeric: false },
      { label: columns.status, numeric: false },
      { label: columns.progress, numeric: true },
    ],
    rows: group.rows.map((entry) => ({ cells: row(entry), total: false })),
  };
}

/** The summary in sentences. */
export function planSummarySection(content: PlanContent, idPrefix: string): ReportSection {
  return section(`${idPrefix}-summary`, content.texts.summary.heading, content.summary.map((text) => ({ kind: 'paragraph', text })));
}

/** One section per area with actions (and one for the actions tied to no area), each with its table. */
export function planAreaSections(content: PlanContent): ReportSection[] {
  return content.groups.map((group) => section(group.id, group.heading, [{ kind: 'table', table: actionsTable(content, group) }]));
}

/** Every improvement opportunity of the report, the actions that answer it and how far they have come. */
export function planImprovementsSection(content: PlanContent, idPrefix: string): ReportSection {
  const { columns, coverage } = content.texts;
  const table: ReportTable = {
    caption: content.texts.sheets.improvements,
    columns: [
      { label: columns.improvement, numeric: false },
      { label: columns.area, numeric: false },
      { label: columns.actions, numeric: false },
      { label: columns.coverage, numeric: false },
    ],
    rows: content.improvements.map((improvement) => ({
      cells: [improvement.text, improvement.area, improvement.actions.map((row) => row.action.title).join('; '), coverage[improvement.coverage]],
      total: false,
    })),
  };
  return section(`${idPrefix}-improvements`, content.texts.sheets.improvements, [{ kind: 'table', table }]);
}

/** The dated notes, under each action that has any. */
export function planNotesSection(content: PlanContent, idPrefix: string): ReportSection {
  const written = content.writtenLanguage === content.language ? {} : { lang: content.writtenLanguage };
  const withNotes = content.rows.filter((row) => row.action.notes.length > 0);
  const sections = withNotes.map((row, index) =>
    section(`${idPrefix}-notes-${index + 1}`, row.action.title, [
      {
        kind: 'list',
        style: 'bullet',
        ...written,
        items: content.notes
          .filter((entry) => entry.row === row)
          // List items are inline Markdown, as a note is.
          .map(({ note }) => content.texts.noteLine(content.date(note.notedOn), note.text, note.progress === null ? null : content.percent(note.progress))),
      },
    ]),
  );
  const blocks: ReportBlock[] = sections.length === 0 ? [{ kind: 'paragraph', text: content.texts.noNotes }] : [];
  return section(`${idPrefix}-notes`, content.texts.notesHeading, blocks, sections);
}

/** The report's annex: the plan's summary and its actions per area. */
export function planAnnex(content: PlanContent): ReportSection {
  return {
    id: 'action-plan',
    number: null,
    title: content.texts.heading,
    pageBreak: true,
    blocks: [{ kind: 'paragraph', text: content.texts.annexIntro(content.municipality) }, { kind: 'facts', facts: content.facts.slice(1) }],
    sections: [planSummarySection(content, 'action-plan'), ...planAreaSections(content)],
  };
}
