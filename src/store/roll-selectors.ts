import type {
  ManualDecision,
  Matcher,
  MatchReport,
  ParticipantMatch,
  RollEntry,
  RosterEntry,
} from '../domain/matching';
import { applyVerdicts } from '../domain/identity';
import type { IdentityVerdict } from '../domain/identity';
import type { RosterState } from '../domain/meeting/types';
import type { AppState } from './app-store';
import type { IdentitySlice } from './identity-slice';
import type { MeetingSlice } from './meeting-slice';
import { loadedMatching } from './matching-loader';
import type { LoadedRoll, RollImportFlow, RollSlice } from './roll-slice';

/**
 * What matching reads: the roll, the host's links, the roster, whether the matcher has loaded,
 * and the e-mail verdicts if any.
 */
export type MatchInputs = Pick<RollSlice, 'roll' | 'rollDecisions' | 'matchingReady'> &
  Pick<MeetingSlice, 'roster'> &
  Partial<Pick<IdentitySlice, 'identityVerdicts'>>;

/** Where a roll entry's person is: someone holding it is in the meeting, only in the waiting room, or nobody holds it. */
export type RollPresence = 'present' | 'waiting' | 'absent';

export interface RollEntryStatus {
  entry: RollEntry;
  status: RollPresence;
  /** Participant UUIDs holding the entry: manual links first, then the order they were matched in. */
  claimants: readonly string[];
}

export interface RollStatusCounts {
  present: number;
  waiting: number;
  absent: number;
  total: number;
}

export interface RollStatus {
  /** One per roll entry, in roll order. */
  entries: readonly RollEntryStatus[];
  byId: ReadonlyMap<string, RollEntryStatus>;
  counts: RollStatusCounts;
}

export const selectRoll = (state: AppState): LoadedRoll | null => state.roll;
export const selectRollImport = (state: AppState): RollImportFlow => state.rollImport;
export const selectRollLinking = (state: AppState): string | null => state.rollLinking;

/*
 * Matching is derived state, computed lazily and memoised per roll object (each store has its
 * own), so it runs once per roster change however many components read it, never per render:
 * - the matcher (the roll's index) is built once per roll;
 * - the report is recomputed only when the roll, the decisions, or the roster's people or names
 *   change (a role change or a new `seenAt` leaves it alone).
 */
interface RollMemo {
  matcher: Matcher;
  participants: RosterState['participants'] | null;
  order: readonly RosterEntry[];
  decisions: readonly ManualDecision[] | null;
  /** The matcher's report from names alone. */
  nameReport: MatchReport | null;
  nameByUUID: ReadonlyMap<string, ParticipantMatch>;
  /** The verdicts `report` applied, and the people they were applied for. */
  verdictsFor: { records: IdentitySlice['identityVerdicts'] | undefined; participants: unknown };
  verdicts: ReadonlyMap<string, IdentityVerdict>;
  lastNameReport: MatchReport | null;
  /** The name report with e-mail verdicts applied: what everything else reads. */
  report: MatchReport | null;
  byUUID: ReadonlyMap<string, ParticipantMatch>;
  statusFor: {
    report: MatchReport | null;
    participants: RosterState['participants'] | null;
    value: RollStatus | null;
  };
}

const memos = new WeakMap<LoadedRoll, RollMemo>();
const entryMaps = new WeakMap<LoadedRoll, ReadonlyMap<string, RollEntry>>();
const NO_ENTRIES: ReadonlyMap<string, RollEntry> = new Map();

/** rollId → roll entry, built once per roll. */
export function selectRollEntryMap(state: AppState): ReadonlyMap<string, RollEntry> {
  const roll = state.roll;
  if (!roll) return NO_ENTRIES;
  let map = entryMaps.get(roll);
  if (!map) {
    map = new Map(roll.entries.map((entry) => [entry.id, entry]));
    entryMaps.set(roll, map);
  }
  return map;
}

