/**
 * Matching participants to the roll: unique best candidate or abstain, impostors flagged, one roll
 * entry per participant, the host's decisions first.
 */
import {
  analyseDisplayName,
  isSuspicious,
  latinLookalikes,
  narrowFullwidth,
  stripEmoji,
  stripHidden,
  tokenise,
  unicodeSignals,
  visibleForm,
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
import { reason, type MatchReason } from './reasons';
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
  reasons: MatchReason[];
  candidates: string[];
  /**
   * How strong the claim on the entry is when two participants want it: 3 the name as written
   * (sure), 2 a device name or a full name read loosely, 1 part of a name or a handle.
   */
  strength: number;
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
      // The better claim wins (the name as written, then a device name, then part of a name); at
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
          claims[id] = (claims[id] ?? []).map((u) =>
            u === current.match.participantUUID ? uuid : u,
          );
          holder.set(id, i);
        } else {
          const uuid = current.match.participantUUID;
          participants[i] = asDuplicate(match, 'held', uuid, nameIn(roster, uuid));
        }
      });
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

interface Resolved {
  match: ParticipantMatch;
  manual: boolean;
  strength: number;
}

function nameIn(roster: readonly RosterEntry[], uuid: string): string {
  return roster.find((p) => p.participantUUID === uuid)?.screenName ?? '';
}

/** The participant loses the entry to another: told which entry it is and who holds it. */
function asDuplicate(
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

interface VisibleForm {
  text: string;
  skeleton: string;
  /** Invisible, bidi, full-width or disguised characters (computed only when texts tie). */
  hidden?: boolean;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/u;
// A pure function of the screen name, kept across matchers like the display name readings (a new
// roll or re-import keeps the meeting's names). `hidden` is filled in on first need, never changed.
const forms = new Map<string, VisibleForm>();

function formOf(screenName: string): VisibleForm {
  let form = forms.get(screenName);
  if (!form) {
    form = lookalikeForm(screenName);
    if (forms.size >= CACHE_LIMIT) forms.clear();
    forms.set(screenName, form);
  }
  return form;
}

function lookalikeForm(screenName: string): VisibleForm {
  if (PRINTABLE_ASCII.test(screenName)) return { ...visibleForm(screenName), hidden: false };
  return visibleForm(narrowFullwidth(stripHidden(stripEmoji(screenName.normalize('NFC')))));
}

function hiddenIn(screenName: string, form: VisibleForm): boolean {
  form.hidden ??= isSuspicious(unicodeSignals(stripEmoji(screenName.normalize('NFC'))));
  return form.hidden;
}

/**
 * Attackers copy the participant list, not the roll: a participant nobody on the roll fits whose
 * name looks like another participant's (same skeleton, different letters; or the same letters
 * behind invisible or look-alike characters) is an impostor of that participant.
 */
function flagLookalikes(
  roster: readonly RosterEntry[],
  participants: ParticipantMatch[],
  formOf: (screenName: string) => VisibleForm,
): void {
  if (roster.length < 2) return;
  const open = (m: ParticipantMatch): boolean =>
    m.rollId === null && m.flags.every((f) => f === 'ambiguous');
  if (!participants.some(open)) return;
  // Bots, dial-ins and devices are nobody to imitate.
  const nobody = (m: ParticipantMatch | undefined): boolean =>
    m?.flags.some((f) => f === 'bot' || f === 'dial-in' || f === 'device') ?? true;
  const bySkeleton = new Map<string, number[]>();
  const forms = roster.map((p, i) => {
    if (nobody(participants[i])) return null;
    const form = formOf(p.screenName);
    if (form.skeleton.length >= 2) {
      const list = bySkeleton.get(form.skeleton);
      if (list) list.push(i);
      else bySkeleton.set(form.skeleton, [i]);
    }
    return form;
  });
  const held = participants.map((m) => m.rollId !== null);
  participants.forEach((m, i) => {
    const mine = forms[i];
    if (!open(m) || !mine) return;
    const others = bySkeleton.get(mine.skeleton) ?? [];
    // The copy is the one without a roll entry, the one hiding characters, or else the later one.
    const copied = others.find((j) => {
      const theirs = forms[j];
      if (j === i || !theirs) return false;
      if (theirs.text !== mine.text) return held[j] === true || j < i;
      const name = (k: number): string => roster[k]?.screenName ?? '';
      return hiddenIn(name(i), mine) && !hiddenIn(name(j), theirs);
    });
    if (copied === undefined) return;
    const original = participants[copied];
    const name = roster[copied]?.screenName ?? '';
    participants[i] = {
      ...m,
      confidence: 'none',
      flags: [...m.flags.filter((f) => f !== 'ambiguous'), 'impostor'],
      reasons: [...m.reasons, reason('lookalike-participant', { holder: name })],
      candidates: original?.rollId ? [original.rollId] : [],
    };
  });
}

/** Matches a roster against a roll in one call (builds a matcher; keep one per roll for repeated use). */
export function matchRoster(
  roll: readonly RollEntry[],
  roster: readonly RosterEntry[],
  decisions?: readonly ManualDecision[],
): MatchReport {
  return createMatcher(roll).matchAll(roster, decisions);
}

function none(flags: MatchFlag[], reasons: MatchReason[], candidates: string[] = []): Verdict {
  return { rollId: null, confidence: 'none', flags, reasons, candidates, strength: 0 };
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
  if (vouched.length === 1) return emailVerdict(idOf(index, vouched[0] ?? 0), 'zoom-email');

  if (name.kind === 'bot') return none(['bot'], [reason('bot')]);
  if (name.kind === 'dial-in') return none(['dial-in'], [reason('dial-in')]);
  if (name.kind === 'device') return none(['device'], [reason('device')]);
  if (name.variants.length === 0 && !name.email) return none([], []);

  const byEmail = name.email
    ? index.byEmail(name.email).filter((r) => !unlinked.has(idOf(index, r)))
    : [];
  const script = name.variants.some((v) => v.source === 'script')
    ? new Set(name.variants.filter((v) => v.source === 'script').map((v) => v.tokens))
    : undefined;
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
    if (lookalikes.size === 0) return none([], [...reasons, reason('no-lookalike')]);
    return none(
      ['impostor'],
      [...reasons, reason('lookalike')],
      [...lookalikes].map((r) => idOf(index, r)),
    );
  }

  const chosen = select(index, ranked);
  if (byEmail.length === 1) {
    // Anyone can type an address: it is evidence, not proof, unless the name says so too.
    const rollId = idOf(index, byEmail[0] ?? 0);
    if (chosen.rollId === rollId && chosen.confidence === 'sure') return chosen;
    return { ...emailVerdict(rollId, 'roll-email'), confidence: 'likely', strength: 2 };
  }
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
        [reason('lookalike')],
        lookalikes.map((s) => idOf(index, s.record)),
      );
    }
  }
  if (name.device && chosen.rollId) {
    chosen.reasons.push(reason('device-removed'));
    chosen.strength = Math.min(chosen.strength, 2);
  }
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
    reasons: [...(chosen.rollId ? chosen.reasons : []), reason('handle')],
    candidates: [],
    strength: Math.max(1, chosen.strength),
  };
}

