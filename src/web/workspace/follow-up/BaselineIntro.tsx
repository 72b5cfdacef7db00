import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../language/language-context.js';
import type { Baseline } from './follow-up-api.js';

/**
 * What a panel of a follow-up says first about the baseline it shows: how to use it and, when the
 * previous evaluation used another model version, the area map's caveat.
 */
export function BaselineIntro({ baseline, text }: { baseline: Baseline; text: string }) {
  const { t } = useTranslation();
  return (
    <div className="follow-up-intro">
      <Paragraph>{text}</Paragraph>
      {!baseline.sameModel ? (
        <Alert data-color="warning" className="workspace-caveat">
          <Heading level={3} data-size="2xs">
            {t('followUp.caveatHeading')}
          </Heading>
          <Paragraph>{baseline.caveat ?? t('followUp.caveatFallback')}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