function memoFor(roll: LoadedRoll, createMatcher: (entries: RollEntry[]) => Matcher): RollMemo {
  let memo = memos.get(roll);
  if (!memo) {
    memo = {
      matcher: createMatcher(roll.entries),
      participants: null,
      order: [],
      decisions: null,
      nameReport: null,
      nameByUUID: new Map(),
      verdictsFor: { records: undefined, participants: null },
      verdicts: new Map(),
      lastNameReport: null,
      report: null,
      byUUID: new Map(),
      statusFor: { report: null, participants: null, value: null },
    };
    memos.set(roll, memo);
  }
  return memo;
}

/**
 * The order the matcher sees: the meeting first, then the waiting room, each in arrival order.
 * The first claimant holds a roll entry, so someone already admitted keeps it and a second
 * claimant waiting outside is the one flagged as a duplicate.
 */
function matchOrder(participants: RosterState['participants']): RosterEntry[] {
  const meeting: RosterEntry[] = [];
  const waiting: RosterEntry[] = [];
  for (const p of participants.values()) {
    if (p.location === 'meeting')
      meeting.push({ participantUUID: p.participantUUID, screenName: p.screenName });
    else
      waiting.push({ participantUUID: p.participantUUID, screenName: p.screenName, waiting: true });
  }
  return meeting.concat(waiting);
}

function sameOrder(a: readonly RosterEntry[], b: readonly RosterEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.participantUUID !== y.participantUUID ||
      x.screenName !== y.screenName ||
      x.waiting !== y.waiting
    )
      return false;
  }
  return true;
}

/** The memo with a fresh report, or null while the matcher is still loading ("matching…"). */
function refresh(state: MatchInputs, roll: LoadedRoll): RollMemo | null {
  const memo = refreshNames(state, roll);
  if (!memo) return null;
  const records = state.identityVerdicts;
  const participants = state.roster.participants;
  const nameReport = memo.nameReport;
  if (
    memo.lastNameReport === nameReport &&
    memo.verdictsFor.records === records &&
    memo.verdictsFor.participants === participants
  )
    return memo;
  const verdicts = new Map<string, IdentityVerdict>();
  // A verdict holds for the roll it was judged against and the name the person had then.
  for (const [uuid, record] of records ?? []) {
    if (record.roll === roll && participants.get(uuid)?.screenName === record.screenName)
      verdicts.set(uuid, record.verdict);
  }
  memo.verdictsFor = { records, participants };
  // Same names, same verdicts: the same report, so nothing downstream re-renders.
  if (memo.lastNameReport === nameReport && sameVerdicts(verdicts, memo.verdicts)) return memo;
  memo.lastNameReport = nameReport;
  memo.verdicts = verdicts;
  memo.report = nameReport ? applyVerdicts(nameReport, verdicts) : null;
  memo.byUUID =
    memo.report === nameReport
      ? memo.nameByUUID
      : new Map((memo.report?.participants ?? []).map((m) => [m.participantUUID, m]));
  return memo;
}

function sameVerdicts(
  a: ReadonlyMap<string, IdentityVerdict>,
  b: ReadonlyMap<string, IdentityVerdict>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [uuid, verdict] of a) if (b.get(uuid) !== verdict) return false;
  return true;
}

function refreshNames(state: MatchInputs, roll: LoadedRoll): RollMemo | null {
  const matching = state.matchingReady ? loadedMatching() : null;
  if (!matching) return null;
  const memo = memoFor(roll, matching.createMatcher);
  const participants = state.roster.participants;
  if (
    memo.nameReport &&
    memo.participants === participants &&
    memo.decisions === state.rollDecisions
  )
    return memo;
  const order = memo.participants === participants ? memo.order : matchOrder(participants);
  memo.participants = participants;
  if (memo.nameReport && memo.decisions === state.rollDecisions && sameOrder(order, memo.order))
    return memo;
  memo.order = order;
  memo.decisions = state.rollDecisions;
  memo.nameReport = memo.matcher.matchAll(order, state.rollDecisions);
  memo.nameByUUID = new Map(memo.nameReport.participants.map((m) => [m.participantUUID, m]));
  return memo;
}

