/** Consistency checks on printed figures and dates; each returns what it found, never a fix. */
import { formatPoints, type Hundredths } from '../domain/decimal.js';
import type { PrintedNumber } from './numbers.js';
import type { Fieldwork } from './report-meta.js';
import type { Discrepancy } from './types.js';

/** Points for messages ("72", "6,5"). */
export function describeDifference(value: Hundredths): string {
  return formatPoints(value);
}

/**
 * Whether a printed percent can come from the printed achieved/max. Underlying scores are
 * fractional and both the score and the percent are rounded, so the percent is accepted when
 * some true score within half a printed unit of the achieved figure rounds to it.
 */
export function checkPercent(achieved: PrintedNumber, max: PrintedNumber, percent: PrintedNumber): { derived: number; range: string } | null {
  if (max.value <= 0) return null;
  // All quantities in hundredths; x / max * 100 = percent  ⇔  x * 10000 = percent * max.
  const low = (achieved.value - achieved.halfUnit) * 10000;
  const high = (achieved.value + achieved.halfUnit) * 10000;
  const percentLow = (percent.value - percent.halfUnit) * max.value;
  const percentHigh = (percent.value + percent.halfUnit) * max.value;
  if (high >= percentLow && low <= percentHigh) return null;
  const exact = (achieved.value * 100) / max.value;
  const from = Math.max(0, ((achieved.value - achieved.halfUnit) * 100) / max.value);
  const to = ((achieved.value + achieved.halfUnit) * 100) / max.value;
  return { derived: Math.round(exact * 10) / 10, range: `expected about ${from.toFixed(1)}–${to.toFixed(1)} %` };
}

interface DateRange {
  first: string;
  last: string;
}

function range(date: string): DateRange | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  const year = match[1] ?? '';
  const month = match[2];
  const day = match[3];
  if (day && month) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month) return { first: `${year}-${month}-01`, last: `${year}-${month}-31` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A report is dated after its fieldwork and normally within two years of it. */
export function checkReportDates(reportDate: string | null, fieldwork: Fieldwork | null): Discrepancy[] {
  if (!reportDate || !fieldwork) return [];
  const report = range(reportDate);
  const work = range(fieldwork.start);
  if (!report || !work) return [];
  if (report.last < work.first) {
    return [{
      kind: 'date-conflict',
      stated: reportDate,
      derived: fieldwork.start,
      where: 'cover date vs fieldwork in the text',
      message: `The cover is dated ${reportDate}, before the fieldwork (${fieldwork.start}) that the text describes.`,
    }];
  }
  const yearsAfter = Number(report.first.slice(0, 4)) - Number(work.last.slice(0, 4));
  if (yearsAfter > 2) {
    return [{
      kind: 'date-conflict',
      stated: reportDate,
      derived: fieldwork.start,
      where: 'cover date vs fieldwork in the text',
      message: `The cover is dated ${reportDate}, more than two years after the fieldwork (${fieldwork.start}).`,
    }];
  }
  return [];
}
