import type { ParticipantMatch, RollEntry } from '../domain/matching/types';
import type { RosterParticipant } from '../domain/meeting/types';
import { privacyName } from '../domain/privacy';
import { isStaff } from '../domain/roles';
import { selectAdmitPlan } from './admit-plan';
import type { AdmitPlan } from './admit-plan';
import type { AppState } from './app-store';
import { loadedMatching } from './matching-loader';
import type { LoadedRoll } from './roll-slice';
import { selectMatchByUUID } from './roll-selectors';
import { waitingGroupOf } from './waiting-groups';

export interface PlannedRename {
  participantUUID: string;
  from: string;
  to: string;
}

/** Who each bulk button would act on right now. */
export interface BulkPlan extends AdmitPlan {
  /** In the meeting, not staff and not me, on no roll entry (or imitating one). */
  unknownInMeeting: readonly RosterParticipant[];
  /** In the meeting, not staff and not me, whose privacy name differs from their name. */
  privacyRenames: readonly PlannedRename[];
  /**
   * Waiting, not staff, whose privacy name differs: Zoom renames only people in the meeting, so
   * these names are queued and given the moment each is admitted.
   */
  waitingPrivacyRenames: readonly PlannedRename[];
}

const entryCache = new WeakMap<LoadedRoll, ReadonlyMap<string, RollEntry>>();

function entriesById(roll: LoadedRoll | null): ReadonlyMap<string, RollEntry> {
  if (!roll) return new Map();
  let map = entryCache.get(roll);
  if (!map) {
    map = new Map(roll.entries.map((entry) => [entry.id, entry]));
    entryCache.set(roll, map);
  }
  return map;
}

/** The roll's name for someone matched for sure, else null. */
export function rollNameFor(state: AppState, participantUUID: string): string | null {
  const match = selectMatchByUUID(state).get(participantUUID);
  if (!match || match.confidence !== 'sure' || match.rollId === null) return null;
  return entriesById(state.roll).get(match.rollId)?.name ?? null;
}

/**
 * "Bob W.": when the match is sure, the given name the person chose with the family-name initial
 * from the roll ("Bob Whitfield", on the roll as Robert Whitfield); else from the display name.
 * A match exists only once the matching module has loaded, and chosenPrivacyName ships with it:
 * its text analysis (transliteration, confusables) stays out of the first load.
 */
export function privacyNameFor(
  participant: RosterParticipant,
  match: ParticipantMatch | undefined,
  entries: ReadonlyMap<string, RollEntry>,
): string {
  const entry =
    match?.confidence === 'sure' && match.rollId !== null ? entries.get(match.rollId) : undefined;
  const chosen = entry ? loadedMatching()?.chosenPrivacyName : undefined;
  return entry && chosen
    ? chosen(participant.screenName, entry)
    : privacyName(participant.screenName);
}

/**
 * privacyNameFor with the state's own matches and roll: the rule every rename uses (the bulk
 * buttons, the rename form, the checklist's privacy fix).
 */
export function privacyNameIn(state: AppState, participant: RosterParticipant): string {
  const match = selectMatchByUUID(state).get(participant.participantUUID);
  return privacyNameFor(participant, match, entriesById(state.roll));
}

function plan(state: AppState): BulkPlan {
  const matches = selectMatchByUUID(state);
  const entries = entriesById(state.roll);
  const meUUID = state.me?.participantUUID;
  const result = {
    ...selectAdmitPlan(state),
    unknownInMeeting: [] as RosterParticipant[],
    privacyRenames: [] as PlannedRename[],
    waitingPrivacyRenames: [] as PlannedRename[],
  };
  for (const person of state.roster.participants.values()) {
    const match = matches.get(person.participantUUID);
    if (person.location === 'waitingRoom') {
      const to = isStaff(person.role) ? '' : privacyNameFor(person, match, entries);
      if (to !== '' && to !== person.screenName)
        result.waitingPrivacyRenames.push({
          participantUUID: person.participantUUID,
          from: person.screenName,
          to,
        });
      continue;
    }
    if (person.participantUUID === meUUID || isStaff(person.role)) continue;
    const group = waitingGroupOf(match);
    if (state.roll && (group === 'notOnRoll' || group === 'impostor'))
      result.unknownInMeeting.push(person);
    const to = privacyNameFor(person, match, entries);
    if (to !== '' && to !== person.screenName)
      result.privacyRenames.push({
        participantUUID: person.participantUUID,
        from: person.screenName,
        to,
      });
  }
  return result;
}

let memo: {
  participants: AppState['roster']['participants'] | null;
  matches: ReadonlyMap<string, ParticipantMatch> | null;
  me: string | undefined;
  admit: AdmitPlan | null;
  value: BulkPlan | null;
} = { participants: null, matches: null, me: undefined, admit: null, value: null };

/** The bulk plan, the same object until the people, the matches, the admit plan or I change. */
export function selectBulkPlan(state: AppState): BulkPlan {
  const matches = selectMatchByUUID(state);
  const me = state.me?.participantUUID;
  // The admit plan also follows the lock's verdicts, which the rest of the plan does not read.
  const admit = selectAdmitPlan(state);
  if (
    memo.value &&
    memo.admit === admit &&
    memo.participants === state.roster.participants &&
    memo.matches === matches &&
    memo.me === me
  )
    return memo.value;
  memo = { participants: state.roster.participants, matches, me, admit, value: plan(state) };
  return memo.value!;
}
