import { RANK_CLASS_COUNT } from '../../contract/statistics.js';
import { useTranslation } from '../language/language-context.js';
import { rankColour, RANK_INK } from './rank-colours.js';

/**
 * A rank class as a cell shows it: filled with the class's colour, with a five-step meter (the
 * pattern) and the class in words, so colour is never the only sign. No class: grey and hatched.
 */
export function RankBadge({ rankClass }: { rankClass: number | null }) {
  const { t } = useTranslation();
  if (rankClass === null) {
    return <span className="rank-badge rank-badge--none">{t('statistics.rank.none')}</span>;
  }
  return (
    <span className="rank-badge" style={{ background: rankColour(rankClass), color: RANK_INK[rankClass - 1] }}>
      <span className="rank-badge__meter" aria-hidden="true">
        {Array.from({ length: RANK_CLASS_COUNT }, (_, index) => (
          <span key={index} className={index < rankClass ? 'rank-badge__step rank-badge__step--on' : 'rank-badge__step'} />
        ))}
      </span>
      <span>{t('statistics.rank.class', { rankClass, count: RANK_CLASS_COUNT })}</span>
    </span>
  );
}
