import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';

const DIGG_REPORT_URL = 'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet';

/**
 * The accessibility statement that Swedish public digital services must publish (DOS-lagen):
 * how accessible Kompass is, how that is checked, known gaps, and where to report problems.
 */
export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  const [reportBefore, reportAfter] = t('accessibility.supervision').split('{link}');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <div>
        <Paragraph>{t('accessibility.intro')}</Paragraph>
        <Heading level={2} data-size="sm">{t('accessibility.statusHeading')}</Heading>
        <Paragraph>{t('accessibility.status')}</Paragraph>
        <Heading level={2} data-size="sm">{t('accessibility.testingHeading')}</Heading>
        <ul>
          <li>{t('accessibility.testing.axe')}</li>
          <li>{t('accessibility.testing.keyboard')}</li>
          <li>{t('accessibility.testing.narrow')}</li>
          <li>{t('accessibility.testing.colour')}</li>
        </ul>
        <Heading level={2} data-size="sm">{t('accessibility.gapsHeading')}</Heading>
        <ul>
          <li>{t('accessibility.gaps.reportTexts')}</li>
          <li>{t('accessibility.gaps.translations')}</li>
        </ul>
        <Heading level={2} data-size="sm">{t('accessibility.feedbackHeading')}</Heading>
        <Paragraph>{t('accessibility.feedback')}</Paragraph>
        <Paragraph>
          {reportBefore}
          <a className="ds-link" href={DIGG_REPORT_URL}>
            {t('accessibility.diggLink')}
          </a>
          {reportAfter}
        </Paragraph>
        <Paragraph data-size="sm" className="muted">{t('accessibility.updated')}</Paragraph>
      </div>
    </div>
  );
}
