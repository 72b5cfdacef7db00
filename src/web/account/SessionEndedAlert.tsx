import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { paths } from '../paths.js';

/**
 * Shown when a change was refused because the session had ended. The sign-in opens in a new
 * tab so that what the user typed here stays; back here, the session is read again on focus
 * and the message goes away once signed in.
 */
export function SessionEndedAlert() {
  const { t } = useTranslation();
  const { ended, dismissEnded } = useSession();
  const { pathname, search } = useLocation();
  if (!ended) return null;
  return (
    <div className="page session-ended">
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('session.ended')}</Paragraph>
        <Paragraph data-size="sm">{t('session.endedHelp')}</Paragraph>
        <div className="session-ended__actions">
          <a className="ds-link" href={paths.signIn(`${pathname}${search}`)} target="_blank" rel="noopener">
            {t('session.endedLink')}
          </a>
          <Button type="button" variant="tertiary" data-size="sm" onClick={dismissEnded}>
            {t('common.close')}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
