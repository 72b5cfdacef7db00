import { sql, type SQL } from 'drizzle-orm';
import type { EvaluationVisibility } from '../domain/access.js';

/**
 * The SQL form of domain/access's visibility rule over the evaluations table aliased `alias`,
 * so listings and counts never show what reading one evaluation would refuse.
 */
export function visibleEvaluations(alias: string, visibility: EvaluationVisibility): SQL {
  if (visibility.kind === 'all') return sql`true`;
  const table = sql.raw(alias);
  const visible: SQL[] = [sql`${table}.status = 'published'`];
  if (visibility.assignedTo) {
    visible.push(sql`exists (select 1 from evaluation_assignments a where a.evaluation_id = ${table}.id and a.user_id = ${visibility.assignedTo})`);
  }
  if (visibility.municipality) {
    const statuses = sql.join(visibility.municipality.statuses.map((status) => sql`${status}`), sql`, `);
    visible.push(sql`(${table}.municipality_id = ${visibility.municipality.code} and ${table}.status in (${statuses}))`);
  }
  return sql`(${sql.join(visible, sql` or `)})`;
}
