import { useEffect, useState } from 'react';
import { workspaceApi, type PresentUser } from './workspace-api.js';

/** How often this user says where they are (the server counts anyone seen in the last minute). */
export const PRESENCE_INTERVAL_MS = 20_000;

/**
 * Tells the server which section of the evaluation this user has open, now and every 20 s, and
 * answers with the others working on it. Presence is a courtesy: a failed heartbeat is ignored.
 */
export function usePresence(evaluationId: string, section: string, enabled: boolean): PresentUser[] {
  const [others, setOthers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    const beat = () => {
      workspaceApi.presence(evaluationId, section, controller.signal).then(
        (answer) => {
          if (!controller.signal.aborted) setOthers(answer.others);
        },
        // A missed heartbeat only means the line is a little out of date.
        () => undefined,
      );
    };
    beat();
    const timer = window.setInterval(beat, PRESENCE_INTERVAL_MS);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [evaluationId, section, enabled]);
  return enabled ? others : [];
}
