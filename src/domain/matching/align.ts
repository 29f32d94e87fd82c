/**
 * Word-by-word agreement between one reading of a display name and one roll name. Every display
 * word must agree with its own roll word — the same word, an initial, a concatenation, a listed
 * nickname of the given name, or one typo — and the pattern of agreement decides the level.
 */
import {
  isKoreanGivenName,
  isOneEditApart,
  koreanKey,
  koreanLooseKey,
  romanKey,
  sameKoreanFamily,
  sameKoreanFamilyLoose,
  type NameToken,
} from '../text';
import {
  isBlend,
  isDerivedNickname,
  isListedNickname,
  isNicknameVariant,
  nicknameRelatives,
} from './nicknames';
import { reason, type MatchReason, type ReasonCode } from './reasons';

export type Level = 'sure' | 'likely' | 'none';

export type Agreement =
  'exact' | 'concat' | 'nickname' | 'variant' | 'derived' | 'typo' | 'initial' | 'concat-initial';

/** A roll name as the aligner sees it. */
export interface AlignRoll {
  /** Words numbered 0, 1, 2… without gaps; word 0 is the given name, the last word the surname. */
  tokens: readonly NameToken[];
  /** rollWords(tokens), precomputed. */
  words: readonly Word[];
  /** Given-name alternatives written on the roll ("Robert (Bob) Smith"). */
  aliases: readonly string[];
  /** First family-name word: the roll's own split ("García Rojas, Juan") or else the last word. */
  family: number;
  /** romanKey() of each token, filled on first need (most names are never compared loosely). */
  romans?: string[];
  /** koreanKey() of each written word when the name is read as Korean (korean-latin.ts), else null. */
  korean: readonly string[] | null;
}

export interface AlignOptions {
  nicknames: boolean;
  typos: boolean;
  /** Let initials agree ("D." ~ Doe); off for skeleton readings, where an initial proves nothing. */
  initials: boolean;
  /** Accept short forms not in the table ("Dom" ~ Dominique) as likely; off when they cannot change the outcome. */
  derived?: boolean;
  /** 1 for a word only one roll entry has, smaller for common words. */
  rarity: (key: string) => number;
  /** Whether a word is on the roll at all: only unknown words are tried as concatenations. */
  onRoll: (key: string) => boolean;
}

export interface Alignment {
  level: Level;
  score: number;
  /** Every display word agrees exactly: no typo, nickname, initial or extra word. */
  plain: boolean;
  /** Only part of the name (a first name alone, first + middle…): needs a unique word on the roll. */
  partial: boolean;
  /** The display and the roll name were compared through a transliteration (set by the matcher). */
  crossScript?: boolean;
  /** Folded display words used by a partial match. */
  partialKeys: string[];
  /** Only part of a hyphenated given name agreed ("Paul" of Jean-Paul): at most likely. */
  partOfGiven?: boolean;
  /** What agreed how (internal: read it through explain()). */
  choices: readonly Choice[];
  display: readonly NameToken[];
}

interface Option {
  mask: number;
  kind: Agreement;
  /** How much of a roll word the agreement covers (COVER_*), read by classify. */
  cover: number;
  /** 1 for the whole word as written (exact, concat), else 0. */
  full: number;
  /** 1 for an agreement by initial (initial, concat-initial), else 0. */
  byInitial: number;
  weight: number;
  /** Roll tokens this option covers only by their initial. */
  initialMask: number;
  rollText: string;
}

const WEIGHT: Readonly<Record<Agreement, number>> = {
  exact: 3,
  concat: 3,
  nickname: 2.5,
  variant: 2.5,
  derived: 2,
  typo: 1.5,
  initial: 0.75,
  'concat-initial': 2,
};
const MAX_TOKENS = 30;
const GENDER_VOWEL = /[aeio]/u;

function same(a: NameToken, b: NameToken): boolean {
  return (
    a.key === b.key ||
    (a.alt !== null && (a.alt === b.key || a.alt === b.alt)) ||
    (b.alt !== null && a.key === b.alt)
  );
}

