import type { AttendanceEvent } from '../domain/attendance/types';
import type { ManualDecision } from '../domain/matching/types';
import { DEFAULT_SETTINGS, type AppSettings, type MeetingRecord, type SavedRoll } from './types';

/** Topics differ in spacing and case between occurrences of the same meeting series. */
export function topicKey(topic: string): string {
  return topic.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/** A later decision on the same name and roll entry replaces the earlier one, link or unlink. */
export function decisionKey(rollId: string, decision: ManualDecision): string {
  return [rollId, decision.screenName.normalize('NFC').trim(), decision.rollId].join('\u001F');
}

/** Newest first, the topic's last roll on top. */
export function orderRolls(rolls: readonly SavedRoll[], preferredId: string | null): SavedRoll[] {
  const recency = (roll: SavedRoll) => Math.max(roll.lastUsedAt ?? 0, roll.updatedAt);
  return [...rolls].sort(
    (a, b) =>
      Number(b.id === preferredId) - Number(a.id === preferredId) ||
      recency(b) - recency(a) ||
      a.name.localeCompare(b.name),
  );
}

const PRIVACY: readonly AppSettings['exportPrivacy'][] = ['full', 'privacyName', 'initials'];

function positive(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max
    ? value
    : fallback;
}

/** Settings as stored, with anything missing or out of range replaced by the default. */
export function readSettings(value: unknown): AppSettings {
  const stored =
    typeof value === 'object' && value !== null
      ? (value as Partial<Record<keyof AppSettings, unknown>>)
      : {};
  return {
    retentionDays: positive(stored.retentionDays, DEFAULT_SETTINGS.retentionDays, 3650),
    language:
      typeof stored.language === 'string' && stored.language.length > 0 ? stored.language : null,
    graceMinutes: positive(stored.graceMinutes, DEFAULT_SETTINGS.graceMinutes, 240),
    warnLeadSeconds: positive(stored.warnLeadSeconds, DEFAULT_SETTINGS.warnLeadSeconds, 3600),
    exportPrivacy: PRIVACY.includes(stored.exportPrivacy as AppSettings['exportPrivacy'])
      ? (stored.exportPrivacy as AppSettings['exportPrivacy'])
      : DEFAULT_SETTINGS.exportPrivacy,
  };
}

/** Drops stored events that are not events at all (a damaged or foreign record). */
export function isEvent(value: unknown): value is AttendanceEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { at?: unknown }).at === 'number'
  );
}

export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `roll-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The meeting record after events were logged: lastSeenAt moves on; a record is made if the log came first. */
export function withEvents(
  record: MeetingRecord | undefined,
  meetingUUID: string,
  events: readonly AttendanceEvent[],
): MeetingRecord {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    first = Math.min(first, event.at);
    last = Math.max(last, event.at);
  }
  if (record) return { ...record, lastSeenAt: Math.max(record.lastSeenAt, last) };
  return {
    meetingUUID,
    topic: '',
    firstSeenAt: first,
    startedAt: first,
    lastSeenAt: last,
    rollId: null,
    lockState: null,
  };
}

/** A meeting's record after the panel saw it again (or for the first time) at `now`. */
export function touchedMeeting(
  existing: MeetingRecord | undefined,
  meetingUUID: string,
  topic: string,
  now: number,
): MeetingRecord {
  if (existing) {
    return {
      ...existing,
      topic: topic || existing.topic,
      lastSeenAt: Math.max(existing.lastSeenAt, now),
    };
  }
  return {
    meetingUUID,
    topic,
    firstSeenAt: now,
    startedAt: now,
    lastSeenAt: now,
    rollId: null,
    lockState: null,
  };
}
