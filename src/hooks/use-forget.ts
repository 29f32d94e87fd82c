import { useCallback } from 'react';
import { useAppStoreApi } from '../store/store-context';

/**
 * "Forget…" for a roll entry: the entry as loaded, in the saved roll it came from (none when the
 * loaded roll is not a saved one). Read at the click, so a row never holds a replaced roll.
 */
export function useForgetRollEntry(rollId: string, name: string): () => void {
  const store = useAppStoreApi();
  return useCallback(() => {
    const state = store.getState();
    const entry = state.roll?.entries.find((candidate) => candidate.id === rollId);
    if (!entry) return;
    const saved = state.persistence.savedRoll;
    void state.askToForget(
      {
        kind: 'rollEntry',
        savedRollId: saved && saved.roll === state.roll ? saved.id : null,
        entry,
      },
      name,
    );
  }, [store, rollId, name]);
}

/** "Forget…" for someone not on the roll: every participant id and display name the log has for them. */
export function useForgetParticipant(
  participantUUIDs: readonly string[],
  screenNames: readonly string[],
  name: string,
): () => void {
  const store = useAppStoreApi();
  return useCallback(
    () =>
      void store
        .getState()
        .askToForget({ kind: 'participant', participantUUIDs, screenNames }, name),
    [store, participantUUIDs, screenNames, name],
  );
}
