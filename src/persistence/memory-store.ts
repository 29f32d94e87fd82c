import type { AttendanceEvent } from '../domain/attendance/types';
import type { LockState } from '../domain/lock/types';
import type { ManualDecision } from '../domain/matching/types';
import type { MeetingOccurrence } from '../domain/checklist/types';
import {
  decisionKey,
  newId,
  orderRolls,
  readSettings,
  topicKey,
  touchedMeeting,
  withEvents,
} from './records';
import type {
  AppSettings,
  DoorkeeperStore,
  MeetingRecord,
  RollDraft,
  SavedRoll,
  StoreSnapshot,
} from './types';
import type { ErasureCount, ErasureTarget } from '../domain/erasure/types';
import type { ErasureInput, ErasureOptions } from './erasure-plan';
import { droppedValueLog, readMeetingRecord, readSavedRoll, type DroppedValue } from './validate';

// Erasure is rare: its code loads when it is used, not with the panel.
const loadErasurePlan = () => import('./erasure-plan');

// Meeting-ID history is noted after the first paint: its helpers load then, not with the panel.
const loadMeetingIds = () => import('./meeting-ids');

// Copies in and out, as IndexedDB's structured clone does, so callers never share objects with the store.
const copy = <T>(value: T): T => structuredClone(value);

/** The in-memory store: the fallback when IndexedDB fails, with exactly the same behaviour. */
export class MemoryStore implements DoorkeeperStore {
  readonly mode = 'memory' as const;
  private rolls = new Map<string, SavedRoll>();
  private topics = new Map<string, { topicKey: string; rollId: string; usedAt: number }>();
  private decisions = new Map<string, { rollId: string; decision: ManualDecision; at: number }>();
  private meetings = new Map<string, MeetingRecord>();
  private events = new Map<string, AttendanceEvent[]>();
  private settings: AppSettings | null = null;
  private meetingIds = new Map<string, unknown>();
  private readonly droppedLog = droppedValueLog();
  private readonly report = this.droppedLog.report;

  takeDropped(): DroppedValue[] {
    return this.droppedLog.take();
  }

  constructor(seed?: StoreSnapshot) {
    if (!seed) return;
    for (const roll of seed.rolls) this.rolls.set(roll.id, copy(roll));
    for (const topic of seed.topics) this.topics.set(topic.topicKey, copy(topic));
    for (const entry of seed.decisions)
      this.decisions.set(decisionKey(entry.rollId, entry.decision), copy(entry));
    for (const meeting of seed.meetings) this.meetings.set(meeting.meetingUUID, copy(meeting));
    for (const { meetingUUID, event } of seed.events)
      this.events.set(meetingUUID, [...(this.events.get(meetingUUID) ?? []), copy(event)]);
    this.settings = seed.settings ? readSettings(seed.settings) : null;
    for (const record of seed.meetingIds ?? []) this.meetingIds.set(record.numberKey, copy(record));
  }

  async saveRoll(draft: RollDraft, now: number): Promise<SavedRoll> {
    const existing = draft.id ? this.readRoll(draft.id) : null;
    const roll: SavedRoll = {
      id: draft.id ?? newId(),
      name: draft.name,
      entries: copy(draft.entries),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      lastUsedAt: existing?.lastUsedAt ?? null,
      openingMessage: existing?.openingMessage ?? null,
    };
    this.rolls.set(roll.id, roll);
    return copy(roll);
  }

  /** A seed carried over from a failing IndexedDB may hold rolls of an older version, or damage. */
  private readRoll(id: string): SavedRoll | null {
    const roll = this.rolls.get(id);
    return roll === undefined ? null : readSavedRoll(copy(roll), this.report);
  }

  async getRoll(id: string): Promise<SavedRoll | null> {
    return this.readRoll(id);
  }

