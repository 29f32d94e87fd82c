import { ATTENDANCE_EVENT_KINDS } from '../domain/attendance/types';
import type { AttendanceEvent } from '../domain/attendance/types';
import { checkOpeningText } from '../domain/chat/opening-text';
import { restoreLockState } from '../domain/lock';
import type { ManualDecision, RollEntry } from '../domain/matching/types';
import type { MeetingRecord, SavedOpeningMessage, SavedRoll } from './types';

/*
 * Stored data is input: another version of Doorkeeper, a browser extension or a damaged disk may
 * have written it. Every record is checked on the way in, as a roll file is. A bad value is
 * dropped (or replaced by a safe default) and reported, never passed on to crash a view.
 */

/** One value dropped while reading storage: which kind of record, and which field. */
export interface DroppedValue {
  record: 'meeting' | 'roll' | 'decision' | 'event' | 'meetingId';
  field: string;
  /** The record's own id, when it has one. */
  id?: string;
}

/** A sink that reports each damaged value once, however often it is read before it is repaired. */
export function droppedValueLog(): { report: ReportDropped; take: () => DroppedValue[] } {
  const seen = new Set<string>();
  let fresh: DroppedValue[] = [];
  return {
    report: (value) => {
      const key = `${value.record}\u001f${value.id ?? ''}\u001f${value.field}`;
      if (value.id !== undefined && seen.has(key)) return;
      seen.add(key);
      fresh.push(value);
    },
    take: () => {
      const out = fresh;
      fresh = [];
      return out;
    },
  };
}

export type ReportDropped = (dropped: DroppedValue) => void;

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const ATTENDANCE_KINDS: ReadonlySet<string> = new Set(ATTENDANCE_EVENT_KINDS);

/** Kinds about no one in particular: they carry no participant and no name. */
const IMPERSONAL_KINDS = new Set(['lock', 'unlock', 'rollCallStart', 'rollCallEnd', 'erasure']);

/**
 * A stored meeting record, repaired: times that are not finite numbers fall back to the others
 * (or to `now`), a topic or roll that is not a string is dropped, a lock state is read by
 * `restoreLockState`. Null when it is not a record at all.
 */
export function readMeetingRecord(
  value: unknown,
  meetingUUID: string,
  now: number,
  report: ReportDropped,
): MeetingRecord | null {
  if (!isObject(value)) {
    if (value !== undefined) report({ record: 'meeting', field: '(record)', id: meetingUUID });
    return null;
  }
  const drop = (field: string) => report({ record: 'meeting', field, id: meetingUUID });
  const times = [value.firstSeenAt, value.startedAt, value.lastSeenAt].filter(isTime);
  const fallback = times[0] ?? now;
  const time = (field: 'firstSeenAt' | 'startedAt' | 'lastSeenAt'): number => {
    if (isTime(value[field])) return value[field];
    drop(field);
    return fallback;
  };
  const topic = typeof value.topic === 'string' ? value.topic : (drop('topic'), '');
  const rollId =
    value.rollId === null || typeof value.rollId === 'string'
      ? value.rollId
      : (drop('rollId'), null);
  let lockState: MeetingRecord['lockState'] = null;
  if (isObject(value.lockState)) lockState = restoreLockState(value.lockState);
  else if (value.lockState != null) drop('lockState');
  return {
    meetingUUID,
    topic,
    firstSeenAt: time('firstSeenAt'),
    startedAt: time('startedAt'),
    lastSeenAt: time('lastSeenAt'),
    rollId,
    lockState,
  };
}

function readEntry(value: unknown): RollEntry | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string')
    return null;
  return {
    id: value.id,
    name: value.name,
    ...(typeof value.email === 'string' ? { email: value.email } : {}),
    ...(typeof value.group === 'string' ? { group: value.group } : {}),
  };
}

/*
 * Rolls saved before opening messages existed have no such field: they read as "the preset's
 * text", silently. A field that is there but is not a text the editor could have saved is damage.
 */
function readOpeningMessage(
  value: unknown,
  fallbackTime: number,
  drop: () => void,
): SavedOpeningMessage | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value) || typeof value.text !== 'string' || checkOpeningText(value.text) !== null) {
    drop();
    return null;
  }
  return { text: value.text, savedAt: isTime(value.savedAt) ? value.savedAt : fallbackTime };
}

/**
 * A stored roll: entries that are not entries are dropped, a damaged opening message too; null
 * when it has no id or name.
 */
export function readSavedRoll(value: unknown, report: ReportDropped): SavedRoll | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string') {
    report({ record: 'roll', field: '(record)' });
    return null;
  }
  const raw = Array.isArray(value.entries) ? value.entries : [];
  if (!Array.isArray(value.entries)) report({ record: 'roll', field: 'entries' });
  const entries = raw.map(readEntry).filter((entry): entry is RollEntry => entry !== null);
  if (entries.length < raw.length) report({ record: 'roll', field: 'entries' });
  const createdAt = isTime(value.createdAt) ? value.createdAt : 0;
  const updatedAt = isTime(value.updatedAt) ? value.updatedAt : createdAt;
  const id = value.id;
  return {
    id,
    name: value.name,
    entries,
    createdAt,
    updatedAt,
    lastUsedAt: isTime(value.lastUsedAt) ? value.lastUsedAt : null,
    openingMessage: readOpeningMessage(value.openingMessage, updatedAt, () =>
      report({ record: 'roll', field: 'openingMessage', id }),
    ),
  };
}

/** A stored manual link or unlink, or null. */
export function readDecision(value: unknown, report: ReportDropped): ManualDecision | null {
  if (
    isObject(value) &&
    (value.kind === 'link' || value.kind === 'unlink') &&
    typeof value.screenName === 'string' &&
    typeof value.rollId === 'string'
  )
    return { kind: value.kind, screenName: value.screenName, rollId: value.rollId };
  report({ record: 'decision', field: '(record)' });
  return null;
}

/** A stored attendance event: a known kind, a finite time, and a participant and name when it has them. */
export function readEvent(value: unknown, report: ReportDropped): AttendanceEvent | null {
  const ok =
    isObject(value) &&
    typeof value.kind === 'string' &&
    ATTENDANCE_KINDS.has(value.kind) &&
    isTime(value.at) &&
    (value.kind === 'erasure'
      ? isTime(value.removed)
      : IMPERSONAL_KINDS.has(value.kind) ||
        (typeof value.participantUUID === 'string' && typeof value.screenName === 'string'));
  if (ok) return value as unknown as AttendanceEvent;
  report({ record: 'event', field: '(record)' });
  return null;
}
