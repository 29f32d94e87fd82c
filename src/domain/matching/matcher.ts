/**
 * Matching participants to the roll: unique best candidate or abstain, impostors flagged, one roll
 * entry per participant, the host's decisions first.
 */
import type { AlignOptions } from './align';
import {
  aliasKey,
  asDuplicate,
  awardClaims,
  decisionIndex,
  type DecisionsFor,
  type Resolved,
} from './claims';
import { flagLookalikes, formOf } from './lookalikes';
import { reason } from './reasons';
import { buildRollIndex } from './roll-index';
import type {
  ManualDecision,
  Matcher,
  MatcherOptions,
  MatchReport,
  RollEntry,
  RosterEntry,
} from './types';
import { judge, type Verdict } from './verdict';

export { aliasKey } from './claims';

const CACHE_LIMIT = 20_000;

/** Builds the roll index once and returns a matcher for that roll. */
export function createMatcher(roll: readonly RollEntry[], options: MatcherOptions = {}): Matcher {
  const index = buildRollIndex(roll);
  const alignOptions: AlignOptions = {
    nicknames: options.nicknames ?? true,
    typos: options.typos ?? true,
    initials: true,
    rarity: index.rarity,
    onRoll: (key) => index.count(key) > 0,
  };
  const cache = new Map<string, Verdict>();

  const verdictFor = (entry: RosterEntry, unlinked: ReadonlySet<string>): Verdict => {
    const key =
      unlinked.size === 0 && !entry.email
        ? entry.screenName
        : `${entry.screenName}\u0000${entry.email ?? ''}\u0000${[...unlinked].sort().join('\u0001')}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const verdict = judge(index, alignOptions, entry, unlinked);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, verdict);
    return verdict;
  };

  const resolve = (entry: RosterEntry, decisions: Map<string, DecisionsFor>): Resolved => {
    const mine = decisions.size > 0 ? decisions.get(aliasKey(entry.screenName)) : undefined;
    const links = mine?.links ?? [];
    if (links.length > 0) {
      const [first, ...extra] = links;
      return {
        manual: true,
        strength: Infinity,
        match: {
          participantUUID: entry.participantUUID,
          rollId: first ?? null,
          ...(extra.length > 0 ? { extraRollIds: extra } : {}),
          confidence: 'sure',
          reasons: [reason('linked')],
          flags: ['manual'],
        },
      };
    }
    const v = verdictFor(entry, mine?.unlinks ?? new Set());
    const reasons = mine?.unlinks.size ? [...v.reasons, reason('unlinked')] : v.reasons;
    return {
      manual: false,
      strength: v.strength,
      match: {
        participantUUID: entry.participantUUID,
        rollId: v.rollId,
        confidence: v.confidence,
        reasons,
        flags: v.flags,
        ...(v.candidates.length > 0 ? { candidates: v.candidates } : {}),
      },
    };
  };

  return {
    matchAll(roster, decisions) {
      const byName = decisionIndex(decisions);
      const resolved = roster.map((entry) => resolve(entry, byName));
      const { participants, claims } = awardClaims(roster, resolved);
      flagLookalikes(roster, participants, formOf);
      const rollStatus: Record<string, 'present' | 'absent'> = {};
      for (const r of roll) rollStatus[r.id] = claims[r.id] ? 'present' : 'absent';
      return { participants, rollStatus, claims };
    },

    matchOne(entry, state) {
      const decisions = decisionIndex(state?.decisions);
      const { match, manual, strength } = resolve(entry, decisions);
      const visible = state?.participants ?? [];
      if (manual) return match;
      if (!match.rollId || match.confidence === 'none') {
        const all = visible.some((p) => p.participantUUID === entry.participantUUID)
          ? visible
          : [...visible, entry];
        const out = all.map((p) => (p === entry ? match : resolve(p, decisions).match));
        flagLookalikes(all, out, formOf);
        return out[all.indexOf(entry)] ?? match;
      }
      const holders = (state?.claims[match.rollId] ?? []).filter(
        (u) => u !== entry.participantUUID,
      );
      const first = holders[0];
      if (first === undefined) return match;
      const held = visible.find((p) => p.participantUUID === first);
      // A newcomer with the better claim takes the entry (matchAll then marks the holder).
      if (held) {
        const theirs = resolve(held, decisions);
        if (!theirs.manual && theirs.match.rollId === match.rollId && strength > theirs.strength)
          return match;
      }
      return asDuplicate(match, 'held', first, held?.screenName ?? '');
    },
  };
}

/** Matches a roster against a roll in one call (builds a matcher; keep one per roll for repeated use). */
export function matchRoster(
  roll: readonly RollEntry[],
  roster: readonly RosterEntry[],
  decisions?: readonly ManualDecision[],
): MatchReport {
  return createMatcher(roll).matchAll(roster, decisions);
}
