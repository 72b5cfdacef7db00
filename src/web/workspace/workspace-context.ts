import { createContext, useContext } from 'react';
import type { EvaluationDetail, FrameworkDetail } from '../api/types.js';

/** What every workspace panel gets from the workspace layout. */
export interface Workspace {
  evaluationId: string;
  evaluation: EvaluationDetail;
  framework: FrameworkDetail;
  /** True for admins and the evaluation's assigned evaluators (they see the working material). */
  isTeam: boolean;
  /** Reads the evaluation (and the overview) again, e.g. after a status change or an agreed score. */
  reload(): void;
  /** Tells the others which part of the evaluation this user works on (presence), e.g. "evidence". */
  setSection(section: string): void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

/** The workspace of the evaluation being shown; only inside the workspace layout. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace is used outside the workspace layout');
  return workspace;
}
