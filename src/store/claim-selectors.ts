import type { ParticipantMatch } from '../domain/matching/types';
import type { RosterLocation } from '../domain/meeting/types';
import type { AppState } from './app-store';
import { selectMatchByUUID, selectMatchReport, selectRollEntryMap } from './roll-selectors';

/** Someone who holds a roll entry now. */
export interface ClaimHolder {
  participantUUID: string;
  screenName: string;
  location: RosterLocation;
}

/**
 * Why a participant needs a look before anyone admits them: their name imitates a roll entry
 * (impostor) or claims one someone else already holds (duplicate), with that entry and its
 * holders. Attacker-controlled names stay plain strings here; the panel isolates them.
 */
export interface ClaimContext {
  flag: 'impostor' | 'duplicate';
  rollId: string | null;
  /** The roll name they resemble or claim; null when the matcher named no entry. */
  rollName: string | null;
  /**
   * Who holds that entry now; with no entry (`rollName` null), the participant not on the roll
   * whose display name this one copies ("Amа Owusu" for the guest "Ama Owusu").
   */
  holders: readonly ClaimHolder[];
}

/** The one the matcher says a look-alike copies: named by its reason, found among the others here. */
function copiedParticipant(
  state: AppState,
  match: ParticipantMatch,
  participantUUID: string,
): ClaimHolder[] {
  const copied = match.reasons.find(
    (r) => r.code === 'lookalike-participant' || r.code === 'lookalike-waiting',
  )?.params?.holder;
  if (copied === undefined) return [];
  for (const person of state.roster.participants.values())
    if (person.participantUUID !== participantUUID && person.screenName === copied)
      return [
        {
          participantUUID: person.participantUUID,
          screenName: person.screenName,
          location: person.location,
        },
      ];
  return [];
}

export function flaggedFlag(match: ParticipantMatch | undefined): ClaimContext['flag'] | null {
  if (match?.flags.includes('impostor')) return 'impostor';
  if (match?.flags.includes('duplicate')) return 'duplicate';
  return null;
}

interface ClaimMemo {
  roster: AppState['roster']['participants'];
  byUUID: Map<string, ClaimContext | null>;
}

const memos = new WeakMap<object, ClaimMemo>();

/** The claim behind an impostor or duplicate flag, or null for anyone else. Stable per report and roster. */
export function selectClaimContext(participantUUID: string) {
  return (state: AppState): ClaimContext | null => {
    const report = selectMatchReport(state);
    if (!report) return null;
    let memo = memos.get(report);
    // The holders' places change without a new report (an admit): the roster is part of the key.
    if (!memo || memo.roster !== state.roster.participants) {
      memo = { roster: state.roster.participants, byUUID: new Map() };
      memos.set(report, memo);
    }
    const cached = memo.byUUID.get(participantUUID);
    if (cached !== undefined) return cached;
    const match = selectMatchByUUID(state).get(participantUUID);
    const flag = flaggedFlag(match);
    let value: ClaimContext | null = null;
    if (match && flag) {
      const rollId = match.candidates?.[0] ?? match.rollId ?? null;
      const entry = rollId === null ? undefined : selectRollEntryMap(state).get(rollId);
      const holders = (rollId === null ? [] : (report.claims[rollId] ?? []))
        .filter((uuid) => uuid !== participantUUID)
        .flatMap((uuid): ClaimHolder[] => {
          const person = state.roster.participants.get(uuid);
          return person
            ? [{ participantUUID: uuid, screenName: person.screenName, location: person.location }]
            : [];
        });
      value = {
        flag,
        rollId,
        rollName: entry?.name ?? null,
        holders:
          rollId === null && flag === 'impostor'
            ? copiedParticipant(state, match, participantUUID)
            : holders,
      };
    }
    memo.byUUID.set(participantUUID, value);
    return value;
  };
}
