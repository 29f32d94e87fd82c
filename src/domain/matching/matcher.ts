/**
 * Matching participants to the roll: unique best candidate or abstain, impostors flagged, one roll
 * entry per participant, the host's decisions first.
 */
import {
  analyseDisplayName,
  isSuspicious,
  latinLookalikes,
  tokenise,
  type DisplayName,
  type NameToken,
} from '../text';
import {
  align,
  explain,
  mayAgreeWord,
  type Alignment,
  type AlignOptions,
  type Level,
} from './align';
import { nicknameRelatives } from './nicknames';
import {
  buildRollIndex,
  skeletonTokens,
  wordKeys,
  type RollIndex,
  type RollRecord,
} from './roll-index';
import type {
  ManualDecision,
  MatchFlag,
  Matcher,
  MatcherOptions,
  MatchReport,
  ParticipantMatch,
  RollEntry,
  RosterEntry,
} from './types';

interface Scored {
  record: number;
  alignment: Alignment;
}

/** What the name alone says, before claims and duplicates. */
interface Verdict {
  rollId: string | null;
  confidence: Level;
  flags: MatchFlag[];
  reasons: string[];
  candidates: string[];
}

const LEVEL_RANK: Readonly<Record<Level, number>> = { sure: 2, likely: 1, none: 0 };
const NONE: readonly number[] = [];
const NO_TOKENS: readonly NameToken[] = [];
const CACHE_LIMIT = 20_000;

