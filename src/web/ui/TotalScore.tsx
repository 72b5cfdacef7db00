import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { ScoreValue } from './ScoreValue.js';
import './total-score.css';

/**
 * The grand total, large: shown points of the maximum and the percentage. A total with units
 * left unscored is labelled incomplete, so it is never read as a complete result.
 */
export function TotalScore({ total, complete = true }: { total: EvaluationDetail['total']; complete?: boolean }) {
  const { language, t } = useTranslation();
  const [before, after] = t('evaluation.totalValue', { max: formatNumber(total.max, language) }).split('{value}');
  return (
    <div className="total-score">
      <p className="total-score__label">{complete ? t('evaluation.totalLabel') : t('evaluation.totalLabelIncomplete')}</p>
      <p className="total-score__value">
        {before}
        <strong className="total-score__number">
          <ScoreValue shown={total.shown} exact={total.score} />
        </strong>
        {after}
      </p>
      <p className="total-score__percent">{t('evaluation.percentValue', { percent: formatPercent(total.percent, language) })}</p>
      <span className="total-score__track" aria-hidden="true">
        <span className="total-score__bar" style={{ width: `${Math.min(100, Math.max(0, total.percent))}%` }} />
      </span>
    </div>
  );
}
