/**
 * One roll entry, one participant: the host's decisions (links and unlinks, remembered by screen
 * name), then the better claim; the one who loses is told which entry and who holds it.
 */
import { reason } from './reasons';
import type { ManualDecision, ParticipantMatch, RosterEntry } from './types';

/** Normalised screen name under which a host's decision is remembered (never folded: look-alikes must not inherit it). */
export function aliasKey(screenName: string): string {
  return screenName.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface DecisionsFor {
  links: string[];
  unlinks: Set<string>;
}

/** The host's decisions by alias key: the latest about each (name, roll entry) pair wins. */
export function decisionIndex(
  decisions: readonly ManualDecision[] | undefined,
): Map<string, DecisionsFor> {
  const index = new Map<string, DecisionsFor>();
  for (const d of decisions ?? []) {
    const key = aliasKey(d.screenName);
    let entry = index.get(key);
    if (!entry) index.set(key, (entry = { links: [], unlinks: new Set() }));
    // The latest decision about a (name, roll entry) pair wins.
    entry.links = entry.links.filter((id) => id !== d.rollId);
    entry.unlinks.delete(d.rollId);
    if (d.kind === 'link') entry.links.push(d.rollId);
    else entry.unlinks.add(d.rollId);
  }
  return index;
}

export interface Resolved {
  match: ParticipantMatch;
  manual: boolean;
  strength: number;
}

function nameIn(roster: readonly RosterEntry[], uuid: string): string {
  return roster.find((p) => p.participantUUID === uuid)?.screenName ?? '';
}

/** The participant loses the entry to another: told which entry it is and who holds it. */
export function asDuplicate(
  m: ParticipantMatch,
  why: 'held' | 'displaced',
  holderUUID: string,
  holderName: string,
): ParticipantMatch {
  return {
    ...m,
    rollId: null,
    confidence: 'none',
    flags: [...m.flags, 'duplicate'],
    reasons: [...m.reasons, reason(why, { holder: holderName })],
    candidates: m.rollId ? [m.rollId] : [],
    heldBy: holderUUID,
  };
}

/**
 * Gives each roll entry to one participant: manual links first (never displaced), then the better
 * claim; the others become duplicates told who holds the entry. Roster order is join order.
 */
export function awardClaims(
  roster: readonly RosterEntry[],
  resolved: readonly Resolved[],
): { participants: ParticipantMatch[]; claims: Record<string, string[]> } {
  const claims: Record<string, string[]> = {};
  const claim = (rollId: string, uuid: string): void => {
    (claims[rollId] ??= []).push(uuid);
  };
  resolved.forEach(({ match, manual }) => {
    if (!manual || !match.rollId) return;
    for (const id of [match.rollId, ...(match.extraRollIds ?? [])])
      claim(id, match.participantUUID);
  });
  const participants = resolved.map(({ match }) => match);
  // The better claim wins (the name exactly as on the roll, then one read through a nickname or
  // spelling, then a device name, then part of a name; verdict.ts STRENGTH); at
  // equal strength the earlier holder keeps the entry. Manual links are never displaced.
  const holder = new Map<string, number>();
  resolved.forEach(({ match, manual, strength }, i) => {
    const id = match.rollId;
    if (manual || !id || match.confidence === 'none') return;
    const h = holder.get(id);
    const current = h === undefined ? undefined : resolved[h];
    if (claims[id] && !current) {
      const manualHolder = claims[id]?.[0] ?? '';
      participants[i] = asDuplicate(match, 'held', manualHolder, nameIn(roster, manualHolder));
      return;
    }
    if (!current || h === undefined) {
      claim(id, match.participantUUID);
      holder.set(id, i);
      return;
    }
    if (strength > current.strength) {
      const uuid = match.participantUUID;
      participants[h] = asDuplicate(current.match, 'displaced', uuid, nameIn(roster, uuid));
      claims[id] = (claims[id] ?? []).map((u) => (u === current.match.participantUUID ? uuid : u));
      holder.set(id, i);
    } else {
      const uuid = current.match.participantUUID;
      participants[i] = asDuplicate(match, 'held', uuid, nameIn(roster, uuid));
    }
  });
  return { participants, claims };
}
