import type { Versioned } from '../../autosave/autosave-controller.js';
import { SaveFeedback } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { Markdown } from '../../ui/Markdown.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { textFromConflict } from './text-forms.js';
import { useTextSaveError } from './save-error.js';
import { useContentLanguage } from '../../language/content-language.js';

interface AutosavedTextProps {
  label: string;
  description?: string;
  /** What is in conflict, for the merge view's heading. */
  conflictTitle: string;
  initial: Versioned<string>;
  /** Saves the text over `version`; answers what the server kept. */
  save(text: string, version: number): Promise<Versioned<string>>;
  /** The field of a 409's `current` that holds the text. */
  conflictField: 'analysis' | 'text';
  rows?: number;
}

/** One autosaved Markdown text (a sub-area's analysis, the summary comments) with preview and merge view. */
export function AutosavedText({ label, description, conflictTitle, initial, save, conflictField, rows = 8 }: AutosavedTextProps) {
  const contentLanguage = useContentLanguage();
  const describeError = useTextSaveError();
  const autosave = useVersionedSave<string>(initial, {
    save,
    fromConflict: (current) => textFromConflict(current, conflictField),
    describeError,
  });
  return (
    <div className="writing-text" onBlur={() => autosave.flush()}>
      <MarkdownField label={label} description={description} value={autosave.value} onChange={(value) => autosave.setValue(value)} rows={rows} />
      <SaveFeedback save={autosave} title={conflictTitle} renderValue={(value) => <Markdown source={value} lang={contentLanguage} />} merge={{ textOf: (value) => value, apply: (text) => text }} />
    </div>
  );
}
