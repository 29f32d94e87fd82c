import { useSyncExternalStore } from 'react';
import type { MeetingSim } from '../meeting-sim';
import type {
  CallRecord,
  EmulatorStateParticipant,
  EventRecord,
  NotificationRecord,
} from '../types';

export interface SimSnapshot {
  participants: EmulatorStateParticipant[];
  me: EmulatorStateParticipant;
  waitingRoom: boolean;
  configured: boolean;
  calls: CallRecord[];
  events: EventRecord[];
  notifications: NotificationRecord[];
}

const LOG_ROWS = 60;
const REDRAW_MS = 250;

/**
 * Redraw at most a few times a second: during a 500-join burst the emulator page must not steal
 * the main thread it shares with the (same-origin) panel it is measuring.
 */
class SnapshotStore {
  private snapshot: SimSnapshot;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly sim: MeetingSim) {
    this.snapshot = this.take();
    sim.subscribe(() => {
      if (this.timer !== null) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.snapshot = this.take();
        for (const listener of this.listeners) listener();
      }, REDRAW_MS);
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): SimSnapshot => this.snapshot;

  private take(): SimSnapshot {
    const { sim } = this;
    return {
      participants: sim.list(),
      me: sim.me,
      waitingRoom: sim.waitingRoom,
      configured: sim.configured,
      calls: sim.calls.slice(-LOG_ROWS).map((c) => ({ ...c })),
      events: sim.events.slice(-LOG_ROWS),
      notifications: sim.notifications.slice(-3),
    };
  }
}

const stores = new WeakMap<MeetingSim, SnapshotStore>();

export function useSimSnapshot(sim: MeetingSim): SimSnapshot {
  let store = stores.get(sim);
  if (!store) {
    store = new SnapshotStore(sim);
    stores.set(sim, store);
  }
  return useSyncExternalStore(store.subscribe, store.get);
}
