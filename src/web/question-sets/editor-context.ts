import type { ScoringArea } from '../workspace/scoring/score-form.js';
import type { QuestionSetContent, QuestionSetLanguage } from '../../domain/question-set-values.js';

/** What every part of the editor needs: the content, a way to change it, and how it is shown. */
export interface EditorProps {
  content: QuestionSetContent;
  onChange(content: QuestionSetContent): void;
  /** Frozen sets and evaluators: shown, not changed. */
  readOnly: boolean;
  /** The set's own language (for the `lang` of its texts). */
  setLanguage: QuestionSetLanguage;
  /** The sub-areas of the set's model version, per area. */
  areas: readonly ScoringArea[];
  /** The server's validation messages by the editor's element id (`fieldElementId`). */
  errors: ReadonlyMap<string, string>;
  /** The item whose removal is being confirmed ('s0' or 's0-q1'). */
  confirming: string | null;
  setConfirming(id: string | null): void;
}

/** Focuses an element once the page shows it again (after the list was redrawn). */
export const focusLater = (id: string): void => {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
};
