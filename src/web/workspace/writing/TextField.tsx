import { AutosaveStatus } from '../../autosave/AutosaveStatus.js';
import { MergeConflict } from '../../autosave/MergeConflict.js';
import { useAutosave } from '../../autosave/use-autosave.js';
import { Markdown } from '../../components/Markdown.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { textFromConflict } from './text-forms.js';
import { useTextSaveError } from './save-error.js';
import type { Versioned } from './text-cache.js';

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
  const describeError = useTextSaveError();
  const autosave = useAutosave<string>(initial, {
    save,
    fromConflict: (current) => textFromConflict(current, conflictField),
    describeError,
  });
  return (
    <div className="writing-text" onBlur={() => autosave.flush()}>
      <MarkdownField label={label} description={description} value={autosave.value} onChange={(value) => autosave.setValue(value)} rows={rows} />
      <AutosaveStatus autosave={autosave} />
      {autosave.conflict ? (
        <MergeConflict
          conflict={autosave.conflict}
          title={conflictTitle}
          renderValue={(value) => <Markdown source={value} lang="sv" />}
          onKeepMine={() => autosave.keepMine()}
          onTakeSaved={() => autosave.takeSaved()}
          merge={{ textOf: (value) => value, apply: (text) => text, onMerge: (value) => autosave.merge(value) }}
        />
      ) : null}
    </div>
  );
}
