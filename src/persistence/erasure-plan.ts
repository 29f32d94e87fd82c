import type { AttendanceEvent, ErasureEvent } from '../domain/attendance/types';
import {
  decisionConcerns,
  entriesToErase,
  eraseFromLog,
  erasureEvent,
  lockStateMentions,
  lockStateWithout,
  participantsInLog,
  type ErasureCount,
  type ErasureTarget,
} from '../domain/erasure';
import type { ManualDecision } from '../domain/matching/types';
import type { MeetingRecord, SavedRoll } from './types';

/** Everything stored that can hold a person, as one store reads it (K: how it keys an event). */
export interface ErasureInput<K> {
  rolls: readonly SavedRoll[];
  decisions: ReadonlyArray<{ key: string; rollId: string; decision: ManualDecision }>;
  meetings: readonly MeetingRecord[];
  events: ReadonlyArray<{ key: K; meetingUUID: string; event: AttendanceEvent }>;
}

export interface ErasureOptions {
  /**
   * The meeting whose lock is running in this panel now: its lock state keeps its host decisions
   * (who was sent back stays out), and is saved again from memory anyway.
   */
  liveMeetingUUID?: string | null;
  /**
   * The meeting this panel is logging, and the participant ids it ties to the person there now:
   * their events in that meeting go too, also one logged before the roll was matched (it carries
   * no roll entry). The same ids the panel's own copy of that log is erased by.
   */
  current?: { meetingUUID: string; participantUUIDs: readonly string[] } | null;
}

/** The writes an erasure makes, the same for both stores. */
export interface ErasurePlan<K> {
  count: ErasureCount;
  rolls: SavedRoll[];
  decisionKeys: string[];
  eventKeys: K[];
  meetings: MeetingRecord[];
  /** One per meeting whose log lost events: the fact, when, and how many. */
  erasures: Array<{ meetingUUID: string; event: ErasureEvent }>;
}

/**
 * What erasing `target` changes in a store's contents. Pure: the stores read, call this, and
 * write the plan in one transaction. Roll entries are matched in the roll library first
 * (`entriesToErase`); a meeting's events by roll entry only when that meeting used the same saved
 * roll (entry ids like "3" repeat from roll to roll), and by every participant id the log tied to
 * those entries.
 */
export function planErasure<K>(
  input: ErasureInput<K>,
  target: ErasureTarget,
  now: number,
  options: ErasureOptions = {},
): ErasurePlan<K> {
  const refs = entriesToErase(input.rolls, target);
  const entryIdsOf = (savedRollId: string | null): Set<string> =>
    new Set(
      savedRollId === null
        ? []
        : refs.filter((ref) => ref.savedRollId === savedRollId).map((ref) => ref.entryId),
    );

  const rolls: SavedRoll[] = [];
  const rollNames: string[] = [];
  for (const roll of input.rolls) {
    const gone = entryIdsOf(roll.id);
    if (gone.size === 0) continue;
    rolls.push({
      ...roll,
      entries: roll.entries.filter((entry) => !gone.has(entry.id)),
      updatedAt: Math.max(roll.updatedAt, now),
    });
    rollNames.push(roll.name);
  }

  const decisionKeys = input.decisions
    .filter((item) => decisionConcerns(item.rollId, item.decision, target, refs))
    .map((item) => item.key);

  const byMeeting = new Map<string, Array<{ key: K; event: AttendanceEvent }>>();
  for (const item of input.events)
    byMeeting.set(item.meetingUUID, [...(byMeeting.get(item.meetingUUID) ?? []), item]);
  const records = new Map(input.meetings.map((record) => [record.meetingUUID, record]));

  const eventKeys: K[] = [];
  const erasures: ErasurePlan<K>['erasures'] = [];
  const meetings: MeetingRecord[] = [];
  for (const meetingUUID of new Set([...byMeeting.keys(), ...records.keys()])) {
    const record = records.get(meetingUUID);
    const rollEntryIds = entryIdsOf(record?.rollId ?? null);
    const items = byMeeting.get(meetingUUID) ?? [];
    const log = items.map((item) => item.event);
    const present =
      meetingUUID === options.current?.meetingUUID ? options.current.participantUUIDs : [];
    const { kept } = eraseFromLog(log, target, rollEntryIds, present);
    const keptSet = new Set(kept);
    const removed = items.filter((item) => !keptSet.has(item.event));
    if (removed.length > 0) {
      eventKeys.push(...removed.map((item) => item.key));
      erasures.push({ meetingUUID, event: erasureEvent(now, removed.length) });
    }
    const lock = record?.lockState;
    if (!record || !lock || meetingUUID === options.liveMeetingUUID) continue;
    const uuids = participantsInLog(log, target, rollEntryIds);
    if (lockStateMentions(lock, uuids, rollEntryIds))
      meetings.push({ ...record, lockState: lockStateWithout(lock, uuids, rollEntryIds) });
  }

  return {
    count: {
      meetings: erasures.length,
      events: eventKeys.length,
      rolls: rollNames,
      entries: refs.length,
      links: decisionKeys.length,
    },
    rolls,
    decisionKeys,
    eventKeys,
    meetings,
    erasures,
  };
}
