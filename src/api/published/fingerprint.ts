/**
 * The state of the published data as one string, read with one cheap query: what the public
 * reads (open data, national statistics) depend on. Equal strings mean equal published data, so
 * an answer made from the data can be kept under it and served while the string stays the same;
 * it is read from the database on every request, so several app processes on one database agree.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';

export interface FingerprintOptions {
  /**
   * Also the municipalities' population and SKR group series (an administrator's import changes
   * them while the app runs), for answers that filter on them.
   */
  municipalityFacts?: boolean;
}

/**
 * The published evaluations (their number, ids, versions and last change), their scores (number
 * and last change), the reference data's and the frameworks' state, and with `municipalityFacts`
 * the population and SKR group rows (their number and a sum of their rows' hashes). Every
 * publication, withdrawal, archive re-import (it bumps the version and rewrites the scores),
 * reference update or, with `municipalityFacts`, import of population or SKR groups changes it.
 */
export async function publishedFingerprint(executor: Executor, options: FingerprintOptions = {}): Promise<string> {
  const facts = options.municipalityFacts
    ? sql`,
        (select count(*)::text || ' ' || coalesce(sum(hashtext(p.municipality_id || ' ' || p.year || ' ' || p.population)::bigint), 0)::text
          from municipality_populations p) as populations,
        (select count(*)::text || ' ' || coalesce(sum(hashtext(g.municipality_id || ' ' || g.year || ' ' || g.group_code)::bigint), 0)::text
          from municipality_groups g) as groups`
    : sql``;
  const [row] = await queryRows<Record<string, string | number | null>>(
    executor,
    // Two scans (the published evaluations, their scores) give the columns in the order and with
    // the values of one subquery each, so the string is that of the subqueries' version.
    sql`select ev.evaluations, ev.versions, ev.ids, ev.updated, sc.scores, sc.scores_updated,
        (select coalesce(max(f.updated_at), 'epoch')::text from frameworks f) as frameworks,
        (select a.value from app_settings a where a.key = 'reference-data-fingerprint') as reference${facts}
      from (select count(*)::text as evaluations, coalesce(sum(e.version), 0)::text as versions,
              coalesce(sum(hashtext(e.id::text)::bigint), 0)::text as ids, coalesce(max(e.updated_at), 'epoch')::text as updated
            from evaluations e where e.status = 'published') ev,
        (select count(*)::text as scores, coalesce(max(s.updated_at), 'epoch')::text as scores_updated
            from scores s join evaluations e on e.id = s.evaluation_id where e.status = 'published') sc`,
  );
  return JSON.stringify(row ?? {});
}
