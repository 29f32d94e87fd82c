import { useState } from 'react';

/**
 * Runs one of the emulator's moves for a control and keeps what it threw (an invalid move, as
 * Zoom would refuse it) to show beside the control; a move that works clears it.
 */
export function useAct(): { error: string | null; act: (fn: () => void) => void } {
  const [error, setError] = useState<string | null>(null);
  const act = (fn: () => void): void => {
    try {
      fn();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return { error, act };
}