const NOBODY: readonly string[] = [];
const NO_MATCHES: ReadonlyMap<string, ParticipantMatch> = new Map();
const NO_VERDICTS: ReadonlyMap<string, IdentityVerdict> = new Map();
const NO_STATUS: RollStatus = {
  entries: [],
  byId: new Map(),
  counts: { present: 0, waiting: 0, absent: 0, total: 0 },
};

/** The matcher's full report for everyone in the meeting and waiting room; null without a roll. */
export function selectMatchReport(state: MatchInputs): MatchReport | null {
  return state.roll ? (refresh(state, state.roll)?.report ?? null) : null;
}

/** participantUUID → their match from the name alone, before any e-mail verdict (empty without a roll). */
export function selectNameMatchByUUID(state: MatchInputs): ReadonlyMap<string, ParticipantMatch> {
  return state.roll ? (refresh(state, state.roll)?.nameByUUID ?? NO_MATCHES) : NO_MATCHES;
}

/** participantUUID → the e-mail verdict that applies now (for this roll, under the name judged). */
export function selectVerdictByUUID(state: MatchInputs): ReadonlyMap<string, IdentityVerdict> {
  return state.roll ? (refresh(state, state.roll)?.verdicts ?? NO_VERDICTS) : NO_VERDICTS;
}

/** participantUUID → their match (empty without a roll). The same Map until the report changes. */
export function selectMatchByUUID(state: MatchInputs): ReadonlyMap<string, ParticipantMatch> {
  return state.roll ? (refresh(state, state.roll)?.byUUID ?? NO_MATCHES) : NO_MATCHES;
}

const unmatched = new WeakMap<LoadedRoll, RollStatus>();

/** While the matcher loads: every entry as not yet seen (the panel says "matching…"). */
function unmatchedStatus(roll: LoadedRoll): RollStatus {
  let status = unmatched.get(roll);
  if (!status) {
    const entries = roll.entries.map((entry): RollEntryStatus => ({
      entry,
      status: 'absent',
      claimants: NOBODY,
    }));
    status = {
      entries,
      byId: new Map(entries.map((item) => [item.entry.id, item])),
      counts: { present: 0, waiting: 0, absent: entries.length, total: entries.length },
    };
    unmatched.set(roll, status);
  }
  return status;
}

/** Every roll entry as present / waiting / absent, with counts. The same object until something changes. */
export function selectRollStatus(state: AppState): RollStatus {
  const roll = state.roll;
  if (!roll) return NO_STATUS;
  const memo = refresh(state, roll);
  if (!memo) return unmatchedStatus(roll);
  const participants = state.roster.participants;
  const cached = memo.statusFor;
  if (cached.value && cached.report === memo.report && cached.participants === participants)
    return cached.value;
  const claims = memo.report?.claims ?? {};
  const counts: RollStatusCounts = {
    present: 0,
    waiting: 0,
    absent: 0,
    total: roll.entries.length,
  };
  const byId = new Map<string, RollEntryStatus>();
  const entries = roll.entries.map((entry): RollEntryStatus => {
    const claimants = claims[entry.id] ?? NOBODY;
    const places = claimants.map((uuid) => participants.get(uuid)?.location);
    const status: RollPresence = places.includes('meeting')
      ? 'present'
      : places.includes('waitingRoom')
        ? 'waiting'
        : 'absent';
    counts[status] += 1;
    const item = { entry, status, claimants };
    byId.set(entry.id, item);
    return item;
  });
  const previous = cached.report === memo.report ? cached.value : null;
  // Someone moving or changing role re-checks places, but an unchanged answer keeps its identity.
  const unchanged =
    previous !== null &&
    previous.entries.every(
      (item, i) => item.status === entries[i]!.status && item.claimants === entries[i]!.claimants,
    );
  const value: RollStatus = unchanged ? previous : { entries, byId, counts };
  memo.statusFor = { report: memo.report, participants, value };
  return value;
}
