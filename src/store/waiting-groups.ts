import type { HeldCategory, HeldEntry } from '../domain/lock';
import type { MatchFlag, ParticipantMatch } from '../domain/matching/types';
import type { RosterParticipant } from '../domain/meeting/types';
import type { AppState } from './app-store';
import { selectMatchByUUID } from './roll-selectors';
import { selectWaitingRows } from './selectors';

/**
 * The waiting room sorted for decisions. 'rejoin' exists only while locked: a roll member who was
 * in the meeting and dropped out, listed first.
 */
export type WaitingGroupId = HeldCategory;

export interface WaitingGroup {
  id: WaitingGroupId;
  rows: readonly RosterParticipant[];
}

/**
 * Top to bottom: danger first (a possible impostor is never scrolled out of sight below the
 * strangers), then who was already in, who can go straight in, who needs a look, the rest.
 */
export const WAITING_GROUP_ORDER: readonly WaitingGroupId[] = [
  'impostor',
  'rejoin',
  'onRoll',
  'check',
  'notOnRoll',
];

/** Flags that make a `sure` match need a look before anyone admits it. */
const NEEDS_A_LOOK: readonly MatchFlag[] = ['duplicate', 'ambiguous', 'bot', 'device', 'dial-in'];

/** Where a waiting person belongs by their match alone (the lock refines it while locked). */
export function waitingGroupOf(match: ParticipantMatch | undefined): WaitingGroupId {
  if (match?.flags.includes('impostor')) return 'impostor';
  // A second claimant or an ambiguous name may have no entry of its own, yet needs a look.
  if (match?.flags.some((flag) => flag === 'duplicate' || flag === 'ambiguous')) return 'check';
  if (!match || match.rollId === null || match.confidence === 'none') return 'notOnRoll';
  if (match.confidence === 'sure' && !match.flags.some((flag) => NEEDS_A_LOOK.includes(flag)))
    return 'onRoll';
  return 'check';
}

/** Whether the lock judged this person on the match they have now (not one from before it came). */
function judgedOnThisMatch(entry: HeldEntry, match: ParticipantMatch | undefined): boolean {
  const flags = match?.flags ?? [];
  return (
    entry.rollId === (match?.rollId ?? null) &&
    entry.confidence === (match?.confidence ?? 'none') &&
    entry.flags.length === flags.length &&
    entry.flags.every((flag) => flags.includes(flag))
  );
}

/** A host sent them (or another claimant of their entry) back, or may have: that verdict stands. */
export function heldForAHost(entry: HeldEntry | undefined): boolean {
  return entry !== undefined && entry.hostMove !== null;
}

/**
 * The group of one waiting person: the lock's verdict while it holds them (see groupWaitingRows),
 * else their match's. The toolbar's bulk admit acts on this group and no other.
 */
export function waitingGroupFor(
  match: ParticipantMatch | undefined,
  entry: HeldEntry | undefined,
): WaitingGroupId {
  return entry && (heldForAHost(entry) || judgedOnThisMatch(entry, match))
    ? entry.category
    : waitingGroupOf(match);
}

/**
 * Whether the lock state saved for this meeting has been read. Until then a person a host sent
 * back looks like anyone else on the roll (that verdict is in the saved state): no group may
 * offer them as ready to admit, not even for the first frames after a reload.
 */
export function selectLockStateRead(state: AppState): boolean {
  // The roster's first snapshot comes in before the panel is ready, and the read after it.
  const { lockMeeting } = state;
  // Another meeting's state, read before this one was known, is not this meeting's.
  const meetingUUID = state.meetingInfo?.meetingUUID;
  return lockMeeting.restored && (!meetingUUID || lockMeeting.meetingUUID === meetingUUID);
}

/**
 * Groups waiting rows (already filtered and in waiting order), keeping that order inside each
 * group and dropping empty groups. While locked the lock's own verdict wins (it knows rejoins and
 * a host's send-back), as long as it was made on the match the row has now: after a reload the
 * lock judges before the roll's matches are in, and until its next look that verdict ("Not on the
 * roll" for everyone) would hide an impostor among the strangers.
 */
export function groupWaitingRows(
  rows: readonly RosterParticipant[],
  matches: ReadonlyMap<string, ParticipantMatch>,
  held: readonly HeldEntry[],
): WaitingGroup[] {
  const heldBy = new Map(held.map((entry) => [entry.participantUUID, entry]));
  const buckets = new Map<WaitingGroupId, RosterParticipant[]>();
  for (const row of rows) {
    const match = matches.get(row.participantUUID);
    const entry = heldBy.get(row.participantUUID);
    const id = waitingGroupFor(match, entry);
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = []));
    bucket.push(row);
  }
  return WAITING_GROUP_ORDER.flatMap((id) => {
    const bucket = buckets.get(id);
    return bucket ? [{ id, rows: bucket }] : [];
  });
}

interface GroupMemo {
  rows: readonly RosterParticipant[] | null;
  matches: ReadonlyMap<string, ParticipantMatch> | null;
  held: readonly HeldEntry[] | null;
  value: readonly WaitingGroup[] | null;
}

const memos = new Map<string, GroupMemo>();

/**
 * The waiting room in groups for a search query, or null when there is nothing to group by (no
 * roll and no lock): then it is one plain list. The same array until its inputs change.
 */
export const selectWaitingGroups =
  (query: string) =>
  (state: AppState): readonly WaitingGroup[] | null => {
    // Without a roll or a lock there is nothing to sort by. While the matcher loads ("matching…",
    // as after a reload while locked) a roll's groups would put everyone without a lock verdict
    // under "Not on the roll", people on it too: no groups until the matches are known.
    if (state.roll ? !state.matchingReady : !state.lock.locked) return null;
    if (!selectLockStateRead(state)) return null;
    const rows = selectWaitingRows(query)(state);
    const matches = selectMatchByUUID(state);
    const held = state.lockHeld;
    let memo = memos.get(query);
    if (!memo) {
      // Queries come and go as the host types: keep a few, like the roster selectors do.
      if (memos.size > 32) memos.clear();
      memo = { rows: null, matches: null, held: null, value: null };
      memos.set(query, memo);
    }
    if (memo.value && memo.rows === rows && memo.matches === matches && memo.held === held)
      return memo.value;
    memo.rows = rows;
    memo.matches = matches;
    memo.held = held;
    memo.value = groupWaitingRows(rows, matches, held);
    return memo.value;
  };
