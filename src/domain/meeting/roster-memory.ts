import { isRole } from '../roles';
import { RosterDraft } from './roster-draft';
import { TOMBSTONE_TTL_MS } from './roster';
import type { Departure, RosterLocation, RosterRole, RosterState, Tombstone } from './types';

/*
 * What the roster knows that a snapshot cannot tell it again, kept with the lock's saved state so
 * that a panel reload does not lose it: Zoom's count of each participant's send-backs, and the
 * departures (tombstones) with Zoom's times of them. Without the count, someone sent back before
 * the reload and again, unseen, after it would count one send-back where the lock saw one already;
 * without the departure, a rejoin straight into the main room would read as an admit.
 *
 * No display names are kept (nothing here needs one); participant ids are, for as long as a
 * tombstone lasts (`TOMBSTONE_TTL_MS`), and "Forget this person" removes them.
 */

/** At most this many departures are kept, those with send-backs first, then the newest. */
export const MAX_SAVED_DEPARTURES = 1_000;
/** At most this many counts of people present (only people sent back at least once have one). */
export const MAX_SAVED_COUNTS = 1_000;

/** A tombstone as saved: no name, and only Zoom's times and our own. */
export interface SavedDeparture {
  participantUUID: string;
  role: RosterRole;
  left: Partial<Record<RosterLocation, Departure>>;
  lastLeftAt?: number;
  putBackAt?: number;
  putBacks?: number;
}

/** The roster's memory, as saved with the lock's state. */
export interface RosterMemory {
  /** Our clock when it was taken. */
  savedAt: number;
  /**
   * The page (the roster's life) it was taken in: a roster never takes back its own memory, whose
   * counts it holds already (the lock state of a meeting restored twice in one page).
   */
  session: string;
  departures: SavedDeparture[];
  /** Zoom's send-back count of each participant present then (only counts above 0). */
  counts: Record<string, number>;
}

function newestLeave(tombstone: Pick<Tombstone, 'left'>): number {
  return Math.max(
    tombstone.left.meeting?.seenAt ?? -Infinity,
    tombstone.left.waitingRoom?.seenAt ?? -Infinity,
  );
}

/**
 * What a reload would lose of this roster, bounded: departures within the tombstones' lifetime
 * (at most `MAX_SAVED_DEPARTURES`, those with a send-back counted first, then the newest), and
 * the counts of people present (at most `MAX_SAVED_COUNTS`); with `tracked`, only of those
 * participants (the lock's: of anyone else it has no count to compare with).
 */
export function rememberRoster(
  roster: RosterState,
  now: number,
  session: string,
  tracked?: ReadonlySet<string>,
): RosterMemory {
  const gone: Tombstone[] = [];
  for (const tombstone of roster.tombstones.values()) {
    if (tracked && !tracked.has(tombstone.participantUUID)) continue;
    // A tombstone of someone present again is theirs too: it keeps Zoom's times of their leaves.
    if (now - newestLeave(tombstone) <= TOMBSTONE_TTL_MS) gone.push(tombstone);
  }
  gone.sort(
    (a, b) =>
      Number((b.putBacks ?? 0) > 0) - Number((a.putBacks ?? 0) > 0) ||
      newestLeave(b) - newestLeave(a),
  );
  const counts: Record<string, number> = {};
  let kept = 0;
  for (const participant of roster.participants.values()) {
    if (kept >= MAX_SAVED_COUNTS) break;
    const count = participant.putBacks ?? 0;
    if (count === 0 || (tracked && !tracked.has(participant.participantUUID))) continue;
    counts[participant.participantUUID] = count;
    kept += 1;
  }
  return {
    savedAt: now,
    session,
    departures: gone.slice(0, MAX_SAVED_DEPARTURES).map((tombstone) => ({
      participantUUID: tombstone.participantUUID,
      role: tombstone.role,
      // Zoom's time of a leave a snapshot found (-Infinity) is not JSON: the leave is kept without it.
      left: savedLeft(tombstone.left),
      ...(tombstone.lastLeftAt === undefined ? {} : { lastLeftAt: tombstone.lastLeftAt }),
      ...(tombstone.putBackAt === undefined ? {} : { putBackAt: tombstone.putBackAt }),
      ...(tombstone.putBacks === undefined ? {} : { putBacks: tombstone.putBacks }),
    })),
    counts,
  };
}

function savedLeft(left: Tombstone['left']): SavedDeparture['left'] {
  const out: SavedDeparture['left'] = {};
  for (const where of ['meeting', 'waitingRoom'] as const) {
    const departure = left[where];
    if (departure) out[where] = { at: departure.at, seenAt: departure.seenAt };
  }
  return out;
}

// ---- Reading saved JSON -------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number =>
  isNumber(value) && Number.isInteger(value) && value > 0;

function readDeparture(value: unknown): Departure | undefined {
  if (!isObject(value) || !isNumber(value.seenAt)) return undefined;
  // JSON has no -Infinity: a leave a snapshot found (Zoom's time unknown) comes back as null.
  return { at: isNumber(value.at) ? value.at : -Infinity, seenAt: value.seenAt };
}

