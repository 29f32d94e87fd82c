import type {
  RosterEvent,
  RosterIdentity,
  RosterRole,
  RosterState,
} from '../../src/domain/meeting/types';

// Builders for roster tests.

/** A participant identity for tests. */
export function person(
  uuid: string,
  screenName = uuid,
  role: RosterRole = 'attendee',
): RosterIdentity {
  return { participantUUID: uuid, screenName, role };
}

/** A meeting join event. */
export function joined(who: RosterIdentity, at: number): RosterEvent {
  return { type: 'participantJoined', at, participant: who };
}

/** A meeting leave event. */
export function left(who: RosterIdentity, at: number): RosterEvent {
  return { type: 'participantLeft', at, participant: who };
}

/** A waiting-room arrival. */
export function waiting(
  who: RosterIdentity,
  at: number,
  cause: 'joinMeeting' | 'putFromMainMeeting' = 'joinMeeting',
): RosterEvent {
  return { type: 'waitingRoomJoined', at, participant: who, cause };
}

/** A waiting-room leave (an admit or a departure). */
export function stoppedWaiting(who: RosterIdentity, at: number): RosterEvent {
  return {
    type: 'waitingRoomLeft',
    at,
    participantUUID: who.participantUUID,
    screenName: who.screenName,
  };
}

/** The roster as `uuid → 'place:name:role'`, the easiest shape to compare in a table. */
export function describeRoster(state: RosterState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of state.participants.values()) {
    out[p.participantUUID] = `${p.location}:${p.screenName}:${p.role}`;
  }
  return out;
}
