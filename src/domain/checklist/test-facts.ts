import type { ParticipantMatch } from '../matching/types';
import type { MeetingFacts, ParticipantFact } from './types';

/** Test builders: a safe, fully known meeting, and participants with a given match. */

export const NOW = Date.UTC(2025, 4, 6, 19, 0, 0);
export const MINUTE = 60_000;

/** A participant together with the match the matcher gave them (null: none yet). */
export interface PersonSpec extends ParticipantFact {
  match: ParticipantMatch | null;
}

export function facts(
  overrides: Partial<MeetingFacts> & { people?: readonly PersonSpec[] } = {},
): MeetingFacts {
  const { people = [], ...rest } = overrides;
  return {
    now: NOW,
    waitingRoom: 'on',
    lock: 'locked',
    autoLockDeadline: null,
    meetingStartedAt: NOW - 2 * MINUTE,
    recording: 'not-recording',
    rollLoaded: true,
    topic: 'Thursday group',
    joinUrl: 'https://zoom.us/j/81234567890',
    clientVersion: '6.4.5',
    meetingUUID: 'this-occurrence==',
    meetingHistory: [{ meetingUUID: 'this-occurrence==', firstSeenAt: NOW, lastSeenAt: NOW }],
    participants: people.map(({ match: _match, ...participant }) => participant),
    matches: people.flatMap((p) =>
      p.match ? [{ ...p.match, participantUUID: p.participantUUID }] : [],
    ),
    ...rest,
  };
}

export function match(
  rollId: string | null,
  flags: ParticipantMatch['flags'] = [],
): ParticipantMatch {
  return { participantUUID: '', rollId, confidence: rollId ? 'sure' : 'none', reasons: [], flags };
}

export function person(
  participantUUID: string,
  screenName: string,
  extra: Partial<Omit<PersonSpec, 'participantUUID' | 'screenName'>> = {},
): PersonSpec {
  return {
    participantUUID,
    screenName,
    role: 'attendee',
    location: 'meeting',
    match: match('r-' + participantUUID),
    ...extra,
  };
}
