import type { AttendanceEvent, ErasureEvent } from '../attendance/types';
import type { ManualDecision, RollEntry } from '../matching/types';
import type { EntryRef, ErasureTarget } from './types';

const emailKey = (email: string | undefined): string | null => {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};

/**
 * Whether a roll entry in another saved roll is the same person as `entry`: the same e-mail
 * (ignoring case), or exactly the same name where neither has an e-mail that says otherwise.
 * "Jane Doe" with another e-mail is someone else, and a name that differs in a single character
 * is someone else too.
 */
export function sameRollPerson(entry: RollEntry, other: RollEntry): boolean {
  const mine = emailKey(entry.email);
  const theirs = emailKey(other.email);
  if (mine !== null && theirs !== null) return mine === theirs;
  return entry.name === other.name;
}

interface RollLike {
  id: string;
  entries: readonly RollEntry[];
}

/**
 * The library's entries a target names: the entry itself in its saved roll, and the same person
 * (`sameRollPerson`) in every other saved roll. A participant target names no roll entry.
 */
export function entriesToErase(rolls: readonly RollLike[], target: ErasureTarget): EntryRef[] {
  if (target.kind !== 'rollEntry') return [];
  const refs: EntryRef[] = [];
  for (const roll of rolls) {
    for (const entry of roll.entries) {
      const own = roll.id === target.savedRollId && entry.id === target.entry.id;
      if (own || (roll.id !== target.savedRollId && sameRollPerson(target.entry, entry)))
        refs.push({ savedRollId: roll.id, entryId: entry.id });
    }
  }
  return refs;
}

/**
 * Whether a stored name link goes: it links to (or unlinks from) an erased entry of that roll, or
 * it is about one of the participant's display names (the exact string).
 */
export function decisionConcerns(
  savedRollId: string,
  decision: ManualDecision,
  target: ErasureTarget,
  entries: readonly EntryRef[],
): boolean {
  if (target.kind === 'participant') return target.screenNames.includes(decision.screenName);
  return entries.some((ref) => ref.savedRollId === savedRollId && ref.entryId === decision.rollId);
}

const personOf = (event: AttendanceEvent) => ('participantUUID' in event ? event : null);

/**
 * The participant ids a meeting's log ties to the target: the participant's own ids, or everyone
 * the log ever matched to one of the erased entries (`rollEntryIds`: entry ids of the roll that
 * meeting used). Every event about those ids goes, including the ones logged before a match.
 */
export function participantsInLog(
  log: readonly AttendanceEvent[],
  target: ErasureTarget,
  rollEntryIds: ReadonlySet<string>,
): Set<string> {
  if (target.kind === 'participant') return new Set(target.participantUUIDs);
  const uuids = new Set<string>();
  for (const event of log) {
    const person = personOf(event);
    if (person?.rollId != null && rollEntryIds.has(person.rollId))
      uuids.add(person.participantUUID);
  }
  return uuids;
}

/** Whether one logged event is about the person (by participant id or by erased roll entry). */
export function eventConcerns(
  event: AttendanceEvent,
  uuids: ReadonlySet<string>,
  rollEntryIds: ReadonlySet<string>,
): boolean {
  const person = personOf(event);
  if (!person) return false;
  return (
    uuids.has(person.participantUUID) || (person.rollId != null && rollEntryIds.has(person.rollId))
  );
}

/**
 * A meeting's log without the person: what stays, and how many events went. `present` adds the
 * participant ids the panel ties to the person in this meeting now (by their current match): an
 * event logged before the roll was matched carries no roll entry, and would otherwise stay.
 */
export function eraseFromLog(
  log: readonly AttendanceEvent[],
  target: ErasureTarget,
  rollEntryIds: ReadonlySet<string>,
  present: Iterable<string> = [],
): { kept: AttendanceEvent[]; removed: number } {
  const uuids = participantsInLog(log, target, rollEntryIds);
  for (const uuid of present) uuids.add(uuid);
  const kept = log.filter((event) => !eventConcerns(event, uuids, rollEntryIds));
  return { kept, removed: log.length - kept.length };
}

/** The fact of an erasure, for the log: when, and how many events. Nothing about whom. */
export function erasureEvent(at: number, removed: number): ErasureEvent {
  return { kind: 'erasure', at, removed, reconstructed: false };
}
