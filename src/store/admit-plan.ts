import type { ParticipantMatch } from '../domain/matching/types';
import type { RosterParticipant } from '../domain/meeting/types';
import type { AppState } from './app-store';
import { selectMatchByUUID } from './roll-selectors';
import { waitingGroupOf } from './waiting-groups';

/** Who "Admit everyone on the roll" would admit right now. */
export interface AdmitPlan {
  /** Waiting, a `sure` roll match with nothing to check: "Admit everyone on the roll". */
  admitSure: readonly RosterParticipant[];
  /** Waiting, a roll match that needs a look (likely, ambiguous): listed, unticked, for a confirmation. */
  admitLikely: readonly RosterParticipant[];
}

function admitPlan(state: AppState): AdmitPlan {
  const matches = selectMatchByUUID(state);
  const admitSure: RosterParticipant[] = [];
  const admitLikely: RosterParticipant[] = [];
  for (const person of state.roster.participants.values()) {
    if (person.location !== 'waitingRoom') continue;
    const match = matches.get(person.participantUUID);
    const group = waitingGroupOf(match);
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
  value: AdmitPlan | null;
} = { participants: null, matches: null, value: null };

/**
 * The admit plan, the same object until the people or the matches change. Apart from the rest of
 * the bulk plan (bulk-plan.ts): the toolbar's admit button is in the first paint, and the privacy
 * names the renames need are not.
 */
export function selectAdmitPlan(state: AppState): AdmitPlan {
  const matches = selectMatchByUUID(state);
  if (memo.value && memo.participants === state.roster.participants && memo.matches === matches)
    return memo.value;
  memo = { participants: state.roster.participants, matches, value: admitPlan(state) };
  return memo.value!;
}
