import { formatDecimalString, formatNumber, hasFraction } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import './score-value.css';

/**
 * A score as the whole number shown in tables. When the exact score has decimals, it is
 * available as a tooltip and to screen readers, so rounding never hides the real value.
 */
export function ScoreValue({ shown, exact }: { shown: number; exact: string | null }) {
  const { language, t } = useTranslation();
  const text = formatNumber(shown, language);
  if (!exact || !hasFraction(exact)) return <>{text}</>;
  const exactText = t('common.exact', { value: formatDecimalString(exact, language) });
  return (
    <span title={exactText} className="score-rounded">
      {text}
      <span className="ds-sr-only"> ({exactText})</span>
    </span>
  );
}
