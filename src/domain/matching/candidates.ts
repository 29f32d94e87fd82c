/**
 * Candidate generation: the roll entries a display name may be, found through the roll index (folded
 * words, concatenations, nickname relatives, skeleton readings), never by trying every entry, each
 * with its best alignment, best first.
 */
import type { DisplayName, NameToken } from '../text';
import { align, levelRank, mayAgreeWord, type Alignment, type AlignOptions } from './align';
import { isSiblingNickname, listedSpellings, nicknameRelatives } from './nicknames';
import { skeletonTokens, wordKeys, type RollIndex, type RollRecord } from './roll-index';

export interface Scored {
  record: number;
  alignment: Alignment;
}

const NONE: readonly number[] = [];

function better(a: Scored, b: Scored | undefined): boolean {
  if (!b) return true;
  const la = levelRank(a.alignment.level);
  const lb = levelRank(b.alignment.level);
  return la > lb || (la === lb && a.alignment.score > b.alignment.score);
}

/** The roll id of an index record. */
export function idOf(index: RollIndex, r: number): string {
  return index.records[r]?.entry.id ?? '';
}

function compareScored(index: RollIndex, a: Scored, b: Scored): number {
  const level = levelRank(b.alignment.level) - levelRank(a.alignment.level);
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
export function rank(
  index: RollIndex,
  opts: AlignOptions,
  readings: ReadonlyArray<readonly NameToken[]>,
  unlinked: ReadonlySet<string>,
  side: -1 | 0 | 1,
  changedOnly = false,
  script?: ReadonlySet<readonly NameToken[]>,
): Scored[] {
  // Indexed loops and small helpers rather than for…of and array callbacks throughout: a cold first
  // match runs this mostly unoptimised, and the optimising compiler's work on it (iterator
  // protocol, inlined callbacks) cost more background CPU than the optimised code saved.
  const best = new Map<number, Scored>();
  const scratch = index.scratch;
  for (let k = 0; k < readings.length; k++) {
    const tokens = readings[k] as readonly NameToken[];
    // Counts, per roll entry, the display words that meet it: stamp[r] is the last word that counted it.
    const first = scratch.tick + 1;
    scratch.tick += tokens.length + 2;
    const candidates: number[] = [];
    // Words and skeleton readings gather apart: code a function has not yet run when it is
    // optimised is thrown away and compiled again on first use (the skeleton index comes late).
    const words =
      side === -1
        ? collectWords(index, opts, tokens, first, candidates)
        : collectSkeletons(index, tokens, side, changedOnly, first, candidates);
    // Apart from collectWords, which a cold first match compiles: larger, it was optimised sooner
    // and its compilation cost more than this saves.
    if (side === -1 && words === 1 && tokens.length > 1 && opts.nicknames)
      meetNicknames(index, tokens, first, candidates);
    scoreCandidates(index, opts, tokens, unlinked, side, script, first, words, candidates, best);
  }
  const out = [...best.values()];
  out.sort((a, b) => compareScored(index, a, b));
  return out;
}

/** Counts, for each entry on the list, display word i as meeting it (once per word). */
function meet(
  scratch: RollIndex['scratch'],
  list: readonly number[],
  i: number,
  first: number,
  candidates: number[],
): void {
  const { hits, stamp, words: wordMask } = scratch;
  const tick = first + i;
  for (let m = 0; m < list.length; m++) {
    const r = list[m] as number;
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

/** Gathers into candidates the entries meeting some folded word of the reading; returns its word count. */
function collectWords(
  index: RollIndex,
  opts: AlignOptions,
  tokens: readonly NameToken[],
  first: number,
  candidates: number[],
): number {
  const scratch = index.scratch;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (t.initial) continue;
    words++;
    const own = index.byWord(t.key);
    const alt = t.alt ? index.byWord(t.alt) : NONE;
    meet(scratch, own, i, first, candidates);
    meet(scratch, alt, i, first, candidates);
    if (own.length === 0 && alt.length === 0) {
      if (t.key.length >= 4) meet(scratch, index.byConcatenation(t.key), i, first, candidates);
      if (opts.nicknames) meet(scratch, index.byRelative(t.key), i, first, candidates);
      meet(scratch, index.byKorean(t.text), i, first, candidates);
    }
  }
  if (hasHyphenParts(tokens)) {
    // "Ye-jun" may be written "Yejun" on the roll.
    const { hits, stamp, words: wordMask } = scratch;
    const tick = first + tokens.length;
    const keys = wordKeys(tokens);
    for (let k = 0; k < keys.length; k++) {
      const list = index.byWord(keys[k] as string);
      for (let m = 0; m < list.length; m++) {
        const r = list[m] as number;
        if ((stamp[r] ?? 0) >= first) continue;
        stamp[r] = tick;
        hits[r] = 1;
        wordMask[r] = -1;
        candidates.push(r);
      }
    }
  }
  return words;
}

/**
 * A given name the roll has, with only initials after it ("Tom B."): an entry it names through a
 * nickname (Thomas Brown) fits as well as the one that has it as written (Tom Baker), so it is
 * gathered too and select() weighs the two (a surname written out decides without it). Counts
 * display word 0 as meeting the entries with a listed nickname or formal form of it, another
 * nickname of the same name ("Kate" for Katie) or it as a bracketed alias: the nickname table and
 * word lists only (a word the roll lacks already met byRelative's).
 */
function meetNicknames(
  index: RollIndex,
  tokens: readonly NameToken[],
  first: number,
  candidates: number[],
): void {
  const t = tokens[0] as NameToken;
  if (t.initial) return;
  if (index.byWord(t.key).length === 0 && (!t.alt || index.byWord(t.alt).length === 0)) return;
  const key = t.key;
  const scratch = index.scratch;
  const names = nicknameRelatives(key);
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    meet(scratch, index.byWord(name), 0, first, candidates);
    if (name.length <= key.length) continue;
    const others = nicknameRelatives(name);
    for (let o = 0; o < others.length; o++) {
      const list = index.byWord(others[o] as string);
      if (list.length > 0 && isSiblingNickname(key, others[o] as string))
        meet(scratch, list, 0, first, candidates);
    }
  }
  meet(scratch, index.byAlias(key), 0, first, candidates);
  // Another spelling: romanisation folded (Muhammad, Sophia), a Korean name spelled otherwise, or
  // a listed nickname's other spelling (Nastia for Nastya, Anastasia's).
  meet(scratch, index.bySpelling(key), 0, first, candidates);
  meet(scratch, index.byKorean(t.text), 0, first, candidates);
  const spellings = listedSpellings(key);
  for (let s = 0; s < spellings.length; s++) {
    const spelled = spellings[s] as string;
    meet(scratch, index.byWord(spelled), 0, first, candidates);
    const formal = nicknameRelatives(spelled);
    for (let k = 0; k < formal.length; k++)
      meet(scratch, index.byWord(formal[k] as string), 0, first, candidates);
  }
}

/** Gathers into candidates the entries meeting some skeleton word of the reading; returns its word count. */
function collectSkeletons(
  index: RollIndex,
  tokens: readonly NameToken[],
  side: 0 | 1,
  changedOnly: boolean,
  first: number,
  candidates: number[],
): number {
  const scratch = index.scratch;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (t.initial) continue;
    words++;
    meet(scratch, index.bySkeleton(t.key, changedOnly), i, first, candidates);
    if (t.alt) meet(scratch, index.bySkeleton(t.alt, changedOnly), i, first, candidates);
  }
  return words;
}

