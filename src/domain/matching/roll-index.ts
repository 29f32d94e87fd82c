/**
 * The roll, indexed once: folded words, their German spellings and hyphenated words joined; built
 * on first need, concatenations ("argonometzger", "pkang") and confusable skeletons. A display
 * name only meets the roll entries that share one of its keys, never the whole roll.
 */
import {
  analyseRollName,
  foldText,
  isKoreanGivenFirst,
  isOneCodePoint,
  koreanFamiliesLoose,
  koreanKey,
  koreanLooseKey,
  nameToken,
  onlyCommonLetters,
  romanKey,
  skeleton,
  type NameToken,
  type RollName,
} from '../text';
import {
  isBlend,
  isDerivedNickname,
  isSiblingNickname,
  listedSpellings,
  nicknameRelatives,
} from './nicknames';
import { isTypo, rollWords, type AlignRoll } from './align';
import type { RollEntry } from './types';

export type SkeletonReadings = readonly [readonly NameToken[], readonly NameToken[]];

export interface RollRecord {
  entry: RollEntry;
  tokens: NameToken[];
  /** The name as the aligner reads it. */
  name: AlignRoll;
  /** The cleaned name the tokens come from. */
  text: string;
  aliases: string[];
  /** The roll wrote the name in another script: the tokens are its Latin reading. */
  transliterated: boolean;
  /** Confusable skeletons as the aligner reads them (computed on first need). */
  skeletons: readonly [AlignRoll, AlignRoll] | null;
}

/** Reusable per-entry counters for candidate search (no allocation per lookup). */
export interface Scratch {
  hits: Int32Array;
  stamp: Int32Array;
  /** Bit i: display word i met the entry. */
  words: Int32Array;
  /** == tick of the reading when the entry may be a nickname rival. */
  nickname: Int32Array;
  tick: number;
}

export interface RollIndex {
  records: RollRecord[];
  scratch: Scratch;
  /** Entries having this word (folded, German spelling, or a hyphenated word joined). */
  byWord(key: string): readonly number[];
  /** Entries two of whose words (or an initial and a word) joined could give this key ("annmarie", "pkang"). */
  byConcatenation(key: string): readonly number[];
  /**
   * Entries having a word with this skeleton; with changedOnly, only entries whose skeleton differs
   * from their own words (all a name without confusable letters can be confused with).
   */
  bySkeleton(key: string, changedOnly?: boolean): readonly number[];
  byEmail(email: string): readonly number[];
  /** Entries whose e-mail's local part is this (lower-cased) handle ("jess.garcia.coaching"). */
  byLocalPart(handle: string): readonly number[];
  /**
   * Entries a word not on the roll may still name: a given name it is a listed nickname or short
   * form of (either way), a word spelled alike once romanisation is folded, two given names it
   * abbreviates (JB, Majo). Built on first need; align decides.
   */
  byRelative(key: string): readonly number[];
  /**
   * Entries with a given name spelled as this word is once romanisation is folded (Muhammad for
   * Mohammed, Sophia for Sofia), the word itself included. Built with byRelative's index.
   */
  bySpelling(key: string): readonly number[];
  /**
   * Entries with a family-name word one typo after its first letter or another romanisation from
   * this word, not equal to it (Bakker and Barker for "baker", not Laker). Built on first need.
   */
  byNearFamily(key: string): readonly number[];
  /** Entries whose roll name gives this alternative given name ("Robert (Bob) Smith" → bob). */
  byAlias(alias: string): readonly number[];
  /**
   * Entries read as Korean names (korean-latin.ts) that a word as written may spell: a family name
   * (Pak for Park) or a given name (Chi-hun, Sŏ-yŏn). Empty for a roll without Korean names.
   */
  byKorean(text: string): readonly number[];
  skeletonsOf(record: number): readonly [AlignRoll, AlignRoll];
  /**
   * An entry's name as the aligner reads it: side −1 the name, 0/1 its skeleton readings (built on
   * first need: the skeleton index holds keys only, and only candidates are aligned).
   */
  alignName(side: -1 | 0 | 1, record: number): AlignRoll;
  /** Number of roll entries having the word. */
  count(key: string): number;
  /** 1 / count: agreeing on a word only one entry has is stronger than on "Smith". */
  rarity(key: string): number;
}

const NOTHING: readonly number[] = [];
const NOT_LETTER = /[^\p{L}\p{M}]/gu;
const ASCII_LETTERS = /^[A-Za-z]*$/;

