import type { ActionPlanExportTexts } from './types.js';

/** Swedish texts of the action plan's exports and report annex. */
export const sv: ActionPlanExportTexts = {
  heading: 'Handlingsplan',
  title: (municipality) => `Handlingsplan – ${municipality}`,
  fileSlug: 'handlingsplan',
  annexIntro: (municipality) =>
    `${municipality} har tagit fram en handlingsplan utifrån utvärderingens förbättringsmöjligheter. Här visas åtgärderna per område och hur långt de har kommit.`,
  facts: { municipality: 'Kommun', framework: 'Modell', reportDate: 'Rapportens datum', nextFollowUp: 'Nästa uppföljning', asOf: 'Läget per' },
  sheets: { actions: 'Åtgärder', improvements: 'Förbättringsmöjligheter', notes: 'Anteckningar' },
  columns: {
    area: 'Område',
    subarea: 'Delområde',
    improvement: 'Förbättringsmöjlighet',
    title: 'Åtgärd',
    responsible: 'Ansvarig',
    start: 'Start',
    due: 'Klart senast',
    status: 'Status',
    reason: 'Motivering',
    progress: 'Framdrift',
    priority: 'Prioritet',
    overdue: 'Försenad',
    lastNote: 'Senaste anteckning',
    number: 'Nr',
    coverage: 'Läge',
    actions: 'Åtgärder',
    action: 'Åtgärd',
    notedOn: 'Datum',
    note: 'Anteckning',
    author: 'Skriven av',
  },
  status: { planned: 'Planerad', in_progress: 'Pågår', done: 'Genomförd', dropped: 'Avbruten' },
  priority: { high: 'Hög', medium: 'Medel', low: 'Låg' },
  coverage: { none: 'Ingen åtgärd', planned: 'Åtgärd planerad', underway: 'Arbete pågår', done: 'Genomförd' },
  yes: 'Ja',
  no: 'Nej',
  overdueStatus: (status) => `${status} – försenad`,
  droppedStatus: (status, reason) => `${status}: ${reason}`,
  summary: {
    heading: 'Sammanfattning',
    improvements: (withAction, total, done) => `${withAction} av ${total} förbättringsmöjligheter har minst en åtgärd, och ${done} av dem är genomförda.`,
    actions: (count, total, planned, inProgress, done, dropped) =>
      count === 1
        ? `Planen har ${total} åtgärd: ${planned} planerad, ${inProgress} pågående, ${done} genomförd och ${dropped} avbruten.`
        : `Planen har ${total} åtgärder: ${planned} planerade, ${inProgress} pågående, ${done} genomförda och ${dropped} avbrutna.`,
    overdue: (count, formatted) => (count === 0 ? 'Ingen åtgärd är försenad.' : count === 1 ? `${formatted} åtgärd är försenad.` : `${formatted} åtgärder är försenade.`),
    meanProgress: (percent) => `Åtgärderna som inte har avbrutits har i genomsnitt kommit ${percent} av vägen.`,
    noActions: 'Planen har ännu inga åtgärder.',
  },
  otherActions: 'Åtgärder utan område',
  areaHeading: (code, title) => `Område ${code}: ${title}`,
  tableCaption: (area) => `Åtgärder – ${area}`,
  notesHeading: 'Anteckningar om framdriften',
  noteLine: (date, text, progress) => `${date}: ${text}${progress ? ` (framdrift ${progress})` : ''}`,
  noNotes: 'Inga anteckningar ännu.',
};
