import { useTranslation } from '../language/language-context.js';
import { actionPlanApi } from './action-plan-api.js';

/** The plan as an Excel workbook or a Word document, in the language the reader uses. */
export function ExportLinks({ evaluationId }: { evaluationId: string }) {
  const { t, language } = useTranslation();
  return (
    <ul className="plan-exports" aria-label={t('actionPlan.export.label')}>
      <li>
        <a className="ds-link" href={actionPlanApi.exportUrl(evaluationId, 'xlsx', language)} download>
          {t('actionPlan.export.xlsx')}
        </a>
      </li>
      <li>
        <a className="ds-link" href={actionPlanApi.exportUrl(evaluationId, 'docx', language)} download>
          {t('actionPlan.export.docx')}
        </a>
      </li>
    </ul>
  );
}
