import { useState } from 'react';
import { LOCK_EXPLAINED_KEY, readLocalFlag, writeLocalFlag } from '../../persistence/local-keys';

/**
 * The lock's explanation is open until the host has read it once ("Got it"); after that it sits
 * behind the info button. Kept in localStorage: a preference of this browser, not meeting data
 * ("Delete all Doorkeeper data" removes it). Private mode or a full store: it opens again next time.
 */
export function useFirstReading(): { read: boolean; markRead: () => void } {
  const [read, setRead] = useState(() => readLocalFlag(LOCK_EXPLAINED_KEY));
  return {
    read,
    markRead: () => {
      setRead(true);
      writeLocalFlag(LOCK_EXPLAINED_KEY);
    },
  };
}
