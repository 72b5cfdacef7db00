import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.js';
import { workspaceApi, type PresentUser } from './workspace-api.js';

/** How often this user says where they are (the server counts anyone seen in the last minute). */
const PRESENCE_INTERVAL_MS = 20_000;

const NOBODY: PresentUser[] = [];

/**
 * Tells the server which section of the evaluation this user has open, now and every 20 s, and
 * answers with the others working on it. Presence is a courtesy: a failed heartbeat is ignored
 * (the others last seen stay on show).
 */
export function usePresence(evaluationId: string, section: string, enabled: boolean): PresentUser[] {
  const presence = useQuery({
    queryKey: queryKeys.evaluation(evaluationId).presence(section),
    queryFn: ({ signal }) => workspaceApi.presence(evaluationId, section, signal),
    enabled,
    placeholderData: keepPreviousData,
    // Every mount says so at once; then the heartbeat, also while the tab is in the background.
    staleTime: 0,
    refetchInterval: PRESENCE_INTERVAL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
  return enabled ? (presence.data?.others ?? NOBODY) : NOBODY;
}
