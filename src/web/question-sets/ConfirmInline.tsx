import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../language/language-context.js';

/** "Ta bort …?" with its two answers, in place of the remove button; "Ja, ta bort" takes focus. */
export function ConfirmInline({ question, onYes, onNo }: { question: string; onYes: () => void; onNo: () => void }) {
  const { t } = useTranslation();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div role="group" aria-label={question} className="question-set-confirm">
      <span>{question}</span>
      <Button ref={yes} type="button" data-size="sm" data-color="danger" onClick={onYes}>
        {t('questionSets.removeYes')}
      </Button>
      <Button type="button" data-size="sm" variant="secondary" onClick={onNo}>
        {t('questionSets.cancel')}
      </Button>
    </div>
  );
}
