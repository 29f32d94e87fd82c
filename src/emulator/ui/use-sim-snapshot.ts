import { useSyncExternalStore } from 'react';
import type { MeetingSim } from '../meeting-sim';
import type { CallRecord, EmulatorStateParticipant, EventRecord, NotificationRecord } from '../types';

export interface SimSnapshot {
  participants: EmulatorStateParticipant[];
  me: EmulatorStateParticipant;
  waitingRoom: boolean;
  configured: boolean;
  calls: CallRecord[];
  events: EventRecord[];
  notifications: NotificationRecord[];
}

const LOG_ROWS = 150;

/**
 * Redraw at most once per animation frame: during a 500-join burst the emulator page must not
 * steal the main thread it shares with the (same-origin) panel it is measuring.
 */
class SnapshotStore {
  private snapshot: SimSnapshot;
  private frame = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly sim: MeetingSim) {
    this.snapshot = this.take();
    sim.subscribe(() => {
      if (this.frame !== 0) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.snapshot = this.take();
        for (const listener of this.listeners) listener();
      });
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
