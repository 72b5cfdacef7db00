import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { apiErrorText } from '../../api/error-text.js';
import { useTranslation } from '../../language/language-context.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';

export interface TakeOverButtonProps {
  /** The button's text and its fuller name for screen readers (naming the unit or area). */
  label: string;
  name?: string;
  /** When something is written already, the question asked before it is replaced. */
  replaceQuestion: string | null;
  /** Takes over, after saving what is pending: false when that could not be saved; throws when the take-over failed. */
  takeOver(): Promise<boolean>;
  done: string;
  failed: string;
  /** Said when what is pending could not be saved first. */
  unsaved: string;
}

/**
 * "Start from the previous one": takes a previous score or text over as the new evaluation's own
 * (asking first when something is written already), says what happened, and keeps the focus on
 * the button so the keyboard goes on from where it was.
 */
export function TakeOverButton({ label, name, replaceQuestion, takeOver, done, failed, unsaved }: TakeOverButtonProps) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  // The question takes the focus when it opens: its answer is what the keyboard does next.
  useEffect(() => {
    if (asking) replaceRef.current?.focus();
  }, [asking]);

  const run = async () => {
    if (busy) return;
    setAsking(null);
    setBusy(true);
    setNotice(null);
    try {
      setNotice((await takeOver()) ? { color: 'success', text: done } : { color: 'warning', text: unsaved });
    } catch (error) {
      setNotice({ color: 'danger', text: failed, detail: apiErrorText(error, t) });
    } finally {
      setBusy(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div className="take-over">
      <Button
        ref={buttonRef}
        type="button"
        variant="secondary"
        data-size="sm"
        aria-label={name}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (replaceQuestion) setAsking(replaceQuestion);
          else void run();
        }}
      >
        {label}
      </Button>
      {asking ? (
        <Alert data-color="warning" data-size="sm" className="take-over__question">
          <Paragraph data-size="sm">{asking}</Paragraph>
          <div className="button-row">
            <Button ref={replaceRef} type="button" data-size="sm" onClick={() => void run()}>
              {t('followUp.unit.replace')}
            </Button>
            <Button
              type="button"
              data-size="sm"
              variant="secondary"
              onClick={() => {
                setAsking(null);
                buttonRef.current?.focus();
              }}
            >
              {t('followUp.cancel')}
            </Button>
          </div>
        </Alert>
      ) : null}
      <LiveNotice notice={notice} />
    </div>
  );
}