/** Aligns the reading with each candidate worth it, keeping each entry's best in `best`. */
function scoreCandidates(
  index: RollIndex,
  opts: AlignOptions,
  tokens: readonly NameToken[],
  unlinked: ReadonlySet<string>,
  side: -1 | 0 | 1,
  script: ReadonlySet<readonly NameToken[]> | undefined,
  first: number,
  words: number,
  candidates: number[],
  best: Map<number, Scored>,
): void {
  const scratch = index.scratch;
  const { hits, words: wordMask } = scratch;
  // Every level needs all display words but one to agree as written. When some entry has them
  // all, an entry missing one can only matter through a listed nickname (typos and short forms
  // score too low to tie): those rivals are found through the nickname table, not by trying all.
  const needed = Math.max(1, words - 1);
  let full = false;
  if (words >= 2) {
    for (let c = 0; c < candidates.length; c++)
      if ((hits[candidates[c] as number] ?? 0) >= words) full = true;
  }
  if (full && side === -1 && opts.nicknames) markNicknameRivals(index, tokens, first);
  const narrow = full ? narrowed(opts) : opts;
  const checkUnlinked = unlinked.size > 0;
  // A lone word many entries share is ambiguous whatever else is true: a few examples suffice.
  let budget = words === 1 && tokens.length === 1 && candidates.length > 1 ? 6 : Infinity;
  if (budget < Infinity) candidates.sort((a, b) => compareIds(index, a, b));
  const withInitials = words < tokens.length && words <= 1;
  const inScript = script?.has(tokens) ?? false;
  for (let c = 0; c < candidates.length; c++) {
    const r = candidates[c] as number;
    const n = hits[r] ?? 0;
    if (n < needed || (checkUnlinked && unlinked.has(idOf(index, r)))) continue;
    const record = index.records[r];
    if (!record) continue;
    if (full && n < words && scratch.nickname[r] !== first) continue;
    // Two words, one on this entry: the other must be a typo, nickname or short form of one of its words.
    if (!full && words === 2 && n === 1 && side === -1) {
      const missing = missingWord(tokens, wordMask[r] ?? 0);
      if (missing && !mayAgree(missing, record, opts)) continue;
    }
    // Initials are only left out on their own ("Jane M. Doe"); with few words each must fit a word.
    if (withInitials && !initialsFit(tokens, record)) continue;
    if (budget-- <= 0) break;
    const alignment = align(tokens, index.alignName(side, r), n >= words ? opts : narrow);
    if (!alignment) continue;
    // A Latin reading of another script on one side only is never more than likely.
    if (inScript !== record.transliterated) {
      alignment.crossScript = true;
      alignment.plain = false;
      if (alignment.level === 'sure') alignment.level = 'likely';
    }
    const scored = { record: r, alignment };
    if (better(scored, best.get(r))) best.set(r, scored);
  }
}

/** Two tokens of one written word ("Ye-jun"). */
function hasHyphenParts(tokens: readonly NameToken[]): boolean {
  for (let i = 1; i < tokens.length; i++)
    if ((tokens[i - 1] as NameToken).word === (tokens[i] as NameToken).word) return true;
  return false;
}

/** The first display word (not an initial) that did not meet the entry. */
function missingWord(tokens: readonly NameToken[], mask: number): NameToken | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (!t.initial && !(mask & (1 << i))) return t;
  }
  return undefined;
}

/** Every initial of the reading starts some word of the entry. */
function initialsFit(tokens: readonly NameToken[], record: RollRecord): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (t.initial && !hasInitial(record, t.key)) return false;
  }
  return true;
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (t.initial) continue;
    const names = nicknameRelatives(t.key);
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      const list = index.byWord(name);
      for (let m = 0; m < list.length; m++) {
        const r = list[m] as number;
        if (index.records[r]?.tokens[0]?.key === name) mark[r] = tick;
      }
    }
    const aliased = index.byAlias(t.key);
    for (let m = 0; m < aliased.length; m++) mark[aliased[m] as number] = tick;
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
export function rankSkeletons(
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
