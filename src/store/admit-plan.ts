import type { HeldEntry } from '../domain/lock';
import type { ParticipantMatch } from '../domain/matching/types';
import type { RosterParticipant } from '../domain/meeting/types';
import type { AppState } from './app-store';
import { selectMatchByUUID } from './roll-selectors';
import { heldForAHost, selectLockStateRead, waitingGroupFor } from './waiting-groups';

/** Who "Admit everyone on the roll" would admit right now. */
export interface AdmitPlan {
  /**
   * Waiting, in the group "On the roll" as the waiting room shows it (the lock's verdict while it
   * holds them): "Admit everyone on the roll".
   */
  admitSure: readonly RosterParticipant[];
  /**
   * Waiting under "Check" on a roll match that needs a look (likely, ambiguous): listed, unticked,
   * for a confirmation. Never someone held for a host's decision.
   */
  admitLikely: readonly RosterParticipant[];
}

const NO_PLAN: AdmitPlan = { admitSure: [], admitLikely: [] };

function admitPlan(state: AppState): AdmitPlan {
  // Before the saved lock state is read, a host's send-back is not known: nobody is ready.
  if (!selectLockStateRead(state)) return NO_PLAN;
  const matches = selectMatchByUUID(state);
  const heldBy = new Map(state.lockHeld.map((entry) => [entry.participantUUID, entry]));
  const admitSure: RosterParticipant[] = [];
  const admitLikely: RosterParticipant[] = [];
  for (const person of state.roster.participants.values()) {
    if (person.location !== 'waitingRoom') continue;
    const match = matches.get(person.participantUUID);
    const entry = heldBy.get(person.participantUUID);
    // Hosts decide: whom a host sent back waits for a click on their own row, not a bulk one.
    if (heldForAHost(entry)) continue;
    // The group the waiting room shows them in, so the button's count is that group's.
    const group = waitingGroupFor(match, entry);
    if (group === 'onRoll') admitSure.push(person);
    // A second claimant of a name already here is listed nowhere: that needs a real look.
    else if (group === 'check' && !match?.flags.includes('duplicate')) admitLikely.push(person);
  }
  const byWait = (a: RosterParticipant, b: RosterParticipant) => a.joinedAt - b.joinedAt;
  return { admitSure: admitSure.sort(byWait), admitLikely: admitLikely.sort(byWait) };
}

let memo: {
  participants: AppState['roster']['participants'] | null;
  matches: ReadonlyMap<string, ParticipantMatch> | null;
  held: readonly HeldEntry[] | null;
  read: boolean;
  value: AdmitPlan | null;
} = { participants: null, matches: null, held: null, read: false, value: null };

/**
 * The admit plan, the same object until the people, the matches or the lock's verdicts change. Apart from the rest of
 * the bulk plan (bulk-plan.ts): the toolbar's admit button is in the first paint, and the privacy
 * names the renames need are not.
 */
export function selectAdmitPlan(state: AppState): AdmitPlan {
  const matches = selectMatchByUUID(state);
  const held = state.lockHeld;
  const read = selectLockStateRead(state);
  if (
    memo.value &&
    memo.participants === state.roster.participants &&
    memo.matches === matches &&
    memo.held === held &&
    memo.read === read
  )
    return memo.value;
  memo = { participants: state.roster.participants, matches, held, read, value: admitPlan(state) };
  return memo.value!;
}