function readSavedDeparture(value: unknown): SavedDeparture | null {
  if (!isObject(value) || typeof value.participantUUID !== 'string') return null;
  if (value.participantUUID === '' || !isRole(value.role) || !isObject(value.left)) return null;
  const left: SavedDeparture['left'] = {};
  for (const where of ['meeting', 'waitingRoom'] as const) {
    const departure = readDeparture(value.left[where]);
    if (departure) left[where] = departure;
  }
  if (!left.meeting && !left.waitingRoom) return null;
  return {
    participantUUID: value.participantUUID,
    role: value.role,
    left,
    ...(isNumber(value.lastLeftAt) ? { lastLeftAt: value.lastLeftAt } : {}),
    ...(isNumber(value.putBackAt) ? { putBackAt: value.putBackAt } : {}),
    ...(isCount(value.putBacks) ? { putBacks: value.putBacks } : {}),
  };
}

/**
 * Reads a saved roster memory (null when it is not one). Anything malformed is dropped, and the
 * caps apply again, so a damaged or forged record cannot grow the roster without bound.
 */
export function readRosterMemory(value: unknown): RosterMemory | null {
  if (!isObject(value) || !isNumber(value.savedAt) || typeof value.session !== 'string')
    return null;
  const departures: SavedDeparture[] = [];
  const ids = new Set<string>();
  for (const item of Array.isArray(value.departures) ? value.departures : []) {
    if (departures.length >= MAX_SAVED_DEPARTURES) break;
    const departure = readSavedDeparture(item);
    if (!departure || ids.has(departure.participantUUID)) continue;
    ids.add(departure.participantUUID);
    departures.push(departure);
  }
  const counts: Record<string, number> = {};
  let kept = 0;
  for (const [uuid, count] of Object.entries(isObject(value.counts) ? value.counts : {})) {
    if (kept >= MAX_SAVED_COUNTS) break;
    if (uuid === '' || !isCount(count)) continue;
    counts[uuid] = count;
    kept += 1;
  }
  return { savedAt: value.savedAt, session: value.session, departures, counts };
}

// ---- Restoring ----------------------------------------------------------------------------------

/**
 * Brings back into a roster that started again (after a reload) what the saved memory knew: the
 * roster counted Zoom's send-backs only since the reload, so each saved count is added to the
 * count it holds for that participant (present or gone); a saved departure of someone it knows
 * nothing of comes back as their tombstone, with Zoom's times (a later join is judged against
 * them, as before the reload). Someone present when it was saved and unknown now left while the
 * panel was closed: a tombstone keeps their count, with no time from Zoom (a snapshot's kind),
 * dated by the save. Departures older than a tombstone's lifetime at `now` are past and left out.
 *
 * Apply it to the roster the lock state saved with it is restored against, and only then: the
 * lock's own counts are those of that memory. A memory this roster's own page (`session`) took
 * changes nothing: the roster holds all of it already.
 */
export function restoreRosterMemory(
  roster: RosterState,
  memory: RosterMemory,
  now: number,
  session: string,
): RosterState {
  if (memory.session === session) return roster;
  const draft = new RosterDraft(roster);
  const saved = new Map<string, number>();
  for (const departure of memory.departures)
    if (departure.putBacks) saved.set(departure.participantUUID, departure.putBacks);
  for (const [uuid, count] of Object.entries(memory.counts))
    saved.set(uuid, Math.max(saved.get(uuid) ?? 0, count));

  for (const [uuid, count] of saved) {
    const present = draft.participant(uuid);
    if (present) draft.putParticipant({ ...present, putBacks: (present.putBacks ?? 0) + count });
    const tombstone = draft.tombstone(uuid);
    if (tombstone)
      draft.putTombstone({ ...tombstone, putBacks: (tombstone.putBacks ?? 0) + count });
  }

  // A tombstone made since the reload is newer than the saved one, and already has the count.
  const back = new Map<string, Tombstone>();
  for (const departure of memory.departures)
    if (!draft.tombstone(departure.participantUUID))
      back.set(
        departure.participantUUID,
        tombstoneOf(departure, saved.get(departure.participantUUID)),
      );
  for (const [uuid, count] of Object.entries(memory.counts)) {
    if (draft.participant(uuid) || draft.tombstone(uuid)) continue;
    // Present when saved, gone now: they left while the panel was closed (when, and from where,
    // Zoom did not say). Dated by the save, so that a snapshot taken after it still shows them.
    const base =
      back.get(uuid) ?? tombstoneOf({ participantUUID: uuid, role: 'attendee', left: {} }, count);
    const meeting = base.left.meeting;
    back.set(uuid, {
      ...base,
      left: {
        ...base.left,
        meeting: {
          at: meeting?.at ?? -Infinity,
          seenAt: Math.max(meeting?.seenAt ?? -Infinity, memory.savedAt),
        },
      },
    });
  }
  for (const tombstone of back.values())
    if (now - newestLeave(tombstone) <= TOMBSTONE_TTL_MS) draft.putTombstone(tombstone);
  return draft.finish();
}

function tombstoneOf(departure: SavedDeparture, putBacks: number | undefined): Tombstone {
  return {
    participantUUID: departure.participantUUID,
    // Tombstones' names only link a UUID Zoom changed with a role within seconds: not kept.
    screenName: '',
    role: departure.role,
    joinedAt: newestLeave(departure),
    formerUUIDs: [],
    left: departure.left,
    ...(departure.lastLeftAt === undefined ? {} : { lastLeftAt: departure.lastLeftAt }),
    ...(departure.putBackAt === undefined ? {} : { putBackAt: departure.putBackAt }),
    // The count then: the tombstone of someone present again has the count of their last leave.
    ...(putBacks ? { putBacks } : {}),
  };
}