/** The text without what is neither letter nor mark (NOT_LETTER compiled only for text that may hold some). */
function lettersOf(text: string): string {
  return onlyCommonLetters(text) ? text : text.replace(NOT_LETTER, '');
}

/**
 * Skeleton readings of a name's tokens, as written and lower-cased: UTS #39 skeletons are
 * case-sensitive (Cyrillic к is confusable with ĸ, К with K), and folding happens after mapping.
 * Skeletons map character by character, so each token is read on its own; a reading whose tokens
 * all stay the same is the token list itself (no copy).
 */
export function skeletonTokens(tokens: readonly NameToken[]): SkeletonReadings {
  return [skeletonReading(tokens, false), skeletonReading(tokens, true)];
}

// A roll repeats its words (a thousand names hold a few hundred distinct ones) and the skeleton
// index reads every entry: each written word is mapped once. null: the word maps to itself.
// One map per reading: no key string built per lookup.
const skeletonKeys = new Map<string, string | null>();
const lowerSkeletonKeys = new Map<string, string | null>();

function skeletonKey(text: string, lower: boolean): string | null {
  const keys = lower ? lowerSkeletonKeys : skeletonKeys;
  let key = keys.get(text);
  if (key === undefined) {
    const source = lower ? text.toLowerCase() : text;
    const mapped = skeleton(source);
    if (mapped === source && !lower) key = null;
    // ASCII letters fold to themselves lower-cased: no need for the Unicode letter pattern.
    else key = ASCII_LETTERS.test(mapped) ? mapped.toLowerCase() : lettersOf(foldText(mapped));
    if (keys.size >= 20_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

function skeletonReading(tokens: readonly NameToken[], lower: boolean): readonly NameToken[] {
  let out: NameToken[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    const key = skeletonKey(t.text, lower) ?? t.key;
    if (key === t.key && t.alt === null) {
      if (out) out.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(nameToken(key, null, isOneCodePoint(key), t.word, t.text));
  }
  return out ?? tokens;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Every key a display word could meet these words by. */
export function wordKeys(tokens: readonly NameToken[]): string[] {
  const keys: string[] = [];
  let joined = '';
  let parts = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (!t.initial) {
      keys.push(t.key);
      if (t.alt) keys.push(t.alt);
    }
    joined += t.key;
    parts++;
    if (tokens[i + 1]?.word !== t.word) {
      if (parts > 1) keys.push(joined);
      joined = '';
      parts = 0;
    }
  }
  return keys;
}

/** Builds the index for a roll. */
export function buildRollIndex(roll: readonly RollEntry[]): RollIndex {
  const records: RollRecord[] = [];
  const words = new Map<string, number[]>();
  const emails = new Map<string, number[]>();
  const aliases = new Map<string, number[]>();
  const localParts = new Map<string, number[]>();
  let skeletons: Map<string, number[]> | null = null;
  let relatives: RelativeIndex | null = null;
  let korean: Map<string, number[]> | null = null;
  let nearFamily: NearIndex | null = null;
  // Indexed loops in the index builders, not for…of: a cold first match runs them unoptimised,
  // and each step of for…of allocates an iterator result there.
  for (let e = 0; e < roll.length; e++) {
    const entry = roll[e] as RollEntry;
    const name = analyseRollName(entry.name, entry.family);
    const reading = readingOf(name);
    const r = records.length;
    records.push({
      entry,
      tokens: name.tokens,
      name: reading.name,
      transliterated: name.transliterated,
      text: name.text,
      aliases: name.aliases,
      skeletons: null,
    });
    for (let k = 0; k < reading.keys.length; k++) push(words, reading.keys[k] as string, r);
    for (let k = 0; k < name.aliases.length; k++) push(aliases, name.aliases[k] as string, r);
    const email = entry.email?.trim().toLowerCase();
    if (email) {
      push(emails, email, r);
      const at = email.lastIndexOf('@');
      if (at > 0) push(localParts, email.slice(0, at), r);
    }
  }
  const byWord = (key: string): readonly number[] => words.get(key) ?? NOTHING;
  const names = records.map((record) => record.name);
  const skeletonsOf = (r: number): readonly [AlignRoll, AlignRoll] => {
    const record = records[r] as RollRecord;
    record.skeletons ??= skeletonReadingsOf(record.name).readings;
    return record.skeletons;
  };
  return {
    records,
    scratch: {
      hits: new Int32Array(records.length),
      stamp: new Int32Array(records.length),
      words: new Int32Array(records.length),
      nickname: new Int32Array(records.length),
      tick: 0,
    },
    byWord,
    byConcatenation(key) {
      // Split the key instead of indexing every pair of words: only unknown words get here.
      const found = new Set<number>();
      const both = (a: readonly number[], b: readonly number[]): void => {
        if (a.length === 0 || b.length === 0) return;
        const inB = new Set(b);
        for (const r of a) if (inB.has(r)) found.add(r);
      };
      for (let k = 1; k < key.length; k++) {
        const head = key.slice(0, k);
        const tail = key.slice(k);
        if (k === 1) for (const r of byWord(tail)) found.add(r);
        else if (tail.length === 1) for (const r of byWord(head)) found.add(r);
        else {
          const a = byWord(head);
          if (a.length === 0) continue;
          both(a, byWord(tail));
          for (let m = 2; m < tail.length - 1; m++) both(a, byWord(tail.slice(0, m)));
        }
      }
      return [...found];
    },
    bySkeleton(key, changedOnly = false) {
      if (!skeletons) {
        // Only readings that differ from the name itself need keys of their own.
        skeletons = new Map();
        for (let r = 0; r < records.length; r++) {
          const keys = skeletonIndexKeys((records[r] as RollRecord).name);
          for (let k = 0; k < keys.length; k++) push(skeletons, keys[k] as string, r);
        }
      }
      const own = skeletons.get(key);
      if (changedOnly) return own ?? NOTHING;
      const plain = byWord(key);
      return own ? (plain.length > 0 ? [...plain, ...own] : own) : plain;
    },
    byEmail: (email) => emails.get(email) ?? NOTHING,
    byLocalPart: (handle) => localParts.get(handle) ?? NOTHING,
    byRelative(key) {
      relatives ??= buildRelatives(records);
      return relatives.find(key);
    },
    byNearFamily(key) {
      nearFamily ??= buildNearFamily(records);
      return nearFamily.find(key);
    },
    bySpelling(key) {
      relatives ??= buildRelatives(records);
      return relatives.spelled(key);
    },
    byAlias: (alias) => aliases.get(alias) ?? NOTHING,
    byKorean(text) {
      korean ??= buildKorean(records);
      if (korean.size === 0) return NOTHING;
      const found = korean.get(`k:${koreanKey(text)}`) ?? NOTHING;
      const loose = korean.get(`l:${koreanLooseKey(text)}`) ?? NOTHING;
      const families = koreanFamiliesLoose(text);
      if (families.length === 0 && loose.length === 0) return found;
      const all = new Set([...found, ...loose]);
      for (const f of families) for (const r of korean.get(`f:${f}`) ?? NOTHING) all.add(r);
      return [...all];
    },
    skeletonsOf,
    alignName: (side, r) => (side === -1 ? (names[r] as AlignRoll) : skeletonsOf(r)[side]),
    count: (key) => words.get(key)?.length ?? 0,
    rarity: (key) => 1 / Math.max(1, words.get(key)?.length ?? 1),
  };
}

/** What the aligner and the index read from one roll name: the same for every matcher. */
interface RollReading {
  name: AlignRoll;
  keys: string[];
}

interface SkeletonIndexReading {
  readings: readonly [AlignRoll, AlignRoll];
  /** Index keys of the readings that differ from the name itself. */
  keys: string[];
}

// Roll name analyses are memoised across matchers (text/clean-name.ts), so readings derived from
// them can be too: a new matcher for the same roll (a re-import, a new meeting) redoes none of it.
// AlignRoll is only ever extended with its own derived data (align's romanised keys).
const readings = new WeakMap<RollName, RollReading>();
const bySkeletonReading = new WeakMap<AlignRoll, SkeletonIndexReading>();

function readingOf(name: RollName): RollReading {
  let reading = readings.get(name);
  if (!reading) {
    const words = rollWords(name.tokens);
    reading = {
      name: {
        tokens: name.tokens,
        words,
        aliases: name.aliases,
        family: familyOf(name.tokens, name.familyFrom),
        korean: isKoreanGivenFirst(words.map((w) => w.text))
          ? words.map((w) => koreanKey(w.text))
          : null,
      },
      keys: wordKeys(name.tokens),
    };
    readings.set(name, reading);
  }
  return reading;
}

/** Skeleton readings of a roll name (most names have no confusable letter: the name itself). */
function skeletonReadingsOf(name: AlignRoll): SkeletonIndexReading {
  let found = bySkeletonReading.get(name);
  if (!found) {
    const both = skeletonTokens(name.tokens);
    const keys: string[] = [];
    const reading = (tokens: readonly NameToken[]): AlignRoll => {
      if (tokens === name.tokens) return name;
      keys.push(...wordKeys(tokens));
      return { tokens, words: rollWords(tokens), aliases: [], family: name.family, korean: null };
    };
    const asWritten = reading(both[0]);
    // Most names read the same both ways ("Smith" and "smith" both give srnith): one reading serves.
    const lower = sameTokens(both[0], both[1]) ? asWritten : reading(both[1]);
    found = { readings: [asWritten, lower], keys };
    bySkeletonReading.set(name, found);
  }
  return found;
}

const skeletonKeyLists = new WeakMap<AlignRoll, readonly string[]>();

/**
 * The skeleton index keys of a roll name: the keys (wordKeys) of its skeleton readings that differ
 * from the name itself, as skeletonReadingsOf finds them, in some order and maybe twice (the index
 * keeps each entry once per key). Read from the cached word keys without building the readings:
 * a look-alike search builds the index over the whole roll, and the readings (tokens, words) of a
 * thousand entries were most of its cost and garbage on a cold first match; only candidates'
 * readings are built (skeletonsOf).
 */
function skeletonIndexKeys(name: AlignRoll): readonly string[] {
  const built = bySkeletonReading.get(name);
  if (built) return built.keys;
  let keys = skeletonKeyLists.get(name);
  if (!keys) {
    const out: string[] = [];
    addSkeletonKeys(name.tokens, false, out);
    addSkeletonKeys(name.tokens, true, out);
    keys = out;
    skeletonKeyLists.set(name, keys);
  }
  return keys;
}

/** wordKeys of skeletonReading(tokens, lower), added to out when that reading differs from tokens. */
function addSkeletonKeys(tokens: readonly NameToken[], lower: boolean, out: string[]): void {
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    const key = skeletonKey(t.text, lower) ?? t.key;
    if (key !== t.key || t.alt !== null) changed = true;
  }
  if (!changed) return;
  let joined = '';
  let parts = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    const own = skeletonKey(t.text, lower) ?? t.key;
    // A token the reading changes is a new token: no alt, an initial when one code point.
    const same = own === t.key && t.alt === null;
    const initial = same ? t.initial : isOneCodePoint(own);
    if (!initial) out.push(own);
    joined += own;
    parts++;
    if (tokens[i + 1]?.word !== t.word) {
      if (parts > 1) out.push(joined);
      joined = '';
      parts = 0;
    }
  }
}

/** Token lists the aligner and the index cannot tell apart. */
function sameTokens(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as NameToken;
    const y = b[i] as NameToken;
    if (
      x.key !== y.key ||
      x.alt !== y.alt ||
      x.initial !== y.initial ||
      x.word !== y.word ||
      x.text !== y.text
    )
      return false;
  }
  return true;
}

interface RelativeIndex {
  find(key: string): readonly number[];
  spelled(key: string): readonly number[];
}

/** The given-name side of the roll, for words that are not on it as written. */
function buildRelatives(records: readonly RollRecord[]): RelativeIndex {
  const given = new Map<string, number[]>();
  const roman = new Map<string, number[]>();
  const givenRoman = new Map<string, number[]>();
  const trigrams = new Map<string, string[]>();
  const initials = new Map<string, number[]>();
  const blends = new Map<string, Array<readonly [number, string, string]>>();
  // A given name the roll writes in brackets ("Wei (Jenny) Lin"): "Jenny L." has no roll word to meet.
  const aliases = new Map<string, number[]>();
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as RollRecord;
    for (const alias of record.aliases) push(aliases, alias, r);
    const { tokens, family: last } = record.name;
    let previous: NameToken | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as NameToken;
      if (t.initial) {
        previous = null;
        continue;
      }
      const spelled = romanKey(t.key);
      push(roman, spelled, r);
      if (last > 0 ? t.word >= last : t.word > 0) continue;
      push(givenRoman, spelled, r);
      if (!given.has(t.key)) {
        for (let i = 0; i + 3 <= t.key.length; i++) {
          const list = trigrams.get(t.key.slice(i, i + 3));
          if (!list) trigrams.set(t.key.slice(i, i + 3), [t.key]);
          else if (list[list.length - 1] !== t.key) list.push(t.key);
        }
      }
      push(given, t.key, r);
      if (previous) {
        push(initials, `${previous.key[0] ?? ''}${t.key[0] ?? ''}`, r);
        const start = previous.key.slice(0, 2);
        const list = blends.get(start);
        const blend = [r, previous.key, t.key] as const;
        if (list) list.push(blend);
        else blends.set(start, [blend]);
      }
      previous = t;
    }
  }
  const cache = new Map<string, readonly number[]>();
  return {
    find(key) {
      const hit = cache.get(key);
      if (hit) return hit;
      const found = new Set<number>(roman.get(romanKey(key)) ?? NOTHING);
      for (const r of aliases.get(key) ?? NOTHING) found.add(r);

      for (const name of nicknameRelatives(key)) {
        for (const r of given.get(name) ?? NOTHING) found.add(r);
        // Another nickname of the same longer name ("Kate" for the roll's "Katie").
        if (name.length > key.length)
          for (const other of nicknameRelatives(name))
            if (given.has(other) && isSiblingNickname(key, other))
              for (const r of given.get(other) ?? NOTHING) found.add(r);
      }
      for (const spelled of listedSpellings(key))
        for (const name of nicknameRelatives(spelled))
          for (const r of given.get(name) ?? NOTHING) found.add(r);
      if (key.length >= 3) {
        for (const name of trigrams.get(key.slice(0, 3)) ?? [])
          if (isDerivedNickname(key, name))
            for (const r of given.get(name) ?? NOTHING) found.add(r);
      }
      if (key.length === 2) for (const r of initials.get(key) ?? NOTHING) found.add(r);
      else if (key.length >= 4) {
        for (const [r, a, b] of blends.get(key.slice(0, 2)) ?? [])
          if (isBlend(key, a, b)) found.add(r);
      }
      const list = found.size > 0 ? [...found] : NOTHING;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, list);
      return list;
    },
    spelled: (key) => givenRoman.get(romanKey(key)) ?? NOTHING,
  };
}

