import { nearestWallClock } from '../../domain/lock';

/** The value of an <input type="time"> for an instant, in local time. */
export function toTimeInput(epochMs: number): string {
  const date = new Date(epochMs);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "HH:MM" from an <input type="time">, or null. */
export function parseTimeInput(value: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** The latest instant at or before `now` that reads HH:MM: when a meeting that is under way started. */
export function pastWallClock(hour: number, minute: number, now: number): number {
  const nearest = nearestWallClock(hour, minute, now);
  return nearest > now ? nearest - 24 * 60 * 60 * 1000 : nearest;
}