/**
 * One typo, in words long enough to carry it (≥ 4 and ≥ 5 letters), but not a gendered ending:
 * Mario/Maria (last vowel swapped), Daniel/Daniela, Louis/Louise (a or e added) are other names.
 */
export function isTypo(a: string, b: string): boolean {
  // No destructuring: an unoptimised array pattern walks the iterator protocol, and this runs per pair.
  const aFirst = a.length <= b.length;
  const short = aFirst ? a : b;
  const long = aFirst ? b : a;
  if (short.length < 4 || long.length < 5 || !isOneEditApart(a, b)) return false;
  const lastA = a.at(-1) ?? '';
  const lastB = b.at(-1) ?? '';
  if (short.length === long.length) {
    return !(
      a.slice(0, -1) === b.slice(0, -1) &&
      GENDER_VOWEL.test(lastA) &&
      GENDER_VOWEL.test(lastB)
    );
  }
  const added = long.at(-1) ?? '';
  return !(
    long.slice(0, -1) === short &&
    /[ae]/u.test(added) &&
    !GENDER_VOWEL.test(short.at(-1) ?? '')
  );
}

/** A written word of a roll name: its tokens (bit mask), joined key and text. */
export interface Word {
  mask: number;
  key: string;
  text: string;
  /** More than one token (a hyphenated word). */
  compound: boolean;
}

/** The written words of a roll name, for the aligner. */
export function rollWords(tokens: readonly NameToken[]): Word[] {
  const words: Word[] = [];
  for (let j = 0; j < tokens.length && j < MAX_TOKENS; j++) {
    const t = tokens[j] as NameToken;
    const w = words[t.word];
    if (w) {
      w.mask |= 1 << j;
      w.key += t.key;
      w.text += `-${t.text}`;
      w.compound = true;
    } else {
      words[t.word] = { mask: 1 << j, key: t.key, text: t.text, compound: false };
    }
  }
  return words;
}

function addOption(
  out: Option[],
  mask: number,
  kind: Agreement,
  rollText: string,
  initialMask = 0,
  bonus = 0,
): void {
  out.push({
    mask,
    kind,
    cover: coverOf(kind),
    full: kind === 'exact' || kind === 'concat' ? 1 : 0,
    byInitial: kind === 'initial' || kind === 'concat-initial' ? 1 : 0,
    weight: WEIGHT[kind] + bonus,
    initialMask,
    rollText,
  });
}

