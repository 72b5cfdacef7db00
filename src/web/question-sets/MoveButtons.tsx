import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { focusLater } from './editor-context.js';

/**
 * "Flytta upp" and "Flytta ner" of one item; after a move, focus follows the item to its new
 * place (`idAt(index)` names the buttons' ids there). A move at an end is not offered.
 */
export function MoveButtons({ index, count, name, idAt, onMove }: { index: number; count: number; name: string; idAt: (index: number) => string; onMove: (step: -1 | 1) => void }) {
  const { t } = useTranslation();
  const move = (step: -1 | 1) => {
    onMove(step);
    const target = index + step;
    const first = target === 0;
    const last = target === count - 1;
    focusLater(`${idAt(target)}-${step === -1 ? (first ? 'down' : 'up') : last ? 'up' : 'down'}`);
  };
  return (
    <>
      {index > 0 ? (
        <Button id={`${idAt(index)}-up`} type="button" data-size="sm" variant="tertiary" aria-label={t('questionSets.moveUpOf', { name })} onClick={() => move(-1)}>
          ↑ {t('questionSets.moveUp')}
        </Button>
      ) : null}
      {index < count - 1 ? (
        <Button id={`${idAt(index)}-down`} type="button" data-size="sm" variant="tertiary" aria-label={t('questionSets.moveDownOf', { name })} onClick={() => move(1)}>
          ↓ {t('questionSets.moveDown')}
        </Button>
      ) : null}
    </>
  );
}
