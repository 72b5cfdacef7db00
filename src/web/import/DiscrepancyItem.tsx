import { useTranslation } from '../language/language-context.js';
import { describeDiscrepancy, type DiscrepancyData } from './import-texts.js';

/**
 * One inconsistency the importer found, as a sentence in the UI language, with a note when the
 * difference can come from rounding. Shared by the import page and the evaluation page.
 */
export function DiscrepancyItem({ discrepancy }: { discrepancy: DiscrepancyData }) {
  const { language, t } = useTranslation();
  const sentence = describeDiscrepancy(discrepancy, t, language);
  return (
    <li className="discrepancy">
      {sentence ?? <span lang="en">{discrepancy.message ?? discrepancy.kind}</span>}
      {discrepancy.explainableByRounding ? (
        <span className="discrepancy__rounding">
          <strong>{t('importReport.roundingLabel')}:</strong> {t('importReport.rounding')}
        </span>
      ) : null}
    </li>
  );
}
