import type { MatchFlag, ParticipantMatch } from '../matching/types';
import type { LockFacts, LockParticipant, ParticipantLocation, ParticipantRole } from './types';

/** Test builders: a participant in the meeting (default) or the waiting room. */
export function person(
  uuid: string,
  location: ParticipantLocation = 'meeting',
  role: ParticipantRole = 'attendee',
  screenName = uuid,
): LockParticipant {
  return { participantUUID: uuid, screenName, role, location };
}

export function sure(uuid: string, rollId: string, flags: MatchFlag[] = []): ParticipantMatch {
  return { participantUUID: uuid, rollId, confidence: 'sure', reasons: [], flags };
}

export function likely(uuid: string, rollId: string, flags: MatchFlag[] = []): ParticipantMatch {
  return { participantUUID: uuid, rollId, confidence: 'likely', reasons: [], flags };
}

export function facts(
  participants: LockParticipant[],
  matches: ParticipantMatch[] = [],
  extra: Partial<LockFacts> = {},
): LockFacts {
  return { myRole: 'host', participants, matches, waitingRoomEnabled: true, rollIds: [], ...extra };
}

export const HOST = person('host', 'meeting', 'host');