function optionsFor(
  d: NameToken,
  roll: AlignRoll,
  words: readonly Word[],
  opts: AlignOptions,
): Option[] {
  const out: Option[] = [];
  const tokens = roll.tokens;
  if (d.initial) {
    if (!opts.initials) return out;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j] as NameToken;
      if (t.key.startsWith(d.key)) addOption(out, 1 << j, 'initial', t.text, 1 << j);
    }
    return out;
  }
  let exact = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as NameToken;
    if (!t.initial && same(d, t)) {
      addOption(out, 1 << j, 'exact', t.text, 0, opts.rarity(t.key));
      exact = true;
    }
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.compound && w.key === d.key) {
      addOption(out, w.mask, 'exact', w.text, 0, opts.rarity(w.key));
      exact = true;
    }
  }
  // A word that is on the roll as written needs no typo, nickname or concatenation reading.
  if (exact) return out;
  const last = roll.family;
  const roman = romanKey(d.key);
  // Two Korean given names a vowel apart are two names (Hye-jin, Hye-jun), not a typo.
  const korean = roll.korean !== null && isKoreanGivenName([d.text]);
  const romans = (roll.romans ??= tokens.map((t) => romanKey(t.key)));
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as NameToken;
    if (t.initial) {
      if (opts.initials && d.key.startsWith(t.key))
        addOption(out, 1 << j, 'initial', t.text, 1 << j);
      continue;
    }
    // Any given name may carry the nickname (people go by a middle name: Maria Angelica → Angel).
    if (opts.nicknames && isGiven(t.word, last)) {
      const penalty = t.word === 0 ? 0 : -0.5;
      if (isListedNickname(d.key, t.key) || (t.word === 0 && roll.aliases.includes(d.key)))
        addOption(out, 1 << j, 'nickname', t.text, 0, penalty);
      // A listed nickname in another romanisation ("Nastia" for Nastya), or another nickname of
      // the same name ("Kate" for Katie): a spelling, at most likely.
      else if (isNicknameVariant(d.key, t.key))
        addOption(out, 1 << j, 'variant', t.text, 0, penalty);
      // Not a longer display word for one part of a hyphenated roll word: "Jean-Paul" is no
      // longer form of the "Jean" in "Jean-Luc".
      else if (
        opts.derived !== false &&
        !(words[t.word]?.compound === true && d.key.length > t.key.length) &&
        isDerivedNickname(d.key, t.key)
      )
        addOption(out, 1 << j, 'derived', t.text, 0, penalty);
    }
    const theirs = romans[j] ?? '';
    if (roman === theirs) addOption(out, 1 << j, 'variant', t.text);
    else if (
      opts.typos &&
      !(korean && isVowelSwap(d.key, t.key)) &&
      (isTypo(d.key, t.key) || isTypo(roman, theirs)) &&
      !(roll.korean !== null && isOtherKoreanName(d.text, t.text))
    )
      addOption(out, 1 << j, 'typo', t.text);
  }
  if (roll.korean) addKoreanSpellings(d, roll, words, out);
  if (opts.nicknames) addGivenPairs(d, tokens, last, opts, out);
  if (opts.typos) {
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as Word;
      if (
        w.compound &&
        isTypo(d.key, w.key) &&
        !(korean && isVowelSwap(d.key, w.key)) &&
        !(roll.korean !== null && isOtherKoreanName(d.text, w.text))
      )
        addOption(out, w.mask, 'typo', w.text);
    }
  }
  if (d.key.length >= 4 && !opts.onRoll(d.key)) addConcatenations(d.key, tokens, out);
  return out;
}

/**
 * Other spellings of a Korean name's words (korean-latin.ts): Pak for Park, Ch'oe for Choi, Sŏ-yŏn,
 * So-yon or Seo-yeon, Chi-hun or Ji-hoon. A display word agrees with a whole written word.
 */
function addKoreanSpellings(
  d: NameToken,
  roll: AlignRoll,
  words: readonly Word[],
  out: Option[],
): void {
  const keys = roll.korean ?? [];
  const key = koreanKey(d.text);
  const loose = koreanLooseKey(d.text);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as Word;
    if (word.key === d.key) continue;
    // McCune–Reischauer without breves ("So-yon", "Chong") agrees on the loose key: a variant,
    // so at most likely, like every other spelling.
    const agrees =
      w === roll.family && !word.compound
        ? sameKoreanFamily(d.text, word.text) || sameKoreanFamilyLoose(d.text, word.text)
        : (key.length > 1 && key === keys[w]) ||
          (loose.length > 2 && loose === koreanLooseKey(word.text));
    if (agrees && !out.some((o) => o.mask === word.mask && o.kind === 'variant'))
      addOption(out, word.mask, 'variant', word.text);
  }
}

const VOWEL = /[aeiou]/u;

/** One vowel written for another, nothing else: "hyejin"/"hyejun". */
function isVowelSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff >= 0 && VOWEL.test(a[diff] ?? '') && VOWEL.test(b[diff] ?? '');
}

/**
 * Two Korean given names or syllables of one written one letter apart: Yong-ho and Song-ho, Jae-hyun
 * and Jae-hyung, Seo-yeon and Seo-yeong are other names, not a typo (a slip that makes no Korean
 * name, "Min-jnu", still is). A syllable is a word that two of make a given name ("Jae Won").
 */
function isOtherKoreanName(shown: string, roll: string): boolean {
  return isKoreanNamePiece(shown) && isKoreanNamePiece(roll);
}

