import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../language/language-context.js';

/** A question with its two answers in place of the button that asked it; the "yes" answer takes focus. */
export function ConfirmAction({ question, yes, onYes, onNo, danger = true }: { question: string; yes: string; onYes: () => void; onNo: () => void; danger?: boolean }) {
  const { t } = useTranslation();
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => yesButton.current?.focus(), []);
  return (
    <div role="group" aria-label={question} className="fv-confirm">
      <span>{question}</span>
      <Button ref={yesButton} type="button" data-size="sm" data-color={danger ? 'danger' : undefined} onClick={onYes}>
        {yes}
      </Button>
      <Button type="button" data-size="sm" variant="secondary" onClick={onNo}>
        {t('frameworkAuthoring.cancel')}
      </Button>
    </div>
  );
}
