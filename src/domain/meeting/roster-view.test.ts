import { describe, expect, it } from 'vitest';
import { joined, person, waiting } from '../../../test/helpers/roster-builders';
import { applyEvents, emptyRoster } from './roster';
import { foldForSearch, listRoster } from './roster-view';
import type { RosterEvent } from './types';

const build = (events: RosterEvent[]) =>
  applyEvents(
    emptyRoster(),
    events.map((event) => ({ event, receivedAt: event.at })),
  );

describe('foldForSearch', () => {
  it.each([
    ['José Müller', 'jose muller'],
    ['  ANN   Lee ', 'ann lee'],
    ['J\u200Bane\u202E Doe', 'jane doe'],
    ['Ｊａｎｅ', 'jane'],
  ])('%j → %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('listRoster', () => {
  const roster = build([
    joined(person('z', 'zed'), 1),
    joined(person('h', 'Hal', 'host'), 2),
    joined(person('c', 'Cat', 'coHost'), 3),
    joined(person('a', 'Amy'), 4),
    joined(person('m', 'Me Myself'), 5),
    joined(person('p10', 'Person 10'), 6),
    joined(person('p9', 'Person 9'), 7),
    waiting(person('w2', 'Late'), 20),
    waiting(person('w1', 'Early'), 10),
  ]);

  it('orders the meeting: me, host, co-host, then names (case-blind, numbers by value)', () => {
    const ids = listRoster(roster, 'meeting', { query: '', meUUID: 'm' }).map(
      (p) => p.participantUUID,
    );
    expect(ids).toEqual(['m', 'h', 'c', 'a', 'p9', 'p10', 'z']);
  });

  it('orders the waiting room by how long they have waited', () => {
    expect(
      listRoster(roster, 'waitingRoom', { query: '', meUUID: null }).map((p) => p.participantUUID),
    ).toEqual(['w1', 'w2']);
  });

  it('filters by a folded substring', () => {
    expect(
      listRoster(roster, 'meeting', { query: 'PERSON 1', meUUID: null }).map(
        (p) => p.participantUUID,
      ),
    ).toEqual(['p10']);
    expect(listRoster(roster, 'meeting', { query: 'nobody', meUUID: null })).toEqual([]);
  });
});
