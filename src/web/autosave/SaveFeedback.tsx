import type { ReactNode } from 'react';
import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { AutosaveStatus } from './AutosaveStatus.js';
import type { VersionedSave } from './use-versioned-save.js';

/** For records that are (or hold) a text: how to merge the two texts by hand. */
interface TextMerge<T> {
  /** The text of a value (e.g. its rationale). */
  textOf(value: T): string;
  /** The value that a merged text gives (e.g. my score with the merged rationale). */
  apply(text: string, mine: T): T;
  /** Label of the merged field; "Sammanfogad text" by default. */
  label?: string;
}

export interface SaveFeedbackProps<T> {
  save: VersionedSave<T>;
  /** What may be in conflict, e.g. "Överenskommen poäng för 1.2". */
  title: string;
  /** One side of a conflict, shown read-only. */
  renderValue(value: T): ReactNode;
  /** For texts: an editable merged field. */
  merge?: TextMerge<T>;
}

/**
 * Where an autosaved record stands (announced politely) and, after a stale write, the conflict
 * view with "Behåll min", "Använd den sparade" and for texts a field to merge the two.
 */
export function SaveFeedback<T>(props: SaveFeedbackProps<T>) {
  return (
    <>
      <AutosaveStatus autosave={props.save} />
      <SaveConflict {...props} />
    </>
  );
}

/** The conflict view alone, for a field that shows its status line elsewhere; nothing without a conflict. */
export function SaveConflict<T>({ save, title, renderValue, merge }: SaveFeedbackProps<T>) {
  const { t } = useTranslation();
  const conflict = save.conflict;
  if (!conflict) return null;
  return (
    <ConflictView
      heading={t('autosave.conflictHeading', { title })}
      intro={t('autosave.conflictIntro')}
      mine={{ label: t('autosave.mine'), content: renderValue(conflict.mine) }}
      saved={{ label: t('autosave.theirs'), content: renderValue(conflict.theirs) }}
      keepMine={{ label: t('autosave.keepMine'), onChoose: () => save.keepMine() }}
      takeSaved={{ label: t('autosave.takeSaved'), onChoose: () => save.takeSaved() }}
      merge={merge ? { initial: merge.textOf(conflict.mine), label: merge.label, onMerge: (text) => save.merge(merge.apply(text, conflict.mine)) } : undefined}
    />
  );
}
