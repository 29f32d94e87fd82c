import { describe, expect, it } from 'vitest';
import type { HeldCategory, HeldEntry, HostMove } from '../domain/lock';
import type { MatchFlag, ParticipantMatch } from '../domain/matching/types';
import type { RosterParticipant } from '../domain/meeting/types';
import { groupWaitingRows } from './waiting-groups';

const row = { participantUUID: 'w', screenName: 'Jane Doe' } as RosterParticipant;

const match = (rollId: string | null, flags: MatchFlag[] = []): ParticipantMatch =>
  ({
    participantUUID: 'w',
    rollId,
    confidence: rollId ? 'sure' : 'none',
    reasons: [],
    flags,
  }) as unknown as ParticipantMatch;

const held = (
  category: HeldCategory,
  judgedOn: ParticipantMatch | undefined,
  hostMove: HostMove | null = null,
): HeldEntry =>
  ({
    participantUUID: 'w',
    screenName: 'Jane Doe',
    category,
    since: 0,
    rollId: judgedOn?.rollId ?? null,
    confidence: judgedOn?.confidence ?? 'none',
    flags: judgedOn?.flags ?? [],
    bounced: false,
    hostMove,
    failure: null,
  }) as HeldEntry;

const impostor = match(null, ['impostor']);
const onRoll = match('r1');

describe('groupWaitingRows', () => {
  it.each<[string, ParticipantMatch | undefined, HeldEntry | undefined, HeldCategory]>([
    ['unlocked: the match decides', onRoll, undefined, 'onRoll'],
    ['unlocked, no match: not on the roll', undefined, undefined, 'notOnRoll'],
    ['the lock knows a rejoin the match cannot', onRoll, held('rejoin', onRoll), 'rejoin'],
    ['the lock holds an entry already in use for a look', onRoll, held('check', onRoll), 'check'],
    // After a reload: the lock judged before the matches were in; the impostor is not hidden.
    [
      'a verdict made without the match gives way to it',
      impostor,
      held('notOnRoll', undefined),
      'impostor',
    ],
    ['likewise a sure match', onRoll, held('notOnRoll', undefined), 'onRoll'],
    [
      'a host’s send-back stands whatever the match',
      onRoll,
      held('check', undefined, 'sentBack'),
      'check',
    ],
    [
      'so does one of another claimant of the entry',
      onRoll,
      held('check', undefined, 'entrySentBack'),
      'check',
    ],
    [
      'and a put-back Zoom never answered (perhaps a host’s)',
      onRoll,
      held('check', undefined, 'maybeSentBack'),
      'check',
    ],
  ])('%s', (_, current, entry, expected) => {
    const matches = new Map(current ? [['w', current]] : []);
    const groups = groupWaitingRows([row], matches, entry ? [entry] : []);
    expect(groups.map((group) => group.id)).toEqual([expected]);
  });
});
