import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { formatDateTime } from '../../components/import-texts.js';
import { evidenceApi, type Evidence } from './evidence-api.js';
import { viewOfDraft, type EvidenceDraft } from './evidence-draft.js';
import { EvidenceDetails } from './EvidenceDetails.js';
import type { EvidenceUnit } from './evidence-texts.js';

/**
 * Someone saved the item since this user read it: their version and the saved one side by side,
 * and the choice between keeping theirs (saved over the other) or taking the saved one.
 */
export function ConflictView({
  mine,
  current,
  units,
  evaluationId,
  saving,
  onKeepMine,
  onUseSaved,
}: {
  mine: EvidenceDraft;
  current: Evidence;
  units: ReadonlyMap<string, EvidenceUnit>;
  evaluationId: string;
  saving: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [current.version]);
  const fileUrl = (fileId: string) => evidenceApi.fileUrl(evaluationId, fileId);
  return (
    <section aria-labelledby={headingId} className="evidence-conflict">
      <Alert data-color="warning">
        <Heading level={4} data-size="2xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
          {t('evidence.conflict.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('evidence.conflict.intro', { at: formatDateTime(current.updatedAt, language) })}</Paragraph>
      </Alert>
      <div className="evidence-conflict__versions">
        <section aria-label={t('evidence.conflict.mine')} className="evidence-conflict__version">
          <p className="evidence-conflict__label">{t('evidence.conflict.mine')}</p>
          <EvidenceDetails view={viewOfDraft(mine)} units={units} fileUrl={fileUrl} withTitle />
        </section>
        <section aria-label={t('evidence.conflict.saved')} className="evidence-conflict__version">
          <p className="evidence-conflict__label">{t('evidence.conflict.saved')}</p>
          <EvidenceDetails view={current} units={units} fileUrl={fileUrl} withTitle />
        </section>
      </div>
      <div className="evidence-form__actions">
        <Button type="button" aria-disabled={saving || undefined} onClick={() => (saving ? undefined : onKeepMine())}>
          {t('evidence.conflict.keepMine')}
        </Button>
        <Button type="button" variant="secondary" onClick={onUseSaved}>
          {t('evidence.conflict.useSaved')}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('evidence.conflict.hint')}
      </Paragraph>
    </section>
  );
}