  async listRolls(topic?: string): Promise<SavedRoll[]> {
    const preferred =
      topic === undefined ? null : (this.topics.get(topicKey(topic))?.rollId ?? null);
    const rolls = [...this.rolls.keys()]
      .map((id) => this.readRoll(id))
      .filter((roll): roll is SavedRoll => roll !== null);
    return orderRolls(rolls, preferred);
  }

  async saveOpeningMessage(rollId: string, text: string | null, now: number): Promise<boolean> {
    const roll = this.readRoll(rollId);
    if (!roll) return false;
    this.rolls.set(rollId, {
      ...roll,
      openingMessage: text === null ? null : { text, savedAt: now },
    });
    return true;
  }

  async deleteRoll(id: string): Promise<void> {
    this.rolls.delete(id);
    for (const [key, entry] of this.decisions) if (entry.rollId === id) this.decisions.delete(key);
    for (const [key, entry] of this.topics) if (entry.rollId === id) this.topics.delete(key);
  }

  async markRollUsed(
    rollId: string,
    topic: string,
    now: number,
    meetingUUID?: string,
  ): Promise<void> {
    const roll = this.rolls.get(rollId);
    if (roll) this.rolls.set(rollId, { ...roll, lastUsedAt: now });
    this.topics.set(topicKey(topic), { topicKey: topicKey(topic), rollId, usedAt: now });
    const meeting = meetingUUID ? this.meetings.get(meetingUUID) : undefined;
    if (meeting) this.meetings.set(meeting.meetingUUID, { ...meeting, rollId });
  }

  async saveDecision(rollId: string, decision: ManualDecision, now: number): Promise<void> {
    this.decisions.set(decisionKey(rollId, decision), {
      rollId,
      decision: copy(decision),
      at: now,
    });
  }

  async listDecisions(rollId: string): Promise<ManualDecision[]> {
    return [...this.decisions.values()]
      .filter((entry) => entry.rollId === rollId)
      .sort((a, b) => a.at - b.at)
      .map((entry) => copy(entry.decision));
  }

  async deleteDecision(rollId: string, decision: ManualDecision): Promise<void> {
    this.decisions.delete(decisionKey(rollId, decision));
  }

  async touchMeeting(meetingUUID: string, topic: string, now: number): Promise<MeetingRecord> {
    // A seed carried over from a failing IndexedDB is as untrusted as the disk it came from.
    const stored = this.meetings.get(meetingUUID);
    const existing = readMeetingRecord(stored, meetingUUID, now, this.report) ?? undefined;
    const record = touchedMeeting(existing, meetingUUID, topic, now);
    this.meetings.set(meetingUUID, record);
    return copy(record);
  }

  async getMeeting(meetingUUID: string): Promise<MeetingRecord | null> {
    const record = this.meetings.get(meetingUUID);
    return readMeetingRecord(copy(record), meetingUUID, Date.now(), this.report);
  }

  async correctMeetingStart(meetingUUID: string, startedAt: number): Promise<void> {
    const record = this.meetings.get(meetingUUID);
    if (record) this.meetings.set(meetingUUID, { ...record, startedAt });
  }

  async saveLockState(meetingUUID: string, state: LockState): Promise<void> {
    const record = this.meetings.get(meetingUUID);
    if (record) this.meetings.set(meetingUUID, { ...record, lockState: copy(state) });
  }

  async noteMeetingOccurrence(
    meetingID: string,
    meetingUUID: string,
    now: number,
  ): Promise<MeetingOccurrence[]> {
    const { meetingIdKey, notedOccurrences, readMeetingIdRecord } = await loadMeetingIds();
    const numberKey = await meetingIdKey(meetingID);
    const stored = this.meetingIds.get(numberKey);
    const existing = stored === undefined ? null : readMeetingIdRecord(stored, this.report);
    const occurrences = notedOccurrences(existing?.occurrences ?? [], meetingUUID, now);
    this.meetingIds.set(numberKey, { numberKey, occurrences });
    return copy(occurrences);
  }

