import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../language/language-context.js';
import type { AutosaveConflict } from './autosave-state.js';
import './autosave.css';

/** For records that are (or hold) a text: how to merge the two texts by hand. */
export interface TextMerge<T> {
  /** The text of a value (e.g. its rationale). */
  textOf(value: T): string;
  /** The value that a merged text gives (e.g. my score with the merged rationale). */
  apply(text: string, mine: T): T;
  /** Label of the merged field; "Sammanfogad text" by default. */
  label?: string;
}

export interface MergeConflictProps<T> {
  conflict: AutosaveConflict<T>;
  /** What is in conflict, e.g. "Överenskommen poäng för 1.2". */
  title: string;
  headingLevel?: 2 | 3 | 4 | 5;
  /** One side, shown read-only. */
  renderValue(value: T): ReactNode;
  /** Send mine again over the saved version. */
  onKeepMine(): void;
  /** Take the saved version. */
  onTakeSaved(): void;
  /** For texts: an editable merged field. */
  merge?: TextMerge<T> & { onMerge(value: T): void };
}

/**
 * A stale write, side by side: "Din version" and "Sparad version", with "Behåll min", "Använd
 * den sparade" and, for texts, a field to merge the two by hand. Nothing is chosen for the user.
 */
export function MergeConflict<T>({ conflict, title, headingLevel = 4, renderValue, onKeepMine, onTakeSaved, merge }: MergeConflictProps<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  const [merged, setMerged] = useState(() => (merge ? merge.textOf(conflict.mine) : ''));
  return (
    <section className="merge-conflict" role="group" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="2xs" id={headingId}>
        {t('autosave.conflictHeading', { title })}
      </Heading>
      <Paragraph data-size="sm">{t('autosave.conflictIntro')}</Paragraph>
      <div className="merge-conflict__sides">
        <div className="merge-conflict__side">
          <p className="merge-conflict__label">{t('autosave.mine')}</p>
          <div className="merge-conflict__value">{renderValue(conflict.mine)}</div>
        </div>
        <div className="merge-conflict__side">
          <p className="merge-conflict__label">{t('autosave.theirs')}</p>
          <div className="merge-conflict__value">{renderValue(conflict.theirs)}</div>
        </div>
      </div>
      <div className="merge-conflict__actions">
        <Button type="button" variant="primary" data-size="sm" onClick={onKeepMine}>
          {t('autosave.keepMine')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onTakeSaved}>
          {t('autosave.takeSaved')}
        </Button>
      </div>
      {merge ? (
        <div className="merge-conflict__merge">
          <Textfield
            multiline
            rows={5}
            label={merge.label ?? t('autosave.mergedLabel')}
            description={t('autosave.mergedHint')}
            value={merged}
            lang="sv"
            spellCheck
            onChange={(event) => setMerged(event.target.value)}
          />
          <Button type="button" variant="secondary" data-size="sm" onClick={() => merge.onMerge(merge.apply(merged, conflict.mine))}>
            {t('autosave.saveMerged')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
