import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ImportReport } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { ImportFindings } from './ImportFindings.js';
import { toDiscrepancy, toNote } from './import-texts.js';

export const IMPORT_REPORT_ANCHOR = 'importrapport';

/** For an imported evaluation: the file it came from and what the importer found in it. */
export function ImportReportSection({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={IMPORT_REPORT_ANCHOR} className="published-section">
      <Heading level={2} data-size="sm" id={IMPORT_REPORT_ANCHOR}>
        {t('importReport.heading')}
      </Heading>
      <Paragraph>{t('importReport.file', { file: report.file })}</Paragraph>
      <ImportFindings discrepancies={report.discrepancies.map(toDiscrepancy)} notes={report.notes.map(toNote)} headingLevel={3} />
    </section>
  );
}
