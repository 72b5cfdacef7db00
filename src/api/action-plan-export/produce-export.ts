/**
 * Makes an export of an action plan: the plan read as the reader may read it (404 otherwise),
 * its content built in the asked language and written as a workbook or a Word document. The
 * writers (docx, fflate) load with the first export, not at start.
 */
import { ACTION_PLAN_EXPORT_MEDIA_TYPES, type ActionPlanExportFormat } from '../../contract/action-plan-export.js';
import type { Principal } from '../../domain/access.js';
import { frameworkOf } from '../../domain/framework.js';
import type { Language } from '../../i18n/language.js';
import type { AppContext } from '../../kernel/context.js';
import { loadActionPlan } from '../action-plans/queries.js';

export interface ActionPlanExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The plan of the evaluation as a file, for a reader who may read the plan. */
export async function produceActionPlanExport(
  context: AppContext,
  evaluationId: string,
  principal: Principal,
  format: ActionPlanExportFormat,
  language: Language,
): Promise<ActionPlanExportFile> {
  const plan = await loadActionPlan(context.database.db, context.catalogue, evaluationId, principal);
  const { buildPlanContent, renderPlanDocx, renderPlanXlsx } = await import('../../report/action-plan/index.js');
  const content = buildPlanContent({ plan, framework: frameworkOf(context.catalogue, plan.frameworkId), language });
  return {
    body: format === 'xlsx' ? renderPlanXlsx(content) : renderPlanDocx(content),
    contentType: ACTION_PLAN_EXPORT_MEDIA_TYPES[format],
    fileName: `${content.fileSlug}.${format}`,
  };
}
