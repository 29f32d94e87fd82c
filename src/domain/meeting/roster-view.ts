import type { RosterLocation, RosterParticipant, RosterRole, RosterState } from './types';

const searchKeys = new WeakMap<RosterParticipant, string>();
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Folds a name or query for searching: case, accents and compatibility forms are ignored, and
 * invisible format characters (zero-width, bidi controls) are dropped so that a look-alike name
 * padded with them is still found by typing the plain name.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function searchKey(participant: RosterParticipant): string {
  let key = searchKeys.get(participant);
  if (key === undefined) {
    key = foldForSearch(participant.screenName);
    searchKeys.set(participant, key);
  }
  return key;
}

const roleRank: Record<RosterRole, number> = { host: 0, coHost: 1, panelist: 2, attendee: 3 };

/** Options for listing one place of the roster. */
export interface RosterListOptions {
  /** Free text; matched against folded display names. */
  query: string;
  /** My participant UUID, listed first in the meeting. */
  meUUID: string | null;
}

/**
 * People in one place, filtered by the query. The meeting lists me, then hosts and co-hosts, then
 * everyone by name (as Zoom does); the waiting room lists the longest waiting first.
 */
export function listRoster(
  state: RosterState,
  location: RosterLocation,
  options: RosterListOptions,
): RosterParticipant[] {
  const needle = foldForSearch(options.query);
  const rows: RosterParticipant[] = [];
  for (const participant of state.participants.values()) {
    if (participant.location !== location) continue;
    if (needle && !searchKey(participant).includes(needle)) continue;
    rows.push(participant);
  }
  return rows.sort(location === 'meeting' ? byMeetingOrder(options.meUUID) : byWaitingOrder);
}

function byMeetingOrder(meUUID: string | null) {
  return (a: RosterParticipant, b: RosterParticipant): number =>
    Number(b.participantUUID === meUUID) - Number(a.participantUUID === meUUID) ||
    roleRank[a.role] - roleRank[b.role] ||
    collator.compare(a.screenName, b.screenName) ||
    a.joinedAt - b.joinedAt;
}

// Ties (everyone a snapshot found at once) keep Zoom's own order: the sort is stable.
function byWaitingOrder(a: RosterParticipant, b: RosterParticipant): number {
  return a.joinedAt - b.joinedAt;
}
