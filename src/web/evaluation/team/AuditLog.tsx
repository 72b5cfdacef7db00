import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { AuditEntries } from './AuditEntries.js';

/** The evaluation's change log, folded away until asked for (and only then read from the server). */
export function AuditLog({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={headingId} className="evaluation-audit">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('audit.heading')}
      </Heading>
      <Details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
        <Details.Summary>{t('audit.show')}</Details.Summary>
        <Details.Content>
          <Paragraph data-size="sm">{t('audit.intro')}</Paragraph>
          {open ? <AuditEntries evaluationId={evaluationId} /> : null}
        </Details.Content>
      </Details>
    </section>
  );
}
