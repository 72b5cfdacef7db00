import { Button } from '@digdir/designsystemet-react';
import { focusLater } from '../question-sets/editor-context.js';
import { MoveButtons } from '../question-sets/MoveButtons.js';
import { useTranslation } from '../language/language-context.js';
import { ConfirmAction } from './ConfirmAction.js';
import { useEditor } from './editor-context.js';

/**
 * Moving an item of a list up or down (focus follows it) and removing it after a confirmation
 * (focus then goes to `afterRemove`, the list's add button). Nothing is offered read-only.
 */
export function ItemTools({ index, count, name, idAt, onMove, removeLabel, confirmQuestion, onRemove, afterRemove }: {
  index: number;
  count: number;
  /** The item's name for the buttons' labels ("Delområde 1.2"). */
  name: string;
  /** The element id of the item at a place (its buttons' ids start with it). */
  idAt(index: number): string;
  onMove(step: -1 | 1): void;
  removeLabel: string;
  confirmQuestion: string;
  onRemove(): void;
  afterRemove: string;
}) {
  const { t } = useTranslation();
  const { readOnly, confirming, setConfirming } = useEditor();
  if (readOnly) return null;
  const key = `${idAt(index)}-remove`;
  return (
    <div className="fv-item-tools">
      <MoveButtons index={index} count={count} name={name} idAt={idAt} onMove={onMove} />
      {confirming === key ? (
        <ConfirmAction
          question={confirmQuestion}
          yes={t('frameworkAuthoring.removeYes')}
          onYes={() => {
            setConfirming(null);
            onRemove();
            focusLater(afterRemove);
          }}
          onNo={() => {
            setConfirming(null);
            focusLater(key);
          }}
        />
      ) : (
        <Button id={key} type="button" data-size="sm" variant="tertiary" data-color="danger" onClick={() => setConfirming(key)}>
          {removeLabel}
        </Button>
      )}
    </div>
  );
}
