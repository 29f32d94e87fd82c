import { useState } from 'react';

const KEY = 'doorkeeper.lockExplained';

function readFlag(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The lock's explanation is open until the host has read it once ("Got it"); after that it sits
 * behind the info button. Kept in localStorage: a preference of this browser, not meeting data.
 */
export function useFirstReading(): { read: boolean; markRead: () => void } {
  const [read, setRead] = useState(readFlag);
  return {
    read,
    markRead: () => {
      setRead(true);
      try {
        window.localStorage.setItem(KEY, '1');
      } catch {
        // Private mode or a full store: the explanation simply opens again next time.
      }
    },
  };
}
