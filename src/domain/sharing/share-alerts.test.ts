import { describe, expect, it } from 'vitest';
import type { MatchFlag, ParticipantMatch } from '../matching/types';
import { shareAlerts } from './share-alerts';
import type { SharingFacts, SharingPerson } from './share-alerts';

function person(uuid: string, extra: Partial<SharingPerson> = {}): SharingPerson {
  return {
    participantUUID: uuid,
    screenName: `Name ${uuid}`,
    role: 'attendee',
    location: 'meeting',
    ...extra,
  };
}

function match(uuid: string, rollId: string | null, flags: MatchFlag[] = []): ParticipantMatch {
  return {
    participantUUID: uuid,
    rollId,
    confidence: rollId ? 'sure' : 'none',
    reasons: [],
    flags,
  };
}

function facts(
  people: readonly SharingPerson[],
  matches: readonly ParticipantMatch[],
  sharers: Record<string, number>,
  extra: Partial<SharingFacts> = {},
): SharingFacts {
  return {
    sharers: new Map(Object.entries(sharers)),
    participants: new Map(people.map((p) => [p.participantUUID, p])),
    matches: new Map(matches.map((m) => [m.participantUUID, m])),
    rollLoaded: true,
    meUUID: 'me',
    ...extra,
  };
}

const reasons = (f: SharingFacts) => shareAlerts(f).map((a) => [a.participantUUID, a.reason]);

describe('shareAlerts', () => {
  it.each([
    ['a sure roll match', match('p', 'r1'), null],
    ['a likely roll match', { ...match('p', 'r1'), confidence: 'likely' as const }, null],
    ['a hand-linked person', match('p', 'r1', ['manual']), null],
    ['someone on no roll entry', match('p', null), 'notOnRoll'],
    ['someone the matcher has not reached yet', undefined, 'notOnRoll'],
    ['a possible impostor', match('p', null, ['impostor']), 'impostor'],
    ['an impostor holding an entry', match('p', 'r1', ['impostor']), 'impostor'],
    ['a duplicate claimant', match('p', 'r1', ['duplicate']), 'duplicate'],
    ['an impostor and a duplicate', match('p', 'r1', ['duplicate', 'impostor']), 'impostor'],
  ])('%s sharing → %s', (_label, m, expected) => {
    const f = facts([person('p')], m ? [m] : [], { p: 1 });
    expect(reasons(f)).toEqual(expected === null ? [] : [['p', expected]]);
  });

  it('alerts only about people who are sharing', () => {
    const f = facts([person('a'), person('b')], [match('a', null), match('b', null)], { b: 5 });
    expect(shareAlerts(f)).toEqual([
      { participantUUID: 'b', screenName: 'Name b', reason: 'notOnRoll', since: 5 },
    ]);
  });

  it.each([
    ['host', person('p', { role: 'host' })],
    ['co-host', person('p', { role: 'coHost' })],
    ['panelist', person('p', { role: 'panelist' })],
  ])('never alerts about a %s: a host gave them that role', (_role, p) => {
    expect(reasons(facts([p], [match('p', null, ['impostor'])], { p: 1 }))).toEqual([]);
  });

  it('never alerts about the app user', () => {
    expect(reasons(facts([person('me')], [match('me', null)], { me: 1 }))).toEqual([]);
  });

  it('ends when the sharer leaves or is sent to the waiting room, even without a stop event', () => {
    const m = [match('p', null)];
    expect(reasons(facts([], m, { p: 1 }))).toEqual([]);
    expect(reasons(facts([person('p', { location: 'waitingRoom' })], m, { p: 1 }))).toEqual([]);
  });

  it('says nothing without a roll: nobody can be called unknown', () => {
    expect(reasons(facts([person('p')], [], { p: 1 }, { rollLoaded: false }))).toEqual([]);
  });

  it('lists the oldest share first, with the name as Zoom shows it now', () => {
    const people = [person('a', { screenName: '<b>Gate</b>' }), person('b')];
    const f = facts(people, [match('a', null), match('b', null)], { b: 10, a: 20 });
    expect(shareAlerts(f).map((a) => [a.screenName, a.since])).toEqual([
      ['Name b', 10],
      ['<b>Gate</b>', 20],
    ]);
  });
});
