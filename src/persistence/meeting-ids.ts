import type { MeetingOccurrence } from '../domain/checklist/types';
import type { MeetingIdRecord } from './types';
import { isObject, isTime, type ReportDropped } from './validate';

/*
 * "Meeting ID used before": its storage helpers load when the panel first notes an occurrence,
 * after the first paint, not with the panel.
 */

/**
 * The key a meeting ID is kept under: a SHA-256 hash of its digits ("812 3456 7890" and
 * "81234567890" are one meeting), so the number is not stored as it is.
 */
export async function meetingIdKey(meetingID: string): Promise<string> {
  const digits = meetingID.replace(/\D/gu, '');
  const bytes = new TextEncoder().encode(`doorkeeper meeting ID\u001f${digits}`);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A personal meeting ID may be used daily for years: only the newest occurrences are kept. */
export const MAX_OCCURRENCES = 50;

/** The occurrences after the panel was seen in `meetingUUID` at `now`. */
export function notedOccurrences(
  existing: readonly MeetingOccurrence[],
  meetingUUID: string,
  now: number,
): MeetingOccurrence[] {
  const known = existing.find((occurrence) => occurrence.meetingUUID === meetingUUID);
  const others = existing.filter((occurrence) => occurrence.meetingUUID !== meetingUUID);
  const current = known
    ? { ...known, lastSeenAt: Math.max(known.lastSeenAt, now) }
    : { meetingUUID, firstSeenAt: now, lastSeenAt: now };
  return [...others, current].sort((a, b) => a.firstSeenAt - b.firstSeenAt).slice(-MAX_OCCURRENCES);
}

function readOccurrence(value: unknown): MeetingOccurrence | null {
  if (!isObject(value) || typeof value.meetingUUID !== 'string' || !isTime(value.firstSeenAt))
    return null;
  const lastSeenAt = isTime(value.lastSeenAt) ? value.lastSeenAt : value.firstSeenAt;
  return { meetingUUID: value.meetingUUID, firstSeenAt: value.firstSeenAt, lastSeenAt };
}

/** A stored meeting ID's occurrences: damaged ones are dropped (and reported), the rest kept. */
export function readMeetingIdRecord(value: unknown, report: ReportDropped): MeetingIdRecord | null {
  if (!isObject(value) || typeof value.numberKey !== 'string') {
    report({ record: 'meetingId', field: '(record)' });
    return null;
  }
  const raw = Array.isArray(value.occurrences) ? value.occurrences : [];
  const occurrences = raw
    .map(readOccurrence)
    .filter((occurrence): occurrence is MeetingOccurrence => occurrence !== null);
  if (occurrences.length < raw.length || !Array.isArray(value.occurrences))
    report({ record: 'meetingId', field: 'occurrences', id: value.numberKey });
  return { numberKey: value.numberKey, occurrences };
}
