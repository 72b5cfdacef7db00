import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import type { MyMunicipality } from './my-municipality-api.js';

/** When the municipality plans its next evaluation, and the follow-up under way, if there is one. */
export function FollowUpSection({ followUp }: { followUp: MyMunicipality['nextFollowUp'] }) {
  const { language, t } = useTranslation();
  return (
    <section aria-labelledby="min-kommun-uppfoljning" className="my-municipality__section">
      <Heading level={2} data-size="sm" id="min-kommun-uppfoljning">
        {t('myMunicipality.followUp.heading')}
      </Heading>
      <Paragraph>
        {followUp.planned ? t('myMunicipality.followUp.planned', { date: formatPartialDate(followUp.planned, language) }) : t('myMunicipality.followUp.notPlanned')}
      </Paragraph>
      {followUp.evaluation ? (
        <Paragraph>
          {t('myMunicipality.followUp.underWay')}{' '}
          <AppLink to={paths.evaluation(followUp.evaluation.id)}>{t('myMunicipality.followUp.evaluationLink', { framework: followUp.evaluation.frameworkTitle })}</AppLink>{' '}
          ({t(`status.${followUp.evaluation.status}`)})
        </Paragraph>
      ) : null}
    </section>
  );
}