function isKoreanNamePiece(text: string): boolean {
  return isKoreanGivenName([text]) || isKoreanGivenName([text, text]);
}

function isGiven(word: number, last: number): boolean {
  return last > 0 ? word < last : word === 0;
}

/**
 * Readings of two given names together: their initials (Jean-Baptiste → JB, Juan Pablo → JP), a
 * syllable of each (María José → Majo, Juan Sebastián → Juanse), or a listed nickname of both
 * (José María → Chema).
 */
function addGivenPairs(
  d: NameToken,
  tokens: readonly NameToken[],
  last: number,
  opts: AlignOptions,
  out: Option[],
): void {
  const key = d.key;
  if (key.length === 3) return;
  const relatives = nicknameRelatives(key);
  for (let j = 0; j + 1 < tokens.length; j++) {
    const a = tokens[j] as NameToken;
    const b = tokens[j + 1] as NameToken;
    if (a.initial || b.initial || !isGiven(a.word, last) || !isGiven(b.word, last)) continue;
    if (j > 0 && a.word > 1) break;
    const mask = (1 << j) | (1 << (j + 1));
    const text = `${a.text} ${b.text}`;
    if (key.length === 2) {
      if (opts.initials && key[0] === a.key[0] && key[1] === b.key[0])
        addOption(out, mask, 'derived', text);
      continue;
    }
    if (relatives.length > 0 && relatives.includes(a.key + b.key)) {
      addOption(out, mask, 'nickname', text);
      continue;
    }
    if (opts.derived !== false && key.length >= 4 && isBlend(key, a.key, b.key))
      addOption(out, mask, 'derived', text);
  }
}

function addConcatenations(key: string, tokens: readonly NameToken[], out: Option[]): void {
  if (key.length < 4) return;
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as NameToken;
    if (a.initial) continue;
    if (key.startsWith(a.key) && key.length > a.key.length) {
      const rest = key.slice(a.key.length);
      for (let j = 0; j < tokens.length; j++) {
        const b = tokens[j] as NameToken;
        if (j === i || b.initial) continue;
        if (rest === b.key) addOption(out, (1 << i) | (1 << j), 'concat', `${a.text}${b.text}`);
        else if (rest.length === 1 && b.key.startsWith(rest))
          addOption(out, (1 << i) | (1 << j), 'concat-initial', `${a.text}${b.text[0]}`, 1 << j);
        else if (j === i + 1 && rest.startsWith(b.key)) {
          const c = tokens[j + 1];
          if (c && !c.initial && rest.slice(b.key.length) === c.key)
            addOption(
              out,
              (1 << i) | (1 << j) | (1 << (j + 1)),
              'concat',
              `${a.text}${b.text}${c.text}`,
            );
        }
      }
    }
    if (key[0] === a.key[0]) {
      const rest = key.slice(1);
      for (let j = 0; j < tokens.length; j++) {
        const b = tokens[j] as NameToken;
        if (j !== i && !b.initial && rest === b.key)
          addOption(out, (1 << i) | (1 << j), 'concat-initial', `${a.text[0]}${b.text}`, 1 << i);
      }
    }
  }
}

/**
 * How much of a word an agreement covers, best first: the number is the rank (0: nothing). Numbers,
 * not names: the aligner's hottest function compares them many times per alignment, and the
 * optimising compiler turns each comparison of two names into string code (classify took it
 * ≈14 ms of background compilation on a cold first match).
 */
const COVER_FULL = 6;
const COVER_NICK = 5;
const COVER_VARIANT = 4;
const COVER_DERIVED = 3;
const COVER_TYPO = 2;
const COVER_INITIAL = 1;
const COVER_NONE = 0;
/**
 * sure 2, likely 1, none 0. A switch: a table keyed by the level's name sees a new key when a new
 * level first turns up, and the optimising compiler throws its code away.
 */
export function levelRank(level: Level): number {
  switch (level) {
    case 'sure':
      return 2;
    case 'likely':
      return 1;
    case 'none':
      return 0;
  }
}

