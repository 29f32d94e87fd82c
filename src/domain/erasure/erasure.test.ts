import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../attendance/types';
import { createLockState } from '../lock';
import type { LockState } from '../lock/types';
import type { RollEntry } from '../matching/types';
import {
  decisionConcerns,
  entriesToErase,
  eraseFromLog,
  erasureEvent,
  lockStateMentions,
  lockStateWithout,
  sameRollPerson,
} from '.';
import type { ErasureTarget } from './types';

const jane: RollEntry = { id: '1', name: 'Jane Doe', email: 'jane@example.org' };

describe('sameRollPerson', () => {
  it.each<[string, RollEntry, boolean]>([
    [
      'the same address, another case and spacing',
      { id: '9', name: 'J. Doe', email: ' JANE@example.org' },
      true,
    ],
    [
      'the same name, another address',
      { id: '9', name: 'Jane Doe', email: 'jd@example.org' },
      false,
    ],
    ['the same name, no address', { id: '9', name: 'Jane Doe' }, true],
    ['a name one letter apart', { id: '9', name: 'Jane Doe ' }, false],
    ['a name that only looks the same (Cyrillic а)', { id: '9', name: 'Jаne Doe' }, false],
    ['the same id, another name', { id: '1', name: 'Bob Kowalski' }, false],
  ])('%s → %s', (_why, other, same) => {
    expect(sameRollPerson(jane, other)).toBe(same);
  });
});

describe('entriesToErase', () => {
  const rolls = [
    { id: 'A', entries: [jane, { id: '2', name: 'Bob' }] },
    {
      id: 'B',
      entries: [
        { id: '1', name: 'Carol' },
        { id: '5', name: 'Jane Doe' },
      ],
    },
  ];
  it('takes the entry in its own roll by id, and the same person elsewhere', () => {
    const target: ErasureTarget = { kind: 'rollEntry', savedRollId: 'A', entry: jane };
    expect(entriesToErase(rolls, target)).toEqual([
      { savedRollId: 'A', entryId: '1' },
      { savedRollId: 'B', entryId: '5' },
    ]);
  });
  it('names no roll entry for a participant', () => {
    expect(
      entriesToErase(rolls, {
        kind: 'participant',
        participantUUIDs: ['p'],
        screenNames: ['Jane Doe'],
      }),
    ).toEqual([]);
  });
});

describe('decisionConcerns', () => {
  const refs = [{ savedRollId: 'A', entryId: '1' }];
  const entry: ErasureTarget = { kind: 'rollEntry', savedRollId: 'A', entry: jane };
  const person: ErasureTarget = {
    kind: 'participant',
    participantUUIDs: ['p'],
    screenNames: ['JD'],
  };
  it.each<[string, string, ErasureTarget, 'link' | 'unlink', string, string, boolean]>([
    ['a link to the entry', 'A', entry, 'link', 'JD', '1', true],
    ['an unlink from the entry', 'A', entry, 'unlink', 'JD', '1', true],
    ['entry "1" of another roll', 'B', entry, 'link', 'JD', '1', false],
    ['the participant’s exact name', 'B', person, 'link', 'JD', '7', true],
    ['a name that only starts the same', 'A', person, 'link', 'JD2', '1', false],
  ])('%s → %s', (_why, rollId, target, kind, screenName, entryId, expected) => {
    expect(decisionConcerns(rollId, { kind, screenName, rollId: entryId }, target, refs)).toBe(
      expected,
    );
  });
});

describe('eraseFromLog', () => {
  const ev = (uuid: string, rollId: string | null, at: number): AttendanceEvent => ({
    kind: 'join',
    participantUUID: uuid,
    screenName: uuid,
    rollId,
    at,
    reconstructed: false,
  });
  const log: AttendanceEvent[] = [
    ev('p1', null, 1), // before the match: still hers, by participant id
    ev('p1', '1', 2),
    ev('p2', '2', 3),
    { kind: 'lock', at: 4, reconstructed: false },
    ev('p3', '1', 5), // a second device on her entry
  ];
  it('by roll entry: every event of every participant the log tied to it', () => {
    const target: ErasureTarget = { kind: 'rollEntry', savedRollId: 'A', entry: jane };
    const { kept, removed } = eraseFromLog(log, target, new Set(['1']));
    expect(kept).toEqual([log[2], log[3]]);
    expect(removed).toBe(3);
  });
  it('by roll entry in a meeting that used another roll: nothing', () => {
    const target: ErasureTarget = { kind: 'rollEntry', savedRollId: 'A', entry: jane };
    expect(eraseFromLog(log, target, new Set()).removed).toBe(0);
  });
  it('by participant: their ids only, whatever entry they held', () => {
    const target: ErasureTarget = {
      kind: 'participant',
      participantUUIDs: ['p1'],
      screenNames: [],
    };
    expect(eraseFromLog(log, target, new Set()).kept).toEqual([log[2], log[3], log[4]]);
  });
});

describe('erasureEvent', () => {
  it('says when and how many, and nothing else', () => {
    expect(Object.keys(erasureEvent(10, 4)).sort()).toEqual([
      'at',
      'kind',
      'reconstructed',
      'removed',
    ]);
  });
});

describe('lockStateWithout', () => {
  const state: LockState = {
    ...createLockState(),
    allowed: ['p1', 'p2'],
    allowedRollIds: ['1', '2'],
    decisions: {
      admitted: { p1: 1, p2: 2 },
      sentBack: { p1: { at: 3, rollIds: ['1'] }, p3: { at: 4, rollIds: ['1', '2'] } },
      revokedRollIds: { '1': 3, '2': 4 },
    },
    seen: { p1: { where: 'meeting', at: 1 }, p3: { where: 'waitingRoom', at: 2, rollIds: ['1'] } },
    heldSince: { p1: 5 },
    bounced: { p1: 6 },
    failures: {},
  };
  it('drops the ids and entries from every list and map, and keeps everyone else', () => {
    const after = lockStateWithout(state, new Set(['p1']), new Set(['1']));
    expect(after.allowed).toEqual(['p2']);
    expect(after.allowedRollIds).toEqual(['2']);
    expect(after.decisions).toEqual({
      admitted: { p2: 2 },
      sentBack: { p3: { at: 4, rollIds: ['2'] } },
      revokedRollIds: { '2': 4 },
    });
    expect(after.seen).toEqual({ p3: { where: 'waitingRoom', at: 2, rollIds: [] } });
    expect(after.heldSince).toEqual({});
    expect(after.bounced).toEqual({});
    expect(lockStateMentions(after, new Set(['p1']), new Set(['1']))).toBe(false);
    expect(lockStateMentions(state, new Set(['p9']), new Set(['9']))).toBe(false);
  });

  it('drops their departures and send-back counts from the roster memory saved with it', () => {
    const saved: LockState = {
      ...state,
      roster: {
        savedAt: 10,
        session: 'page 1',
        departures: [
          { participantUUID: 'p1', role: 'attendee', left: { meeting: { at: 7, seenAt: 8 } } },
          { participantUUID: 'p3', role: 'attendee', left: { waitingRoom: { at: 7, seenAt: 8 } } },
        ],
        counts: { p1: 2, p2: 1 },
      },
    };
    expect(lockStateMentions(saved, new Set(['p1']), new Set())).toBe(true);
    const after = lockStateWithout(saved, new Set(['p1']), new Set());
    expect(after.roster?.departures.map((gone) => gone.participantUUID)).toEqual(['p3']);
    expect(after.roster?.counts).toEqual({ p2: 1 });
    expect(JSON.stringify(after)).not.toContain('p1');
  });
});
