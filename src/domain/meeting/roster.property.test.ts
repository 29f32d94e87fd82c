import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRoster,
  joined,
  left,
  person,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { applyEvents, emptyRoster, reconcile } from './roster';
import type { RosterEvent, RosterLocation } from './types';

type Move = 'arrive' | 'wait' | 'admit' | 'sendBack' | 'leave';

/**
 * One person's true history as Zoom would report it, with strictly increasing times; a move
 * between places is two events with the same time (as Zoom stamps an admit).
 */
function history(uuid: string, moves: readonly Move[], gaps: readonly number[]) {
  const who = person(uuid, `Person ${uuid}`);
  const events: RosterEvent[] = [];
  let place: RosterLocation | null = null;
  let at = 0;
  moves.forEach((move, i) => {
    at += gaps[i % gaps.length] ?? 1;
    if (place === null && move === 'arrive') {
      events.push(joined(who, at));
      place = 'meeting';
    } else if (place === null && move === 'wait') {
      events.push(waiting(who, at));
      place = 'waitingRoom';
    } else if (place === 'waitingRoom' && move === 'admit') {
      events.push(stoppedWaiting(who, at), joined(who, at));
      place = 'meeting';
    } else if (place === 'meeting' && move === 'sendBack') {
      events.push(left(who, at), waiting(who, at, 'putFromMainMeeting'));
      place = 'waitingRoom';
    } else if (place !== null && move === 'leave') {
      events.push(place === 'meeting' ? left(who, at) : stoppedWaiting(who, at));
      place = null;
    }
  });
  return { who, events, place };
}

const arbitraryPeople = fc.array(
  fc.record({
    moves: fc.array(fc.constantFrom<Move>('arrive', 'wait', 'admit', 'sendBack', 'leave'), {
      maxLength: 12,
    }),
    gaps: fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 6 },
);

function truthOf(people: ReturnType<typeof history>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { who, place } of people)
    if (place) out[who.participantUUID] = `${place}:${who.screenName}:attendee`;
  return out;
}

describe('roster properties', () => {
  it('reaches the truth from any delivery order, with any events duplicated', () => {
    fc.assert(
      fc.property(
        arbitraryPeople,
        fc.infiniteStream(fc.nat()),
        fc.array(fc.nat(), { maxLength: 10 }),
        (specs, keys, duplicates) => {
          const people = specs.map((spec, i) => history(`p${i}`, spec.moves, spec.gaps));
          const all = people.flatMap((p) => p.events);
          const extra = duplicates.flatMap((d) => (all.length ? [all[d % all.length]!] : []));
          const delivered = [...all, ...extra]
            .map((event) => ({ event, key: keys.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ event }) => ({ event, receivedAt: event.at }));
          const state = applyEvents(emptyRoster(), delivered);
          expect(describeRoster(state)).toEqual(truthOf(people));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reaches the truth after a snapshot, whatever subset of events we saw', () => {
    fc.assert(
      fc.property(arbitraryPeople, fc.array(fc.boolean(), { minLength: 1 }), (specs, keep) => {
        const people = specs.map((spec, i) => history(`p${i}`, spec.moves, spec.gaps));
        const seen = people
          .flatMap((p) => p.events)
          .filter((_, i) => keep[i % keep.length])
          .map((event) => ({ event, receivedAt: event.at }));
        const takenAt = 1_000_000;
        const list = (place: RosterLocation) =>
          people.filter((p) => p.place === place).map((p) => p.who);
        const state = reconcile(applyEvents(emptyRoster(), seen), {
          takenAt,
          meeting: list('meeting'),
          waitingRoom: list('waitingRoom'),
        });
        expect(describeRoster(state)).toEqual(truthOf(people));
        expect(state.counts).toEqual({
          meeting: list('meeting').length,
          waitingRoom: list('waitingRoom').length,
        });
      }),
      { numRuns: 300 },
    );
  });
});
