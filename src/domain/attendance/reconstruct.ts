import type {
  AttendanceEvent,
  LastKnown,
  PersonEvent,
  PresenceLocation,
  RenameEvent,
  SnapshotEntry,
} from './types';

/**
 * Who was where after the last logged event. `aliveAt` is the last moment the panel is known to have
 * been running (a heartbeat), which may be later than the last event.
 */
export function lastKnownPresence(
  log: readonly AttendanceEvent[],
  aliveAt = Number.NEGATIVE_INFINITY,
): LastKnown {
  const people: LastKnown['people'] = new Map();
  let at = aliveAt;
  for (const event of log) {
    at = Math.max(at, event.at);
    if (!('participantUUID' in event)) continue;
    const uuid = event.participantUUID;
    const current = people.get(uuid);
    const rollId = event.rollId ?? current?.rollId ?? null;
    // No closure per event: a reload reads logs of thousands of events.
    let location: PresenceLocation | null = null;
    switch (event.kind) {
      case 'join':
        location = 'meeting';
        break;
      case 'waitingRoomJoin':
      case 'sentToWaitingRoom':
        location = 'waitingRoom';
        break;
      // A main-room leave does not touch someone already in the waiting room (the events of a
      // put-back may come in either order), and likewise the other way round.
      case 'leave':
        if (current?.location === 'meeting') people.delete(uuid);
        break;
      case 'waitingRoomLeave':
        if (current?.location === 'waitingRoom') people.delete(uuid);
        break;
      case 'rename':
      case 'admit':
        if (current) people.set(uuid, { ...current, screenName: event.screenName, rollId });
        break;
    }
    if (location)
      people.set(uuid, {
        participantUUID: uuid,
        screenName: event.screenName,
        location,
        rollId,
        since: current?.location === location ? current.since : event.at,
      });
  }
  return { at: Number.isFinite(at) ? at : 0, people };
}

/**
 * The events that must have happened while the panel was closed, inferred by comparing what it last
 * knew with a fresh snapshot. Every one is marked `reconstructed` with the window in which it
 * happened, and placed at the bound that claims the least presence: a departure at the last moment
 * the person was seen, an arrival at the moment they are first seen now. So minutes present are
 * never overstated; the view reports lateness it cannot be sure of as unknown.
 */
export function reconstructFromSnapshot(
  lastKnown: LastKnown,
  snapshot: readonly SnapshotEntry[],
  now: number,
): AttendanceEvent[] {
  // Nothing known before (first sight of the meeting): what is there now is simply seen now.
  const window = { from: lastKnown.at > 0 ? Math.min(lastKnown.at, now) : now, to: now };
  const early: PersonEvent[] = [];
  const late: Array<PersonEvent | RenameEvent> = [];
  const seen = new Set<string>();
  const event = (
    kind: PersonEvent['kind'],
    entry: { participantUUID: string; screenName: string; rollId?: string | null },
    at: number,
  ): PersonEvent => ({
    kind,
    at,
    participantUUID: entry.participantUUID,
    screenName: entry.screenName,
    rollId: entry.rollId ?? null,
    reconstructed: true,
    window,
  });

  for (const entry of snapshot) {
    seen.add(entry.participantUUID);
    const before = lastKnown.people.get(entry.participantUUID);
    const rollId = entry.rollId ?? before?.rollId ?? null;
    const current = { ...entry, rollId };
    if (before && before.screenName !== entry.screenName) {
      const { participantUUID, screenName } = entry;
      late.push({
        kind: 'rename',
        at: now,
        participantUUID,
        screenName,
        previousName: before.screenName,
        rollId,
        reconstructed: true,
        window,
      });
    }
    if (before?.location === entry.location) continue;
    if (entry.location === 'meeting') {
      if (before?.location === 'waitingRoom') late.push(event('waitingRoomLeave', current, now));
      late.push(event('join', current, now));
    } else if (before?.location === 'meeting') {
      early.push(event('sentToWaitingRoom', { ...before, rollId }, window.from));
    } else {
      late.push(event('waitingRoomJoin', current, now));
    }
  }
  for (const before of lastKnown.people.values()) {
    if (seen.has(before.participantUUID)) continue;
    early.push(
      event(before.location === 'meeting' ? 'leave' : 'waitingRoomLeave', before, window.from),
    );
  }
  return [...early, ...late];
}
