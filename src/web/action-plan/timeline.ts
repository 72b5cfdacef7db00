/**
 * The layout of the plan's timeline: a month axis covering every dated action (and today), and
 * each action's bar from its start to its due date as fractions of that axis. Pure: the view
 * draws it, and the table beside it shows the same dates.
 */

/** What the timeline needs of an action. */
export interface TimelineItem {
  id: string;
  startDate: string | null;
  dueDate: string | null;
}

/** One month of the axis ("2027-03") and where it begins on the axis (0–1). */
export interface TimelineMonth {
  month: string;
  offset: number;
  width: number;
}

/**
 * An action's place on the axis: `from`–`to` as fractions (0–1). `kind` says what the dates
 * allow: a bar (start and due), only a due date (a mark at the due date) or only a start (a
 * mark at the start, open to the right).
 */
export interface TimelineBar {
  id: string;
  kind: 'span' | 'due' | 'start';
  from: number;
  to: number;
}

export interface TimelineLayout {
  months: TimelineMonth[];
  bars: TimelineBar[];
  /** Today's place on the axis (0–1), or null when today lies outside it. */
  today: number | null;
  /** Ids of the actions with neither date (they are only in the table). */
  undated: string[];
}

const DAY_MS = 86_400_000;

const dayNumber = (iso: string): number => Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);

const monthStart = (month: string): number => dayNumber(`${month}-01`);

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * The axis runs from the first day of the earliest month that holds a date to the end of the
 * latest; today widens it only when some action has a date. Dates are ISO ("2027-03-15").
 */
export function timelineLayout(items: readonly TimelineItem[], today: string): TimelineLayout {
  const dated = items.filter((item) => item.startDate !== null || item.dueDate !== null);
  const undated = items.filter((item) => item.startDate === null && item.dueDate === null).map((item) => item.id);
  if (dated.length === 0) return { months: [], bars: [], today: null, undated };
  const dates = dated.flatMap((item) => [item.startDate, item.dueDate]).filter((date): date is string => date !== null);
  dates.push(today);
  const sorted = [...dates].sort();
  const firstMonth = sorted[0]!.slice(0, 7);
  const lastMonth = sorted[sorted.length - 1]!.slice(0, 7);
  const axisStart = monthStart(firstMonth);
  const axisEnd = monthStart(nextMonth(lastMonth));
  const span = axisEnd - axisStart;
  const at = (iso: string, endOfDay = false) => (dayNumber(iso) + (endOfDay ? 1 : 0) - axisStart) / span;

  const months: TimelineMonth[] = [];
  for (let month = firstMonth; monthStart(month) < axisEnd; month = nextMonth(month)) {
    const offset = (monthStart(month) - axisStart) / span;
    months.push({ month, offset, width: (monthStart(nextMonth(month)) - monthStart(month)) / span });
  }

  const bars = dated.map((item): TimelineBar => {
    if (item.startDate !== null && item.dueDate !== null) return { id: item.id, kind: 'span', from: at(item.startDate), to: at(item.dueDate, true) };
    if (item.dueDate !== null) return { id: item.id, kind: 'due', from: at(item.dueDate), to: at(item.dueDate, true) };
    return { id: item.id, kind: 'start', from: at(item.startDate!), to: 1 };
  });
  return { months, bars, today: at(today), undated };
}
