import { describe, expect, it } from 'vitest';
import type { ParticipantMatch } from '../matching/types';
import type { RosterParticipant } from '../meeting/types';
import { renameRequestTargets } from './rename-request';
import type { RenameRequestFacts } from './rename-request';

type Person = Pick<RosterParticipant, 'participantUUID' | 'screenName' | 'role' | 'location'>;

function person(uuid: string, screenName: string, extra: Partial<Person> = {}): Person {
  return { participantUUID: uuid, screenName, role: 'attendee', location: 'meeting', ...extra };
}

function match(uuid: string, rollId: string | null): ParticipantMatch {
  return {
    participantUUID: uuid,
    rollId,
    confidence: rollId ? 'sure' : 'none',
    reasons: [],
    flags: [],
  };
}

function facts(
  people: readonly Person[],
  matches: readonly ParticipantMatch[],
  extra: Partial<RenameRequestFacts> = {},
): RenameRequestFacts {
  return {
    participants: new Map(people.map((p) => [p.participantUUID, p])),
    matches: new Map(matches.map((m) => [m.participantUUID, m])),
    rollLoaded: true,
    meUUID: 'me',
    ...extra,
  };
}

describe('renameRequestTargets', () => {
  it('finds names with an e-mail address or a phone number, on the roll or not', () => {
    const people = [
      person('a', 'jane.doe@example.org'),
      person('b', '+44 7700 900123'),
      person('c', 'Jane D.'),
    ];
    const t = renameRequestTargets(
      facts(people, [match('a', 'r1'), match('b', null), match('c', 'r2')]),
    );
    expect(t).toEqual({ contactDetails: ['a', 'b'], notOnRoll: [] });
  });

  it('finds people on no roll entry, or not matched yet, only when a roll is loaded', () => {
    const people = [person('a', 'Stranger'), person('b', 'Someone'), person('c', 'Ann L.')];
    const matches = [match('a', null), match('c', 'r1')];
    expect(renameRequestTargets(facts(people, matches)).notOnRoll).toEqual(['a', 'b']);
    expect(renameRequestTargets(facts(people, matches, { rollLoaded: false }))).toEqual({
      contactDetails: [],
      notOnRoll: [],
    });
  });

  it('leaves out the app user and people waiting', () => {
    const people = [
      person('me', 'me@example.org', { role: 'host' }),
      person('w', 'wait@example.org', { location: 'waitingRoom' }),
      person('v', 'Stranger', { location: 'waitingRoom' }),
    ];
    expect(renameRequestTargets(facts(people, []))).toEqual({ contactDetails: [], notOnRoll: [] });
  });

  it('counts a host’s, co-host’s or panelist’s exposed e-mail, but never calls them not on the roll', () => {
    const people = [
      person('h', 'host@example.org', { role: 'host' }),
      person('c', 'co@example.org', { role: 'coHost' }),
      person('p', '+1 202 555 0143', { role: 'panelist' }),
      person('c2', 'Co Host', { role: 'coHost' }),
      person('p2', 'Guest', { role: 'panelist' }),
    ];
    expect(renameRequestTargets(facts(people, []))).toEqual({
      contactDetails: ['h', 'c', 'p'],
      notOnRoll: [],
    });
  });
});
