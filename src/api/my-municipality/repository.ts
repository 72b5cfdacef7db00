/** SQL of the municipality start page: its latest published evaluation with an action plan, the plan's actions and improvement opportunities, and a follow-up under way. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { visibleEvaluations } from '../../db/evaluation-visibility.js';
import { queryRows } from '../../db/query.js';
import type { ActionStatus, PlanVisibility } from '../../domain/action-plan-values.js';
import type { EvaluationVisibility } from '../../domain/access.js';
import type { ImprovementItem } from '../../domain/action-plan.js';
import type { EvaluationStatus } from '../../domain/evaluation-status.js';

export interface HomePlanRow {
  evaluationId: string;
  frameworkId: string;
  fieldworkStart: string | null;
  reportDate: string | null;
  visibility: PlanVisibility;
  nextFollowUp: string | null;
}

/** The action plan of the municipality's latest published evaluation that has one (the chronology of the comparisons' "latest"). */
export async function findLatestPlan(executor: Executor, municipalityId: string): Promise<HomePlanRow | null> {
  const [row] = await queryRows<HomePlanRow>(
    executor,
    sql`select e.id as "evaluationId", e.framework_id as "frameworkId", e.fieldwork_start as "fieldworkStart", e.report_date as "reportDate",
        p.visibility, p.next_follow_up as "nextFollowUp"
      from action_plans p join evaluations e on e.id = p.evaluation_id
      where e.municipality_id = ${municipalityId} and e.status = 'published'
      order by coalesce(e.fieldwork_start, e.report_date) desc nulls first, e.created_at desc, e.id desc
      limit 1`,
  );
  return row ?? null;
}

export interface HomeActionRow {
  id: string;
  title: string;
  responsible: string;
  dueDate: string | null;
  status: ActionStatus;
  progress: number;
  areaCode: string | null;
  improvementIndex: number | null;
}

/** A plan's actions in the plan's order. */
export async function listPlanActions(executor: Executor, evaluationId: string): Promise<HomeActionRow[]> {
  return queryRows<HomeActionRow>(
    executor,
    sql`select id, title, responsible, due_date as "dueDate", status, progress, area_code as "areaCode", improvement_index as "improvementIndex"
      from plan_actions where evaluation_id = ${evaluationId} order by position, created_at, id`,
  );
}

/** The improvement opportunities of the report, area by area, each with its place in its area's list. */
export async function listImprovements(executor: Executor, evaluationId: string): Promise<ImprovementItem[]> {
  const rows = await queryRows<{ areaCode: string; improvements: string[] }>(
    executor,
    sql`select area_code as "areaCode", improvements from area_texts where evaluation_id = ${evaluationId}`,
  );
  return rows.flatMap((row) => row.improvements.map((text, index) => ({ areaCode: row.areaCode, index, text })));
}

export interface FollowUpRow {
  id: string;
  status: EvaluationStatus;
  frameworkId: string;
}

/**
 * The newest follow-up under way: an evaluation not yet published whose baseline is one of the
 * municipality's evaluations, and which the asker may read (a draft stays unseen as everywhere).
 */
export async function findFollowUpUnderWay(executor: Executor, municipalityId: string, visibility: EvaluationVisibility): Promise<FollowUpRow | null> {
  const [row] = await queryRows<FollowUpRow>(
    executor,
    sql`select f.id, f.status, f.framework_id as "frameworkId"
      from evaluations f join evaluations b on b.id = f.baseline_evaluation_id
      where b.municipality_id = ${municipalityId} and f.status <> 'published' and ${visibleEvaluations('f', visibility)}
      order by f.created_at desc, f.id desc
      limit 1`,
  );
  return row ?? null;
}
