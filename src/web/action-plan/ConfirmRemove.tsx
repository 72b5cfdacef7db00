import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from '../language/language-context.js';

interface ConfirmRemoveProps {
  /** The button's accessible name, naming what it removes ("Ta bort anteckningen från 3 maj 2026"). */
  label: string;
  /** The question asked before removing, also the name of the group that asks it. */
  question: string;
  /** The words of the button that removes. */
  yes: string;
  onRemove: () => Promise<unknown>;
}

/** A removal asked twice: "Ta bort", then the question with its yes and cancel (one removal at a time). */
export function ConfirmRemove({ label, question, yes, onRemove }: ConfirmRemoveProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" variant="tertiary" data-size="sm" aria-label={label} onClick={() => setConfirming(true)}>
        {t('actionPlan.remove')}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question} className="button-row">
      <Paragraph data-size="sm">{question}</Paragraph>
      <Button
        type="button"
        data-color="danger"
        data-size="sm"
        aria-disabled={busy || undefined}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          void onRemove().finally(() => setBusy(false));
        }}
      >
        {yes}
      </Button>
      <Button type="button" variant="secondary" data-size="sm" onClick={() => setConfirming(false)}>
        {t('actionPlan.cancel')}
      </Button>
    </div>
  );
}
