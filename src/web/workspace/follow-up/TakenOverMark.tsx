import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from '../../language/language-context.js';

/** Marks a score or text taken over from the previous evaluation and not edited since. */
export function TakenOverMark({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <p className="taken-over-mark">
      <Tag data-color="info" data-size="sm" className="inline-tag" data-taken-over="true">
        {text ?? t('followUp.takenOver')}
      </Tag>
    </p>
  );
}