export interface Choice {
  display: number;
  option: Option;
}

interface Search {
  display: readonly NameToken[];
  roll: AlignRoll;
  wordCount: number;
  options: Option[][];
  chosen: Choice[];
  best: Alignment | null;
  bestChoices: Choice[];
}

/** Whether a display word could agree with some word of the roll name (a cheap check before align). */
export function mayAgreeWord(d: NameToken, roll: AlignRoll, opts: AlignOptions): boolean {
  return optionsFor(d, roll, roll.words, opts).length > 0;
}

/** Best agreement of the display words with the roll name, or null when no word agrees. */
export function align(
  display: readonly NameToken[],
  roll: AlignRoll,
  opts: AlignOptions,
): Alignment | null {
  if (display.length === 0 || roll.tokens.length === 0 || roll.tokens.length > MAX_TOKENS)
    return null;
  const words = roll.words;
  const options: Option[][] = [];
  let any = false;
  for (let k = 0; k < display.length; k++) {
    const o = optionsFor(display[k] as NameToken, roll, words, opts);
    any ||= o.length > 0;
    options.push(o);
  }
  if (!any) return null;
  const state: Search = {
    display,
    roll,
    wordCount: words.length,
    options,
    chosen: [],
    best: null,
    bestChoices: [],
  };
  search(state, 0, 0, 0, 0);
  const best: Alignment | null = state.best;
  if (best) best.choices = state.bestChoices;
  return best;
}

function search(
  state: Search,
  i: number,
  used: number,
  extrasFull: number,
  extrasInitial: number,
): void {
  if (i === state.display.length) {
    if (state.chosen.length === 0) return;
    const result = classify(
      state.display,
      state.roll,
      state.wordCount,
      state.chosen,
      extrasFull,
      extrasInitial,
      state.best,
    );
    if (result) {
      state.best = result;
      state.bestChoices = [...state.chosen];
    }
    return;
  }
  const options = state.options[i] ?? [];
  for (let k = 0; k < options.length; k++) {
    const option = options[k] as Option;
    if (option.mask & used) continue;
    state.chosen.push({ display: i, option });
    search(state, i + 1, used | option.mask, extrasFull, extrasInitial);
    state.chosen.pop();
  }
  // A display word may stay unmatched (a middle name the roll lacks); more than one never matches.
  if (state.display[i]?.initial) search(state, i + 1, used, extrasFull, extrasInitial + 1);
  else if (extrasFull === 0) search(state, i + 1, used, 1, extrasInitial);
}

/** Whether an alignment of this level and score beats the best so far. */
function beats(level: Level, score: number, best: Alignment | null): boolean {
  return (
    !best ||
    levelRank(level) > levelRank(best.level) ||
    (level === best.level && score > best.score)
  );
}

/**
 * The alignment the chosen agreements make, or null when it does not beat `best`: most leaves of
 * the search do not, and an object per leaf was a good part of a cold first match's garbage.
 */
