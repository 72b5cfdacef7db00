import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../ui/AppLink.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';

/** Where the report section of an evaluation's page is anchored. */
export const REPORT_ANCHOR = 'rapport';

/** The evaluation page's way to its report: web page, Word or PDF with the chosen comparisons. */
export function ReportSection({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={REPORT_ANCHOR} className="report-section">
      <Heading level={2} data-size="sm" id={REPORT_ANCHOR}>
        {t('reports.section.heading')}
      </Heading>
      <Paragraph>{t('reports.section.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.report(evaluationId)}>{t('reports.section.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
