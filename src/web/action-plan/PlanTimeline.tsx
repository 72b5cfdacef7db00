import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatPartialDate, LOCALES, type Language } from '../../i18n/index.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import type { ActionPlan } from './action-plan-api.js';
import { OverdueFlag, StatusTag } from './ActionMarks.js';
import { timelineLayout } from './timeline.js';

/** At most this many month names under the axis; the others are ticks only. */
const MAX_MONTH_LABELS = 8;

/** "jan. 2027" at the first month and each January, else "mars". */
function monthLabel(month: string, withYear: boolean, language: Language): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[language], withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' }).format(date);
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The actions on a month axis: a bar from each action's start to its due date (a mark where only
 * one date is known), today as a line, overdue bars hatched and marked. The drawing is for the
 * eye; the table below it holds the same data for every reader (and is what screen readers read).
 */
export function PlanTimeline({ plan }: { plan: ActionPlan }) {
  const { t, language } = useTranslation();
  const contentLanguage = useContentLanguage();
  const captionId = useId();
  const layout = timelineLayout(plan.actions, plan.today);
  const step = Math.max(1, Math.ceil(layout.months.length / MAX_MONTH_LABELS));
  const actions = new Map(plan.actions.map((action) => [action.id, action]));
  const date = (value: string | null) => (value ? formatPartialDate(value, language) : t('actionPlan.notGiven'));

  return (
    <div className="plan-timeline">
      {layout.bars.length > 0 ? (
        <div className="timeline" aria-hidden="true">
          <div className="timeline__row timeline__row--axis">
            <span className="timeline__label" />
            <div className="timeline__track">
              {layout.months.map((month, index) => (
                <span key={month.month} className="timeline__month" style={{ insetInlineStart: percent(month.offset), width: percent(month.width) }}>
                  {index % step === 0 ? monthLabel(month.month, index === 0 || month.month.endsWith('-01'), language) : ''}
                </span>
              ))}
            </div>
          </div>
          {layout.bars.map((bar) => {
            const action = actions.get(bar.id)!;
            const classes = ['timeline__bar', `timeline__bar--${bar.kind}`, `timeline__bar--${action.status}`, action.overdue ? 'timeline__bar--overdue' : ''].filter(Boolean).join(' ');
            return (
              <div key={bar.id} className="timeline__row">
                <span className="timeline__label" lang={contentLanguage}>
                  {action.title}
                  {action.overdue ? (
                    <>
                      {' '}
                      <OverdueFlag />
                    </>
                  ) : null}
                </span>
                <div className="timeline__track">
                  {layout.months.map((month) => (
                    <span key={month.month} className="timeline__gridline" style={{ insetInlineStart: percent(month.offset) }} />
                  ))}
                  {layout.today !== null ? <span className="timeline__today" style={{ insetInlineStart: percent(layout.today) }} /> : null}
                  <span className={classes} style={{ insetInlineStart: percent(bar.from), width: percent(Math.max(bar.to - bar.from, 0.004)) }} />
                </div>
              </div>
            );
          })}
          <p className="timeline__legend">
            <span className="timeline__legend-today" /> {t('actionPlan.timeline.today', { date: formatPartialDate(plan.today, language) })}
          </p>
        </div>
      ) : (
        <p>{t('actionPlan.timeline.noDates')}</p>
      )}

      <TableScroll labelledBy={captionId}>
        <Table className="data-table timeline-table">
          <caption id={captionId}>{t('actionPlan.timeline.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('actionPlan.field.title')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('actionPlan.field.startDate')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('actionPlan.field.dueDate')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('actionPlan.field.status')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('actionPlan.field.progress')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...layout.bars.map((bar) => bar.id), ...layout.undated].map((id) => {
              const action = actions.get(id)!;
              return (
                <Table.Row key={id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={paths.action(plan.evaluationId, id)}>
                      <span lang={contentLanguage}>{action.title}</span>
                    </AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{date(action.startDate)}</Table.Cell>
                  <Table.Cell>
                    {date(action.dueDate)}
                    {action.overdue ? (
                      <>
                        {' '}
                        <OverdueFlag />
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag status={action.status} />
                  </Table.Cell>
                  <Table.Cell className="num">{t('actionPlan.percent', { value: action.progress })}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}