interface NearIndex {
  find(key: string): readonly number[];
}

/**
 * Family-name words by their forms less one letter, so the words one edit from a key are found by
 * deleting a letter from each side (an insertion, deletion, substitution or swap), and by their
 * romanised keys; isTypo and romanKey decide.
 */
function buildNearFamily(records: readonly RollRecord[]): NearIndex {
  const families = new Map<string, number[]>();
  const romans = new Map<string, string[]>();
  const less = new Map<string, string[]>();
  const addWord = (map: Map<string, string[]>, key: string, word: string): void => {
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (let r = 0; r < records.length; r++) {
    const { tokens, family } = (records[r] as RollRecord).name;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as NameToken;
      if (t.initial || t.word < family) continue;
      if (!families.has(t.key)) {
        addWord(romans, romanKey(t.key), t.key);
        for (let k = 0; k < t.key.length; k++)
          addWord(less, t.key.slice(0, k) + t.key.slice(k + 1), t.key);
      }
      push(families, t.key, r);
    }
  }
  return {
    find(key) {
      const words = new Set<string>([
        ...(less.get(key) ?? []),
        ...(romans.get(romanKey(key)) ?? []),
      ]);
      for (let k = 0; k < key.length; k++) {
        const shorter = key.slice(0, k) + key.slice(k + 1);
        if (families.has(shorter)) words.add(shorter);
        for (const w of less.get(shorter) ?? []) words.add(w);
      }
      const found: number[] = [];
      for (const w of words) {
        // A slip after the first letter (Bakker, Patil for Patel); one in it (Lehner for Wehner)
        // is another family's name.
        if (w === key || !(romanKey(key) === romanKey(w) || (w[0] === key[0] && isTypo(key, w))))
          continue;
        for (const r of families.get(w) ?? NOTHING) if (!found.includes(r)) found.push(r);
      }
      return found;
    },
  };
}

/** Korean names' spellings (korean-latin.ts): each given word's key, the family name's Hangul. */
function buildKorean(records: readonly RollRecord[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let r = 0; r < records.length; r++) {
    const { words, family, korean } = (records[r] as RollRecord).name;
    if (!korean) continue;
    for (let w = 0; w < words.length; w++) {
      if (w !== family) {
        push(map, `k:${korean[w] ?? ''}`, r);
        push(map, `l:${koreanLooseKey(words[w]?.text ?? '')}`, r);
      } else for (const f of koreanFamiliesLoose(words[w]?.text ?? '')) push(map, `f:${f}`, r);
    }
  }
  return map;
}

/** The first family-name word: the roll's own split when it has one, else the last word. */
function familyOf(tokens: readonly NameToken[], familyFrom: number | null): number {
  const words = tokens.length > 0 ? (tokens.at(-1)?.word ?? 0) + 1 : 0;
  if (familyFrom !== null && familyFrom > 0 && familyFrom < words) return familyFrom;
  return Math.max(0, words - 1);
}
