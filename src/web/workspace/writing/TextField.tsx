import { useState, type ReactNode } from 'react';
import type { Versioned } from '../../autosave/autosave-controller.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { Markdown } from '../../ui/Markdown.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { TakenOverMark } from '../follow-up/TakenOverMark.js';
import { textFromConflict } from './text-forms.js';
import { useTextSaveError } from './save-error.js';
import { useContentLanguage } from '../../language/content-language.js';

/** What a follow-up's part beside a record needs to start it from the previous evaluation's. */
export interface TakeOverAccess {
  /** Whether something is written in it now (then taking over asks first). */
  written: boolean;
  /** Saves what is pending; false when it cannot be saved. */
  settle(): Promise<boolean>;
  /** The version the server holds now, as far as this field knows. */
  version(): number;
}

/** A text field's take-over access, and how it shows the text the server wrote from the previous one. */
export interface TextTakeOver extends TakeOverAccess {
  taken(text: Versioned<string>): void;
}

/** A text record as a save answers it; `takenOver` where the record can be taken over from a baseline. */
type SavedText = Versioned<string> & { takenOver?: boolean };

interface AutosavedTextProps {
  label: string;
  description?: string;
  /** What is in conflict, for the merge view's heading. */
  conflictTitle: string;
  initial: Versioned<string>;
  /** Saves the text over `version`; answers what the server kept. */
  save(text: string, version: number): Promise<SavedText>;
  /** The field of a 409's `current` that holds the text. */
  conflictField: 'analysis' | 'text';
  rows?: number;
  /** In a follow-up: the text was taken over from the previous evaluation and not edited since. */
  takenOver?: boolean;
  /** In a follow-up: what stands before the field (the previous text and the way to start from it). */
  baseline?(takeOver: TextTakeOver): ReactNode;
}

/** One autosaved Markdown text (a sub-area's analysis, the summary comments) with preview and merge view. */
export function AutosavedText({ label, description, conflictTitle, initial, save, conflictField, rows = 8, takenOver = false, baseline }: AutosavedTextProps) {
  const contentLanguage = useContentLanguage();
  const describeError = useTextSaveError();
  const [marked, setMarked] = useState(takenOver);
  const autosave = useVersionedSave<string>(initial, {
    save: async (text, version) => {
      const saved = await save(text, version);
      if (saved.takenOver !== undefined) setMarked(saved.takenOver);
      return saved;
    },
    fromConflict: (current) => textFromConflict(current, conflictField),
    describeError,
  });
  const takeOver: TextTakeOver = {
    written: autosave.value.trim() !== '',
    settle: () => autosave.settle(),
    version: () => autosave.currentVersion(),
    taken: (text) => {
      autosave.external(text.value, text.version);
      setMarked(true);
    },
  };
  return (
    <div className="writing-text">
      {baseline?.(takeOver)}
      <div onBlur={() => autosave.flush()}>
        {marked ? <TakenOverMark /> : null}
        <MarkdownField label={label} description={description} value={autosave.value} onChange={(value) => autosave.setValue(value)} rows={rows} />
        <SaveFeedback save={autosave} title={conflictTitle} renderValue={(value) => <Markdown source={value} lang={contentLanguage} />} merge={{ textOf: (value) => value, apply: (text) => text }} />
      </div>
    </div>
  );
}