function classify(
  display: readonly NameToken[],
  roll: AlignRoll,
  wordCount: number,
  chosen: readonly Choice[],
  extrasFull: number,
  extrasInitial: number,
  best: Alignment | null,
): Alignment | null {
  let given = COVER_NONE;
  let middle = COVER_NONE;
  let surname = COVER_NONE;
  const last = Math.min(roll.family, wordCount - 1);
  let fullParts = 0;
  let typos = 0;
  let derived = 0;
  let nicks = 0;
  let variants = 0;
  let initials = 0;
  let covered = 0;
  for (let k = 0; k < chosen.length; k++) {
    const option = (chosen[k] as Choice).option;
    covered |= option.mask;
    const cover = option.cover;
    fullParts += option.full;
    for (let j = 0; j < roll.tokens.length; j++) {
      if (!((option.mask >> j) & 1)) continue;
      const w = roll.tokens[j]?.word ?? 0;
      const c = (option.initialMask >> j) & 1 ? COVER_INITIAL : cover;
      if (w > 0 && w < last && c > middle) middle = c;
      if (w !== 0 && w < last) continue;
      if (w === 0 && c > given) given = c;
      if (w >= last && last > 0 && c > surname) surname = c;
    }
    // Added on every option (0 or 1), not incremented in branches: an increment that has never
    // run when classify is optimised throws the optimised code away when it first does.
    // The cover names the kind (concat-initial aside, counted by byInitial).
    typos += cover === COVER_TYPO ? 1 : 0;
    variants += cover === COVER_VARIANT ? 1 : 0;
    derived += cover === COVER_DERIVED ? 1 : 0;
    nicks += cover === COVER_NICK ? 1 : 0;
    initials += option.byInitial;
  }
  if (extrasFull > 0 && splitsCompound(display, roll, chosen, covered))
    return best ? null : NO_AGREEMENT(display);

  const plain =
    typos === 0 &&
    derived === 0 &&
    nicks === 0 &&
    variants === 0 &&
    initials === 0 &&
    extrasFull === 0 &&
    extrasInitial === 0;
  const clean = typos === 0 && derived === 0;
  // A name used from the middle of the given names ("Angel" of Maria Angelica) is at most likely.
  const byMiddle = given === COVER_NONE && middle !== COVER_NONE && middle !== COVER_INITIAL;
  const counts = COUNTS;
  counts.typos = typos;
  counts.derived = derived;
  counts.nicks = nicks;
  counts.variants = variants;
  counts.initials = initials;
  counts.fullParts = fullParts;
  counts.extrasFull = extrasFull;
  counts.extrasInitial = extrasInitial;
  counts.clean = clean;
  const decided = decide(display, wordCount, byMiddle ? middle : given, surname, counts);
  // Part of a hyphenated given name ("Jean" or "Paul" of Jean-Paul, "Jun" of Min-jun) may be how
  // the person goes, or another person's whole name: never sure.
  const givenWord = roll.words[0];
  const partOfGiven =
    givenWord !== undefined &&
    givenWord.compound &&
    (covered & givenWord.mask) !== 0 &&
    (covered & givenWord.mask) !== givenWord.mask;
  const level = (byMiddle || partOfGiven) && decided === 'sure' ? 'likely' : decided;
  const partial = level === 'partial';
  const finalLevel = partial ? 'likely' : level;
  // A lower level loses whatever the score: the score (fractions, a number object per step in
  // unoptimised code) is summed only for leaves that may win, in the same order as always.
  if (best && levelRank(finalLevel) < levelRank(best.level)) return null;
  let score = -2 * extrasFull - 0.25 * extrasInitial;
  for (let k = 0; k < chosen.length; k++) score += (chosen[k] as Choice).option.weight;
  for (let j = 0; j < roll.tokens.length; j++) if (!((covered >> j) & 1)) score -= 0.3;
  if (!beats(finalLevel, score, best)) return null;
  return {
    level: finalLevel,
    score,
    plain,
    partial,
    partialKeys: partial ? chosen.map((c) => display[c.display]?.key ?? '') : [],
    partOfGiven,
    choices: [],
    display,
  };
}

function NO_AGREEMENT(display: readonly NameToken[]): Alignment {
  return {
    level: 'none',
    score: -Infinity,
    plain: false,
    partial: false,
    partialKeys: [],
    choices: [],
    display,
  };
}

/**
 * A part of a hyphenated display word left over while its other part agrees with part of a
 * hyphenated roll word: "Jean-Paul" against "Jean-Luc", "Hye-jun" against "Hye-jin". The left-over
 * part is another name, not a middle name the roll lacks; so is a display word left over beside
 * part of a hyphenated given name, the name typed apart ("Jean Luc Martin" against Jean-Paul,
 * "Yong Ho Han" against Song-ho).
 */
