import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { paragraphsOf, ReportText } from './ReportText.js';

export const SUMMARY_ANCHOR = 'sammanfattande-kommentarer';

/** The report's summary comments, paragraph by paragraph. */
export function SummaryComments({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={SUMMARY_ANCHOR} className="summary-comments">
      <Heading level={2} data-size="sm" id={SUMMARY_ANCHOR}>
        {t('evaluation.summaryComments')}
      </Heading>
      <ReportText paragraphs={paragraphsOf(text)} />
    </section>
  );
}
