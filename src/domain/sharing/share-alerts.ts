import type { ParticipantMatch } from '../matching/types';
import type { RosterParticipant } from '../meeting/types';
import { isStaff } from '../roles';

/**
 * Why someone's screen share deserves the host's eye, worst first: a name that imitates a roll
 * name, a second claimant for a roll entry someone else holds, or a name on no roll entry.
 */
export type ShareAlertReason = 'impostor' | 'duplicate' | 'notOnRoll';

export interface ShareAlert {
  participantUUID: string;
  screenName: string;
  reason: ShareAlertReason;
  /** When the share started (the clock `sharers` was filled with). */
  since: number;
}

/** Who is where, as the roster knows it. */
export type SharingPerson = Pick<
  RosterParticipant,
  'participantUUID' | 'screenName' | 'role' | 'location'
>;

export interface SharingFacts {
  /** participantUUID → when they started sharing, from onShareScreen. */
  sharers: ReadonlyMap<string, number>;
  participants: ReadonlyMap<string, SharingPerson>;
  /** Roll matches by participant UUID. */
  matches: ReadonlyMap<string, ParticipantMatch>;
  /** Without a roll nobody can be called unknown: no alert then. */
  rollLoaded: boolean;
  /** The app user's own UUID (their share is theirs to judge). */
  meUUID: string | null;
}

function reasonFor(match: ParticipantMatch | undefined): ShareAlertReason | null {
  // No match yet counts as not on the roll: the safe reading while the matcher catches up.
  if (!match) return 'notOnRoll';
  if (match.flags.includes('impostor')) return 'impostor';
  if (match.flags.includes('duplicate')) return 'duplicate';
  if (match.rollId === null) return 'notOnRoll';
  return null;
}

/**
 * The screen shares to alert the host about: people in the main room, neither host nor co-host
 * (a host gave them that role) nor the app user, who are on no roll entry or flagged as an impostor
 * or a duplicate. Known roll matches share freely. Oldest share first. Someone who left or was
 * sent to the waiting room is no longer in the meeting, so their alert ends with their share.
 */
export function shareAlerts(facts: SharingFacts): ShareAlert[] {
  if (!facts.rollLoaded) return [];
  const alerts: ShareAlert[] = [];
  for (const [uuid, since] of facts.sharers) {
    const person = facts.participants.get(uuid);
    if (!person || person.location !== 'meeting') continue;
    if (uuid === facts.meUUID || isStaff(person.role)) continue;
    const reason = reasonFor(facts.matches.get(uuid));
    if (reason === null) continue;
    alerts.push({ participantUUID: uuid, screenName: person.screenName, reason, since });
  }
  return alerts.sort((a, b) => a.since - b.since);
}