function splitsCompound(
  display: readonly NameToken[],
  roll: AlignRoll,
  chosen: readonly Choice[],
  covered: number,
): boolean {
  // Indexed loops, no array callbacks: the optimising compiler's work on inlined callbacks and
  // iterators cost a cold first match more than the loops do.
  for (let c = 0; c < chosen.length; c++) {
    const choice = chosen[c] as Choice;
    if (!leavesPart(roll, choice.option.mask, covered)) continue;
    const i = choice.display;
    const word = display[i]?.word;
    let siblings = 0;
    for (let k = 0; k < display.length; k++)
      if (k !== i && (display[k] as NameToken).word === word) siblings++;
    let chosenHere = 0;
    for (let m = 0; m < chosen.length; m++)
      if (display[(chosen[m] as Choice).display]?.word === word) chosenHere++;
    if (siblings > 0 && chosenHere !== siblings + 1) return true;
    if (typedApart(display, roll, chosen, choice, covered)) return true;
  }
  return false;
}

/**
 * One part of a hyphenated given name agrees, and the display word beside it, on the side of the
 * part nothing covers, agrees with nothing: the name typed apart, with another part ("Jean Luc"
 * for Jean-Paul). A word left over beside part of a double family name may be a middle name.
 */
function typedApart(
  display: readonly NameToken[],
  roll: AlignRoll,
  chosen: readonly Choice[],
  choice: Choice,
  covered: number,
): boolean {
  const mask = choice.option.mask;
  if ((mask & (mask - 1)) !== 0) return false;
  const j = 31 - Math.clz32(mask);
  const token = roll.tokens[j];
  if (!token || !isGiven(token.word, roll.family)) return false;
  const i = choice.display;
  const word = display[i]?.word;
  const before = roll.tokens[j - 1];
  const after = roll.tokens[j + 1];
  return (
    (before?.word === token.word &&
      !((covered >> (j - 1)) & 1) &&
      isLeftOver(display, chosen, i - 1, word)) ||
    (after?.word === token.word &&
      !((covered >> (j + 1)) & 1) &&
      isLeftOver(display, chosen, i + 1, word))
  );
}

/** The option covers part of a hyphenated roll word, and nothing covers the rest. */
function leavesPart(roll: AlignRoll, mask: number, covered: number): boolean {
  for (let w = 0; w < roll.words.length; w++) {
    const rw = roll.words[w] as Word;
    if (rw.compound && rw.mask & mask && (rw.mask & covered) !== rw.mask) return true;
  }
  return false;
}

/** Display token k is a written word of its own (not of `word`) that agrees with nothing. */
function isLeftOver(
  display: readonly NameToken[],
  chosen: readonly Choice[],
  k: number,
  word: number | undefined,
): boolean {
  const t = display[k];
  if (!t || t.initial || t.word === word) return false;
  for (let m = 0; m < chosen.length; m++) if ((chosen[m] as Choice).display === k) return false;
  return true;
}

const REASON: Readonly<Record<Exclude<Agreement, 'exact'>, ReasonCode>> = {
  concat: 'joined',
  nickname: 'nickname',
  variant: 'spelling',
  derived: 'short-form',
  typo: 'typo',
  initial: 'initial',
  'concat-initial': 'joined-initial',
};

/** Reasons for an alignment, as codes ("nickname" with shown Bob, roll Robert). */
export function explain(alignment: Alignment): MatchReason[] {
  const { display, choices: chosen } = alignment;
  if (alignment.level === 'none') return [];
  const out: MatchReason[] = [];
  // Counted in indexed loops, not filtered copies: explain runs for every matched name of a cold
  // first match, unoptimised.
  let chosenWords = 0;
  for (let c = 0; c < chosen.length; c++) {
    const { display: i, option } = chosen[c] as Choice;
    if (option.kind !== 'exact')
      out.push(
        reason(REASON[option.kind], { shown: display[i]?.text ?? '', roll: option.rollText }),
      );
    if (!display[i]?.initial) chosenWords++;
  }
  let words = 0;
  for (let k = 0; k < display.length; k++) if (!(display[k] as NameToken).initial) words++;
  if (chosenWords < words) out.push(reason('extra-word'));
  if (alignment.partial || alignment.partOfGiven === true) out.push(reason('partial'));
  if (alignment.crossScript) out.push(reason('transliterated'));
  return out;
}