/** Every word of every reading is some roll entry's word as written: no look-alike letter in play. */
function everyWordOnRoll(index: RollIndex, name: DisplayName): boolean {
  return name.variants.every((v) =>
    v.tokens.every((t) => t.initial || index.byWord(t.key).length > 0),
  );
}

function emailVerdict(rollId: string, code: 'zoom-email' | 'roll-email'): Verdict {
  return {
    rollId,
    confidence: 'sure',
    flags: [],
    reasons: [reason(code)],
    candidates: [],
    strength: 3,
  };
}

function suspiciousReasons(name: DisplayName): MatchReason[] {
  const out: MatchReason[] = [];
  if (name.signals.invisible) out.push(reason('invisible'));
  if (name.signals.bidi) out.push(reason('bidi'));
  if (name.signals.fullwidth) out.push(reason('fullwidth'));
  if (name.signals.mixedScript) out.push(reason('mixed-script'));
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
      [reason('ambiguous')],
      matches.slice(0, 5).map((s) => idOf(index, s.record)),
    );
  }
  let level: Level = a.level;
  const reasons = explain(a);
  if (a.level === 'sure' && (sameLevel.length > 0 || rivals.some((s) => s.alignment.plain))) {
    level = 'likely';
    reasons.push(reason('rival'));
  }
  return {
    rollId: idOf(index, top.record),
    confidence: level,
    flags: [],
    reasons: reasons.length > 0 ? reasons : [reason('same-name')],
    candidates: [],
    strength: level === 'sure' ? 3 : a.partial ? 1 : 2,
  };
}
