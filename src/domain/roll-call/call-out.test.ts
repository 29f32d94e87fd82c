import { describe, expect, it } from 'vitest';
import type { ParticipantMatch } from '../matching/types';
import { callOutList, rollCallCounts, toSendAway } from './call-out';

const match = (
  participantUUID: string,
  rollId: string | null,
  flags: ParticipantMatch['flags'] = [],
): [string, ParticipantMatch] => [
  participantUUID,
  { participantUUID, rollId, confidence: rollId ? 'sure' : 'none', reasons: [], flags },
];

const entries = [
  { id: '1', name: 'Ann Lee' },
  { id: '2', name: 'Bob Kay' },
  { id: '3', name: 'Cy Dee' },
];

describe('the call-out list', () => {
  it('lists the roll in order, with who waits for each entry; strangers and impostors are not offered', () => {
    const matches = new Map<string, ParticipantMatch>([
      match('a', '1'),
      match('b', '2'),
      match('x', null),
      match('i', '3', ['impostor']),
    ]);
    const lines = callOutList(
      entries,
      [
        { participantUUID: 'a', location: 'waitingRoom' },
        { participantUUID: 'b', location: 'meeting' },
        { participantUUID: 'x', location: 'waitingRoom' },
        { participantUUID: 'i', location: 'waitingRoom' },
      ],
      matches,
      { '3': 'absent' },
    );
    expect(lines.map((l) => [l.entry.id, l.waiting, l.inMeeting, l.mark])).toEqual([
      ['1', ['a'], false, null],
      ['2', [], true, null],
      ['3', [], false, 'absent'],
    ]);
  });

  it('sends everyone away but hosts, co-hosts and me', () => {
    expect(
      toSendAway(
        [
          { participantUUID: 'me', role: 'attendee', location: 'meeting' },
          { participantUUID: 'h', role: 'host', location: 'meeting' },
          { participantUUID: 'c', role: 'coHost', location: 'meeting' },
          { participantUUID: 'a', role: 'attendee', location: 'meeting' },
          { participantUUID: 'w', role: 'attendee', location: 'waitingRoom' },
        ],
        'me',
      ),
    ).toEqual(['a']);
  });

  it('counts the marks', () => {
    expect(rollCallCounts({ '1': 'present', '2': 'absent', '3': 'present' })).toEqual({
      present: 2,
      absent: 1,
    });
  });
});
