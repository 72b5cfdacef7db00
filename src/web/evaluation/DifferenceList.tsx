import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDecimalString } from '../../i18n/index.js';
import type { FigureDifference } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';

/**
 * Every place where the published report's figures disagree, written out in words inside a
 * warning box with an icon, so the warning never rests on colour alone.
 */
export function DifferenceList({ differences, headingLevel = 3 }: { differences: FigureDifference[]; headingLevel?: 2 | 3 }) {
  const { language, t } = useTranslation();
  const describe = (difference: FigureDifference) =>
    t(`difference.${difference.kind}`, {
      area: difference.area ?? '',
      stated: difference.stated,
      derived: difference.derived === undefined ? '' : formatDecimalString(difference.derived, language),
      table: difference.table ?? '',
    });
  return (
    <Alert data-color="warning" className="difference-list">
      <Heading level={headingLevel} data-size="xs">
        <span className="ds-sr-only">{t('published.warningLabel')}: </span>
        {t('published.differencesHeading')}
      </Heading>
      <Paragraph>
        {differences.length === 1 ? t('published.differencesIntroOne') : t('published.differencesIntro', { count: differences.length })}
      </Paragraph>
      <ul>
        {differences.map((difference) => (
          <li key={`${difference.kind}-${difference.area ?? 'total'}`}>{describe(difference)}</li>
        ))}
      </ul>
    </Alert>
  );
}
