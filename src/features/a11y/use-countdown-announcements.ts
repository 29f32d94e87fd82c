import { useEffect, useEffectEvent } from 'react';
import { countdownView } from '../../domain/lock';
import type { AppStore } from '../../store/app-store';
import { crossedMark } from './announcements';

const CHECK_EVERY_MS = 500;

/** Calls `say(seconds)` as the running auto-lock passes one minute, 30 and 10 seconds before locking. */
export function useCountdownAnnouncements(store: AppStore, say: (seconds: number) => void): void {
  const onMark = useEffectEvent(say);
  useEffect(() => {
    let previous: number | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const check = () => {
      const { lock } = store.getState();
      const view = countdownView(lock, Date.now());
      if (lock.locked || view.status !== 'running') {
        previous = null;
        return;
      }
      const mark = crossedMark(previous, view.remainingMs);
      previous = view.remainingMs;
      if (mark !== null) onMark(mark);
    };
    // The deadline is wall-clock time, so a timer only decides how soon a mark is noticed.
    const follow = () => {
      const running = store.getState().lock.countdown?.status === 'running';
      if (running && timer === undefined) timer = setInterval(check, CHECK_EVERY_MS);
      if (!running && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
      check();
    };
    follow();
    const unsubscribe = store.subscribe((state, before) => {
      if (state.lock !== before.lock) follow();
    });
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [store]);
}