/** Normalised screen name under which a host's decision is remembered (never folded: look-alikes must not inherit it). */
export function aliasKey(screenName: string): string {
  return screenName.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

interface DecisionsFor {
  links: string[];
  unlinks: Set<string>;
}

function decisionIndex(
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

function better(a: Scored, b: Scored | undefined): boolean {
  if (!b) return true;
  const la = LEVEL_RANK[a.alignment.level];
  const lb = LEVEL_RANK[b.alignment.level];
  return la > lb || (la === lb && a.alignment.score > b.alignment.score);
}

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

  const resolve = (
    entry: RosterEntry,
    decisions: Map<string, DecisionsFor>,
  ): { match: ParticipantMatch; manual: boolean } => {
    const mine = decisions.size > 0 ? decisions.get(aliasKey(entry.screenName)) : undefined;
    const links = mine?.links ?? [];
    if (links.length > 0) {
      const [first, ...extra] = links;
      return {
        manual: true,
        match: {
          participantUUID: entry.participantUUID,
          rollId: first ?? null,
          ...(extra.length > 0 ? { extraRollIds: extra } : {}),
          confidence: 'sure',
          reasons: ['linked by the host'],
          flags: ['manual'],
        },
      };
    }
    const v = verdictFor(entry, mine?.unlinks ?? new Set());
    const reasons = mine?.unlinks.size
      ? [...v.reasons, 'the host unlinked a roll entry']
      : v.reasons;
    return {
      manual: false,
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

  const asDuplicate = (m: ParticipantMatch): ParticipantMatch => ({
    ...m,
    rollId: null,
    confidence: 'none',
    flags: [...m.flags, 'duplicate'],
    reasons: [...m.reasons, 'another participant already holds this roll entry'],
    candidates: m.rollId ? [m.rollId] : [],
  });

  return {
    matchAll(roster, decisions) {
      const byName = decisionIndex(decisions);
      const resolved = roster.map((entry) => resolve(entry, byName));
      const claims: Record<string, string[]> = {};
      const claim = (rollId: string, uuid: string): void => {
        (claims[rollId] ??= []).push(uuid);
      };
      resolved.forEach(({ match, manual }) => {
        if (!manual || !match.rollId) return;
        for (const id of [match.rollId, ...(match.extraRollIds ?? [])])
          claim(id, match.participantUUID);
      });
      const participants = resolved.map(({ match, manual }) => {
        if (manual || !match.rollId || match.confidence === 'none') return match;
        if (claims[match.rollId]) return asDuplicate(match);
        claim(match.rollId, match.participantUUID);
        return match;
      });
      const rollStatus: Record<string, 'present' | 'absent'> = {};
      for (const r of roll) rollStatus[r.id] = claims[r.id] ? 'present' : 'absent';
      return { participants, rollStatus, claims };
    },

    matchOne(entry, state) {
      const { match, manual } = resolve(entry, decisionIndex(state?.decisions));
      if (manual || !match.rollId || match.confidence === 'none') return match;
      const holders = state?.claims[match.rollId] ?? [];
      return holders.some((u) => u !== entry.participantUUID) ? asDuplicate(match) : match;
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

function none(flags: MatchFlag[], reasons: string[], candidates: string[] = []): Verdict {
  return { rollId: null, confidence: 'none', flags, reasons, candidates };
}

function idOf(index: RollIndex, r: number): string {
  return index.records[r]?.entry.id ?? '';
}

function judge(
  index: RollIndex,
  opts: AlignOptions,
  entry: RosterEntry,
  unlinked: ReadonlySet<string>,
): Verdict {
  const name = analyseDisplayName(entry.screenName);
  const suspicious = isSuspicious(name.signals);

  // An e-mail Zoom vouches for beats any name, even a bot's or a look-alike's.
  const shared = entry.email?.trim().toLowerCase();
  const vouched = shared ? index.byEmail(shared).filter((r) => !unlinked.has(idOf(index, r))) : [];
  if (vouched.length === 1)
    return emailVerdict(idOf(index, vouched[0] ?? 0), 'e-mail shared by Zoom matches the roll');

  if (name.kind === 'bot') return none(['bot'], ['meeting bot or note-taker']);
  if (name.kind === 'dial-in') return none(['dial-in'], ['phone dial-in']);
  if (name.kind === 'device') return none(['device'], ['device name, no person in it']);
  if (name.variants.length === 0 && !name.email) return none([], []);

  const byEmail = name.email
    ? index.byEmail(name.email).filter((r) => !unlinked.has(idOf(index, r)))
    : [];
  const script = new Set<readonly NameToken[]>();
  for (const v of name.variants) if (v.source === 'script') script.add(v.tokens);
  const ranked = rank(
    index,
    opts,
    name.variants.map((v) => v.tokens),
    unlinked,
    -1,
    false,
    script,
  );
  if (suspicious) {
    const lookalikes = new Set<number>(byEmail);
    for (const s of ranked) if (s.alignment.level !== 'none') lookalikes.add(s.record);
    if (lookalikes.size === 0 && name.signals.mixedScript) {
      // Read the look-alike letters as the Latin ones they imitate, then as skeletons.
      const latin = name.variants.map((v) => tokenise(latinLookalikes(v.text)));
      for (const s of rank(index, opts, latin, unlinked, -1))
        if (s.alignment.level !== 'none') lookalikes.add(s.record);
    }
    if (lookalikes.size === 0) {
      for (const s of rankSkeletons(index, opts, name, unlinked, true))
        if (s.alignment.level !== 'none') lookalikes.add(s.record);
    }
    const reasons = suspiciousReasons(name);
    if (lookalikes.size === 0) return none([], [...reasons, 'matches no one on the roll']);
    return none(
      ['impostor'],
      [...reasons, 'looks like a roll name'],
      [...lookalikes].map((r) => idOf(index, r)),
    );
  }

  if (byEmail.length === 1)
    return emailVerdict(idOf(index, byEmail[0] ?? 0), 'e-mail address on the roll');
  const chosen = select(index, ranked);
  // A name that already found its entry (sure, or likely through a typo or short form) needs no
  // look-alike search; one that found nobody, or several, with a word no roll entry has, does.
  if (chosen.rollId === null && !everyWordOnRoll(index, name)) {
    const normal = new Map<number, number>();
    for (const s of ranked) normal.set(s.record, LEVEL_RANK[s.alignment.level]);
    // Every word equal by skeleton yet the plain reading agrees less: a confusable letter did the work.
    const lookalikes = rankSkeletons(index, opts, name, unlinked, false).filter(
      (s) => s.alignment.plain && LEVEL_RANK[s.alignment.level] > (normal.get(s.record) ?? 0),
    );
    if (lookalikes.length > 0) {
      return none(
        ['impostor'],
        ['confusable characters: looks like a roll name'],
        lookalikes.map((s) => idOf(index, s.record)),
      );
    }
  }
  if (name.device && chosen.rollId) chosen.reasons.push('device name removed');
  return chosen.confidence === 'sure' ? chosen : byHandle(index, entry, chosen, unlinked);
}

const HANDLE = /^[\p{L}\p{N}._+-]+$/u;

/**
 * A handle that is the local part of a roll entry's e-mail ("jess.garcia.coaching", "samir_h77"):
 * evidence, not proof (anyone may type it), so at most likely, and only when the name reading
 * does not point at someone else.
 */
function byHandle(
  index: RollIndex,
  entry: RosterEntry,
  chosen: Verdict,
  unlinked: ReadonlySet<string>,
): Verdict {
  const handle = entry.screenName.trim().toLowerCase();
  if (handle.length < 3 || !HANDLE.test(handle)) return chosen;
  const found = index.byLocalPart(handle).filter((r) => !unlinked.has(idOf(index, r)));
  if (found.length !== 1) return chosen;
  const rollId = idOf(index, found[0] ?? 0);
  if (chosen.rollId !== null && chosen.rollId !== rollId) return chosen;
  return {
    rollId,
    confidence: 'likely',
    flags: [],
    reasons: [...(chosen.rollId ? chosen.reasons : []), 'handle is the roll e-mail name'],
    candidates: [],
  };
}

/** Every word of every reading is some roll entry's word as written: no look-alike letter in play. */
function everyWordOnRoll(index: RollIndex, name: DisplayName): boolean {
  return name.variants.every((v) =>
    v.tokens.every((t) => t.initial || index.byWord(t.key).length > 0),
  );
}

function emailVerdict(rollId: string, reason: string): Verdict {
  return { rollId, confidence: 'sure', flags: [], reasons: [reason], candidates: [] };
}

function suspiciousReasons(name: DisplayName): string[] {
  const out: string[] = [];
  if (name.signals.invisible) out.push('invisible characters');
  if (name.signals.bidi) out.push('text-direction controls');
  if (name.signals.fullwidth) out.push('full-width letters');
  if (name.signals.mixedScript) out.push('mixed alphabets in one word');
  return out;
}

function compareScored(index: RollIndex, a: Scored, b: Scored): number {
  const level = LEVEL_RANK[b.alignment.level] - LEVEL_RANK[a.alignment.level];
  if (level !== 0) return level;
  if (b.alignment.score !== a.alignment.score) return b.alignment.score - a.alignment.score;
  const ia = idOf(index, a.record);
  const ib = idOf(index, b.record);
  return ia < ib ? -1 : ia > ib ? 1 : a.record - b.record;
}

/**
 * Best alignment per roll entry over all readings of the name, best first (ties by roll id, so the
 * roll's order never matters). side −1 reads folded words, 0/1 the skeleton readings.
 */
function rank(
  index: RollIndex,
  opts: AlignOptions,
  readings: ReadonlyArray<readonly NameToken[]>,
  unlinked: ReadonlySet<string>,
  side: -1 | 0 | 1,
  changedOnly = false,
  script?: ReadonlySet<readonly NameToken[]>,
): Scored[] {
  const best = new Map<number, Scored>();
  const scratch = index.scratch;
  const { hits, stamp, words: wordMask } = scratch;
  for (const tokens of readings) {
    // Counts, per roll entry, the display words that meet it: stamp[r] is the last word that counted it.
    const first = scratch.tick + 1;
    scratch.tick += tokens.length + 2;
    const candidates: number[] = [];
    let words = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as NameToken;
      if (t.initial) continue;
      words++;
      const tick = first + i;
      const own = side === -1 ? index.byWord(t.key) : index.bySkeleton(t.key, changedOnly);
      const alt = t.alt
        ? side === -1
          ? index.byWord(t.alt)
          : index.bySkeleton(t.alt, changedOnly)
        : NONE;
      const unknown = side === -1 && own.length === 0 && alt.length === 0;
      const joined = unknown && t.key.length >= 4 ? index.byConcatenation(t.key) : NONE;
      const related = unknown && opts.nicknames ? index.byRelative(t.key) : NONE;
      for (let l = 0; l < 4; l++) {
        const list = l === 0 ? own : l === 1 ? alt : l === 2 ? joined : related;
        for (const r of list) {
          if (stamp[r] === tick) continue;
          if ((stamp[r] ?? 0) < first) {
            hits[r] = 0;
            wordMask[r] = 0;
            candidates.push(r);
          }
          stamp[r] = tick;
          hits[r] = (hits[r] ?? 0) + 1;
          wordMask[r] = (wordMask[r] ?? 0) | (1 << i);
        }
      }
    }
    if (side === -1 && tokens.some((t, i) => i > 0 && tokens[i - 1]?.word === t.word)) {
      // "Ye-jun" may be written "Yejun" on the roll.
      const tick = first + tokens.length;
      for (const key of wordKeys(tokens)) {
        for (const r of index.byWord(key)) {
          if ((stamp[r] ?? 0) >= first) continue;
          stamp[r] = tick;
          hits[r] = 1;
          wordMask[r] = -1;
          candidates.push(r);
        }
      }
    }
    // Every level needs all display words but one to agree as written. When some entry has them
    // all, an entry missing one can only matter through a listed nickname (typos and short forms
    // score too low to tie): those rivals are found through the nickname table, not by trying all.
    const needed = Math.max(1, words - 1);
    let full = false;
    for (const r of candidates) if ((hits[r] ?? 0) >= words && words >= 2) full = true;
    if (full && side === -1 && opts.nicknames) markNicknameRivals(index, tokens, first);
    const narrow = full ? narrowed(opts) : opts;
    const checkUnlinked = unlinked.size > 0;
    // A lone word many entries share is ambiguous whatever else is true: a few examples suffice.
    let budget = words === 1 && tokens.length === 1 && candidates.length > 1 ? 6 : Infinity;
    if (budget < Infinity) candidates.sort((a, b) => compareIds(index, a, b));
    const initials = words < tokens.length ? tokens.filter((t) => t.initial) : NO_TOKENS;
    for (const r of candidates) {
      const n = hits[r] ?? 0;
      if (n < needed || (checkUnlinked && unlinked.has(idOf(index, r)))) continue;
      const record = index.records[r];
      if (!record) continue;
      if (full && n < words && scratch.nickname[r] !== first) continue;
      // Two words, one on this entry: the other must be a typo, nickname or short form of one of its words.
      if (!full && words === 2 && n === 1 && side === -1) {
        const missing = tokens.find((t, i) => !t.initial && !((wordMask[r] ?? 0) & (1 << i)));
        if (missing && !mayAgree(missing, record, opts)) continue;
      }
      // Initials are only left out on their own ("Jane M. Doe"); with few words each must fit a word.
      if (initials.length > 0 && words <= 1 && !initials.every((i) => hasInitial(record, i.key)))
        continue;
      if (budget-- <= 0) break;
      const alignment = align(
        tokens,
        side === -1 ? record.name : index.skeletonsOf(r)[side],
        n >= words ? opts : narrow,
      );
      if (!alignment) continue;
      // A Latin reading of another script on one side only is never more than likely.
      if ((script?.has(tokens) ?? false) !== record.transliterated) {
        alignment.crossScript = true;
        alignment.plain = false;
        if (alignment.level === 'sure') alignment.level = 'likely';
      }
      const scored = { record: r, alignment };
      if (better(scored, best.get(r))) best.set(r, scored);
    }
  }
  return [...best.values()].sort((a, b) => compareScored(index, a, b));
}

const narrowCache = new WeakMap<AlignOptions, AlignOptions>();

/** The options without typos and short forms (cached: built once per matcher). */
function narrowed(opts: AlignOptions): AlignOptions {
  let narrow = narrowCache.get(opts);
  if (!narrow) narrowCache.set(opts, (narrow = { ...opts, typos: false, derived: false }));
  return narrow;
}

function compareIds(index: RollIndex, a: number, b: number): number {
  const ia = idOf(index, a);
  const ib = idOf(index, b);
  return ia < ib ? -1 : ia > ib ? 1 : a - b;
}

/** Whether a display word not on the entry could still agree with one of its words (cheap pre-check for align). */
function mayAgree(d: NameToken, record: RollRecord, opts: AlignOptions): boolean {
  return mayAgreeWord(d, record.name, opts);
}

function hasInitial(record: RollRecord, letter: string): boolean {
  for (const t of record.tokens) if (t.key.startsWith(letter)) return true;
  return false;
}

/** Marks (scratch.nickname = tick) the entries whose given name is a listed nickname or alias of a display word. */
function markNicknameRivals(index: RollIndex, tokens: readonly NameToken[], tick: number): void {
  const mark = index.scratch.nickname;
  for (const t of tokens) {
    if (t.initial) continue;
    for (const name of nicknameRelatives(t.key)) {
      for (const r of index.byWord(name))
        if (index.records[r]?.tokens[0]?.key === name) mark[r] = tick;
    }
    for (const r of index.byAlias(t.key)) mark[r] = tick;
  }
}

const strictCache = new WeakMap<AlignOptions, [AlignOptions, AlignOptions]>();

/** Options for skeleton readings: no nicknames or initials; typos only when loose (cached). */
function strictened(opts: AlignOptions, loose: boolean): AlignOptions {
  let pair = strictCache.get(opts);
  if (!pair) {
    const base = { ...opts, nicknames: false, initials: false };
    strictCache.set(
      opts,
      (pair = [
        { ...base, typos: false },
        { ...base, typos: true },
      ]),
    );
  }
  return pair[loose ? 1 : 0];
}

/** Alignments of the name's skeleton readings with the roll's (typos allowed only when loose). */
function rankSkeletons(
  index: RollIndex,
  opts: AlignOptions,
  name: DisplayName,
  unlinked: ReadonlySet<string>,
  loose: boolean,
): Scored[] {
  const strict = strictened(opts, loose);
  const out = new Map<number, Scored>();
  for (const variant of name.variants) {
    const readings = skeletonTokens(variant.tokens);
    for (const side of [0, 1] as const) {
      // A reading without confusable letters can only be confused with names that have some.
      const unchanged = !loose && readings[side] === variant.tokens;
      for (const s of rank(index, strict, [readings[side]], unlinked, side, unchanged)) {
        if (s.alignment.level !== 'none' && better(s, out.get(s.record))) out.set(s.record, s);
      }
    }
  }
  return [...out.values()];
}

const CLEAR_MARGIN = 1;
const TIE = 0.25;

/** Unique best candidate or abstain. */
function select(index: RollIndex, ranked: readonly Scored[]): Verdict {
  const matches = ranked.filter((s) => s.alignment.level !== 'none');
  const top = matches[0];
  // No reason: the panel words "nobody fits" itself (translated).
  if (!top) return none([], []);
  const a = top.alignment;
  const rivals = matches.slice(1);
  const sameLevel = rivals.filter((s) => s.alignment.level === a.level);
  // A nickname or other reading that fits a second entry nearly as well (Jen: Jennifer or Jenna
  // Hall) decides nothing, whatever level each reached.
  const ambiguous =
    (a.partial && a.partialKeys.length === 1 && index.count(a.partialKeys[0] ?? '') > 1) ||
    sameLevel.some(
      (s) => a.score - s.alignment.score < (a.level === 'sure' ? TIE : CLEAR_MARGIN),
    ) ||
    (!a.plain && rivals.some((s) => a.score - s.alignment.score < CLEAR_MARGIN));
  if (ambiguous) {
    return none(
      ['ambiguous'],
      ['fits several roll entries'],
      matches.slice(0, 5).map((s) => idOf(index, s.record)),
    );
  }
  let level: Level = a.level;
  const reasons = explain(a);
  if (a.level === 'sure' && (sameLevel.length > 0 || rivals.some((s) => s.alignment.plain))) {
    level = 'likely';
    reasons.push('another roll entry also fits');
  }
  return {
    rollId: idOf(index, top.record),
    confidence: level,
    flags: [],
    reasons: reasons.length > 0 ? reasons : ['same name'],
    candidates: [],
  };
}