  private async pruneMeetingIds(keep: (occurrence: MeetingOccurrence) => boolean): Promise<void> {
    if (this.meetingIds.size === 0) return;
    const { readMeetingIdRecord } = await loadMeetingIds();
    for (const [numberKey, stored] of [...this.meetingIds]) {
      const kept = readMeetingIdRecord(stored, this.report)?.occurrences.filter(keep) ?? [];
      if (kept.length === 0) this.meetingIds.delete(numberKey);
      else this.meetingIds.set(numberKey, { numberKey, occurrences: kept });
    }
  }

  async appendEvents(meetingUUID: string, events: readonly AttendanceEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.events.set(meetingUUID, [...(this.events.get(meetingUUID) ?? []), ...events.map(copy)]);
    this.meetings.set(meetingUUID, withEvents(this.meetings.get(meetingUUID), meetingUUID, events));
  }

  async loadEvents(meetingUUID: string): Promise<AttendanceEvent[]> {
    return (this.events.get(meetingUUID) ?? []).map(copy);
  }

  async getSettings(): Promise<AppSettings> {
    return readSettings(this.settings);
  }

  async saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
    this.settings = readSettings({ ...readSettings(this.settings), ...patch });
    return { ...this.settings };
  }

  async purgeMeetingsBefore(cutoff: number): Promise<number> {
    let removed = 0;
    for (const record of [...this.meetings.values()]) {
      if (record.lastSeenAt >= cutoff) continue;
      await this.forgetMeeting(record.meetingUUID);
      removed += 1;
    }
    // A log whose meeting record is missing (written by a crashed session) goes too.
    for (const meetingUUID of [...this.events.keys()])
      if (!this.meetings.has(meetingUUID)) this.events.delete(meetingUUID);
    await this.pruneMeetingIds((occurrence) => occurrence.lastSeenAt >= cutoff);
    return removed;
  }

  async forgetMeeting(meetingUUID: string): Promise<void> {
    this.meetings.delete(meetingUUID);
    this.events.delete(meetingUUID);
    await this.pruneMeetingIds((occurrence) => occurrence.meetingUUID !== meetingUUID);
  }

  private erasureInput(): ErasureInput<AttendanceEvent> {
    return {
      rolls: [...this.rolls.values()],
      decisions: [...this.decisions].map(([key, item]) => ({ key, ...item })),
      meetings: [...this.meetings.values()]
        .map((record) => readMeetingRecord(record, record.meetingUUID, Date.now(), this.report))
        .filter((record): record is MeetingRecord => record !== null),
      events: [...this.events].flatMap(([meetingUUID, log]) =>
        log.map((event) => ({ key: event, meetingUUID, event })),
      ),
    };
  }

  async countPerson(target: ErasureTarget, options?: ErasureOptions): Promise<ErasureCount> {
    const { planErasure } = await loadErasurePlan();
    return planErasure(this.erasureInput(), target, 0, options).count;
  }

  async erasePerson(
    target: ErasureTarget,
    now: number,
    options?: ErasureOptions,
  ): Promise<ErasureCount> {
    const { planErasure } = await loadErasurePlan();
    const plan = planErasure(this.erasureInput(), target, now, options);
    for (const roll of plan.rolls) this.rolls.set(roll.id, copy(roll));
    for (const key of plan.decisionKeys) this.decisions.delete(key);
    for (const record of plan.meetings) this.meetings.set(record.meetingUUID, copy(record));
    const gone = new Set(plan.eventKeys);
    for (const { meetingUUID, event } of plan.erasures) {
      const log = (this.events.get(meetingUUID) ?? []).filter((item) => !gone.has(item));
      this.events.set(meetingUUID, [...log, copy(event)]);
    }
    return plan.count;
  }

  async deleteAll(): Promise<void> {
    this.rolls.clear();
    this.topics.clear();
    this.decisions.clear();
    this.meetings.clear();
    this.events.clear();
    this.settings = null;
    this.meetingIds.clear();
  }

  close(): void {}
}
