import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { ReportText } from './ReportText.js';
import { textAnchor } from '../../domain/text-anchors.js';

export const SUMMARY_ANCHOR = 'sammanfattande-kommentarer';

/** The evaluation's summary comments (Markdown). */
export function SummaryComments({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={SUMMARY_ANCHOR} className="summary-comments">
      <Heading level={2} data-size="sm" id={SUMMARY_ANCHOR}>
        {t('evaluation.summaryComments')}
      </Heading>
      <ReportText text={text} id={textAnchor({ kind: 'summary' })} />
    </section>
  );
}
