import { createContext, useContext } from 'react';

/** What every part of the version editor needs besides its own item. */
export interface VersionEditorContext {
  /** Published and shipped versions: shown, not changed. */
  readOnly: boolean;
  /** The server's problems worded in the UI language, by the element id of their field (`fieldId`). */
  errors: ReadonlyMap<string, string>;
  /** The item whose removal is being confirmed (an element id). */
  confirming: string | null;
  setConfirming(id: string | null): void;
}

export const EditorContext = createContext<VersionEditorContext>({ readOnly: true, errors: new Map(), confirming: null, setConfirming: () => undefined });

export const useEditor = (): VersionEditorContext => useContext(EditorContext);