interface Counts {
  typos: number;
  derived: number;
  nicks: number;
  variants: number;
  initials: number;
  fullParts: number;
  extrasFull: number;
  extrasInitial: number;
  clean: boolean;
}

// classify's counts for decide, filled in place for each leaf of the search: decide reads them
// at once and keeps nothing, and an object per leaf was garbage on a cold first match.
const COUNTS: Counts = {
  typos: 0,
  derived: 0,
  nicks: 0,
  variants: 0,
  initials: 0,
  fullParts: 0,
  extrasFull: 0,
  extrasInitial: 0,
  clean: false,
};

/** The level an agreement pattern earns ('partial' = likely, on part of the name only). */
function decide(
  display: readonly NameToken[],
  wordCount: number,
  given: number,
  surname: number,
  n: Counts,
): Level | 'partial' {
  const { typos, derived, nicks, variants, initials, fullParts, extrasFull, extrasInitial, clean } =
    n;
  if (wordCount === 1) {
    return clean && nicks === 0 && initials === 0 && extrasFull === 0 && fullParts > 0
      ? 'partial'
      : 'none';
  }
  if (
    (given === COVER_FULL || given === COVER_NICK) &&
    surname === COVER_FULL &&
    clean &&
    extrasFull === 0
  )
    return variants === 0 ? 'sure' : 'likely';
  if (extrasFull === 0 && typos + derived + variants >= 1 && typos + derived <= 1) {
    const givenOk =
      given === COVER_FULL ||
      given === COVER_NICK ||
      given === COVER_VARIANT ||
      given === COVER_TYPO ||
      given === COVER_DERIVED;
    const surnameOk =
      surname === COVER_FULL ||
      surname === COVER_VARIANT ||
      (surname === COVER_TYPO && given === COVER_FULL);
    if (givenOk && surnameOk) return 'likely';
  }
  if (clean && extrasFull === 0 && given === COVER_FULL && surname === COVER_INITIAL)
    return 'likely';
  // A nickname, short form or other spelling of the given name with the surname's initial
  // ("Bex H." for Rebecca H., "Tom G." for Tommy G.): the roll often holds only the initial.
  if (
    typos === 0 &&
    derived <= 1 &&
    extrasFull === 0 &&
    surname === COVER_INITIAL &&
    (given === COVER_NICK || given === COVER_DERIVED || given === COVER_VARIANT)
  )
    return 'likely';
  // The given name alone, as a nickname or other spelling ("Debbie" for Deborah Klein): partial.
  if (
    display.length === 1 &&
    typos === 0 &&
    extrasFull === 0 &&
    surname === COVER_NONE &&
    (given === COVER_NICK ||
      given === COVER_VARIANT ||
      (given === COVER_DERIVED && (display[0]?.key.length ?? 0) >= 4))
  )
    return 'partial';
  if (
    clean &&
    extrasFull === 0 &&
    given === COVER_INITIAL &&
    surname === COVER_FULL &&
    display.some((d) => !d.initial)
  ) {
    return 'likely';
  }
  if (
    clean &&
    extrasFull === 1 &&
    (given === COVER_FULL || given === COVER_NICK) &&
    surname === COVER_FULL
  )
    return 'likely';
  if (
    clean &&
    extrasFull === 0 &&
    nicks === 0 &&
    initials === 0 &&
    extrasInitial === 0 &&
    fullParts > 0
  ) {
    return 'partial';
  }
  return 'none';
}

function coverOf(kind: Agreement): number {
  switch (kind) {
    case 'exact':
    case 'concat':
    case 'concat-initial':
      return COVER_FULL;
    case 'nickname':
      return COVER_NICK;
    case 'variant':
      return COVER_VARIANT;
    case 'derived':
      return COVER_DERIVED;
    case 'typo':
      return COVER_TYPO;
    case 'initial':
      return COVER_INITIAL;
  }
}
