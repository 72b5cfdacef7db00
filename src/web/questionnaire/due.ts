import type { QuestionnaireStatus } from '../../domain/question-set-values.js';

/** What the reminder of a questionnaire is reckoned from (the server's dates and days). */
export interface DueFacts {
  status: QuestionnaireStatus;
  opensOn: string;
  dueOn: string;
  /** The server's date the days are reckoned from. */
  today: string;
  daysLeft: number;
  reminder: boolean;
}

export type DueKind = 'submitted' | 'notOpen' | 'overdue' | 'soon' | 'later';

/** Where a questionnaire stands against its dates: submitted, not open yet, overdue, due soon (the reminder) or later. */
export function dueKind(facts: DueFacts): DueKind {
  if (facts.status === 'submitted') return 'submitted';
  if (facts.today < facts.opensOn) return 'notOpen';
  if (facts.daysLeft < 0) return 'overdue';
  return facts.reminder ? 'soon' : 'later';
}
