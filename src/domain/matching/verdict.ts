/**
 * Scoring: what a display name alone says about the roll (before claims and duplicates): a unique
 * best candidate or abstain, impostors by look-alike letters, e-mails and handles as evidence.
 */
import {
  analyseDisplayName,
  isCommonLetter,
  isSuspicious,
  latinLookalikes,
  mayHoldDigit,
  skeleton,
  tokenise,
  type DisplayName,
  type NameToken,
  isPrintableAscii,
} from '../text';
import {
  explain,
  levelRank,
  type AlignOptions,
  type Alignment,
  type Choice,
  type Level,
} from './align';
import { idOf, rank, rankSkeletons, type Scored } from './candidates';
import { reason, type MatchReason } from './reasons';
import type { RollIndex } from './roll-index';
import type { MatchFlag, RosterEntry } from './types';

/** What the name alone says, before claims and duplicates. */
export interface Verdict {
  rollId: string | null;
  confidence: Level;
  flags: MatchFlag[];
  reasons: MatchReason[];
  candidates: string[];
  /** How strong the claim on the entry is when two participants want it (see STRENGTH). */
  strength: number;
}

/**
 * Claim strengths, strongest first: an e-mail Zoom vouches for beats any name; the name exactly as
 * on the roll beats one read through a nickname, spelling, initial or another alphabet (both sure);
 * then a device name or a full name read loosely (likely); then part of a name or a handle.
 */
const STRENGTH = { vouched: 5, exact: 4, sure: 3, loose: 2, partial: 1 } as const;

function none(flags: MatchFlag[], reasons: MatchReason[], candidates: string[] = []): Verdict {
  return { rollId: null, confidence: 'none', flags, reasons, candidates, strength: 0 };
}

/** What one display name (and a Zoom-shared e-mail) says about the roll, host unlinks left out. */
export function judge(
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

  const chosen = select(index, ranked, unlinked);
  if (byEmail.length === 1) {
    // Anyone can type an address: it is evidence, not proof, unless the name says so too.
    const rollId = idOf(index, byEmail[0] ?? 0);
    if (chosen.rollId === rollId && chosen.confidence === 'sure') return chosen;
    return {
      ...emailVerdict(rollId, 'roll-email'),
      confidence: 'likely',
      strength: STRENGTH.loose,
    };
  }
  // A name that already found its entry (sure, or likely through a short form) needs no look-alike
  // search; one that found nobody, or several, or found one through a typo or with a digit inside
  // a word, with a word no roll entry has, does: "Daniel 0kafor", "lngrid" and "Pr1ya" are a typo
  // or a spelling away from the roll name and equal to it read by skeleton or with the digit read
  // as the letter it resembles: a look-alike character, not a slip of the hand.
  const byTypo =
    chosen.confidence === 'likely' &&
    (chosen.reasons.some(isLookalikeTypo) || name.variants.some((v) => hasDigitInWord(v.text)));
  if ((chosen.rollId === null || byTypo) && !everyWordOnRoll(index, name)) {
    const normal = new Map<number, number>();
    for (const s of ranked) normal.set(s.record, levelRank(s.alignment.level));
    // Every word equal by skeleton (or a listed nickname: "Pekka Korh0nen" for Petri Korhonen) yet
    // the plain reading agrees less: a confusable letter did the work. Sure allows no typo or
    // short form.
    const lookalikes = [
      ...rankSkeletons(index, opts, name, unlinked, false),
      ...rank(index, opts, digitsAsLetters(name), unlinked, -1),
    ].filter(
      (s) =>
        (s.alignment.plain || s.alignment.level === 'sure') &&
        levelRank(s.alignment.level) > (normal.get(s.record) ?? 0),
    );
    if (lookalikes.length > 0) {
      return none(
        ['impostor'],
        [reason('lookalike')],
        [...new Set(lookalikes.map((s) => idOf(index, s.record)))],
      );
    }
  }
  if (name.device && chosen.rollId) {
    chosen.reasons.push(reason('device-removed'));
    chosen.strength = Math.min(chosen.strength, STRENGTH.loose);
  }
  return chosen.confidence === 'sure' ? chosen : byHandle(index, entry, chosen, unlinked);
}

/**
 * A typo whose two words have one skeleton ("0kafor"/"Okafor", "lngrid"/"Ingrid"): worth the full
 * look-alike search. Most typos are not, and that search costs as much as the match.
 */
function isLookalikeTypo(r: MatchReason): boolean {
  if (r.code !== 'typo') return false;
  const shown = r.params?.shown ?? '';
  const roll = r.params?.roll ?? '';
  return (
    skeleton(shown) === skeleton(roll) ||
    skeleton(shown.toLowerCase()) === skeleton(roll.toLowerCase())
  );
}

const DIGIT_IN_WORD = /\p{L}\p{Nd}|\p{Nd}\p{L}/u;
// DIGIT_IN_WORD for printable ASCII, whose letters and digits are these: no Unicode classes to compile.
const DIGIT_IN_WORD_ASCII = /[A-Za-z][0-9]|[0-9][A-Za-z]/;

/** A digit beside a letter ("Pr1ya"); the Unicode pattern only for other text that may hold a digit. */
function hasDigitInWord(text: string): boolean {
  if (!mayHoldDigit(text)) return false;
  return (isPrintableAscii(text) ? DIGIT_IN_WORD_ASCII : DIGIT_IN_WORD).test(text);
}
// Digits written for the letters they resemble ("Pr1ya", "R0ssi", "Ka7e"); UTS #39 reads 1 as l
// only, and 3, 4, 5, 7 as nothing.
const DIGIT_LETTERS: Readonly<Record<string, readonly string[]>> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '8': ['b'],
  '9': ['g'],
};

/** Readings of a name with digits inside words read as letters; none when no word mixes them. */
function digitsAsLetters(name: DisplayName): NameToken[][] {
  const out: NameToken[][] = [];
  for (const v of name.variants) {
    if (!hasDigitInWord(v.text)) continue;
    for (const pick of [0, 1])
      out.push(
        tokenise(
          v.text.replace(/[0-9]/gu, (d) => DIGIT_LETTERS[d]?.[pick] ?? DIGIT_LETTERS[d]?.[0] ?? d),
        ),
      );
  }
  return out;
}

const HANDLE = /^[\p{L}\p{N}._+-]+$/u;

/**
 * HANDLE.test(text), reading ASCII (whose letters and digits are [A-Za-z0-9]) and the common
 * letters from the code units: the pattern's Unicode classes are compiled only for other text.
 */
function isHandle(text: string): boolean {
  let known = text.length > 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) known &&= isCommonLetter(c);
    else if (!HANDLE_ASCII_CHARS.includes(text[i] as string)) return false;
  }
  return known || HANDLE.test(text);
}
const HANDLE_ASCII_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-';

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
  if (handle.length < 3 || !isHandle(handle)) return chosen;
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
    strength: Math.max(STRENGTH.partial, chosen.strength),
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
    strength: STRENGTH.vouched,
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

function claimStrength(level: Level, a: Alignment): number {
  if (level === 'sure') return a.plain && !a.crossScript ? STRENGTH.exact : STRENGTH.sure;
  return a.partial ? STRENGTH.partial : STRENGTH.loose;
}

const CLEAR_MARGIN = 1;
const TIE = 0.25;

/**
 * A name whose only written word is one entry's given name as written ("Tom B.", "Tom": Tom Baker)
 * and another's through a listed nickname or spelling (Thomas Brown; Muhammad Ahmed for "Mohammed
 * A."), its initials fitting both about as well: the written word's rarity is no evidence between
 * them, so they tie as two nicknames would. A surname written out decides instead ("Tom Baker").
 * A hyphenated given name counts as one word, whether read in parts or joined ("Ji-hoon P.").
 */
function isNicknameTie(a: Alignment, b: Alignment): boolean {
  const top = writtenGiven(a);
  const rival = writtenGiven(b);
  if (top === null || rival === null || top.kind !== GIVEN_EXACT || rival.kind !== GIVEN_SPELLED)
    return false;
  return a.score - top.weight - (b.score - rival.weight) < CLEAR_MARGIN;
}

const GIVEN_EXACT = 1;
const GIVEN_SPELLED = 2;
const GIVEN_OTHER = 0;

/**
 * How the given name agreed in a name otherwise made of initials ("Tom B.", "Tom", "Ji-hoon P."):
 * GIVEN_EXACT when every part of it as written, GIVEN_SPELLED when some part through a nickname or
 * spelling and the rest as written, with the weight those agreements add; null for other names.
 */
function writtenGiven(a: Alignment): { kind: number; weight: number } | null {
  const first = a.display[0] as NameToken;
  if (first.initial) return null;
  for (let i = 1; i < a.display.length; i++) {
    const t = a.display[i] as NameToken;
    if (!t.initial && t.word !== first.word) return null;
  }
  let kind = GIVEN_EXACT;
  let weight = 0;
  let found = false;
  for (let c = 0; c < a.choices.length; c++) {
    const choice = a.choices[c] as Choice;
    if ((a.display[choice.display] as NameToken).word !== first.word) continue;
    found = true;
    weight += choice.option.weight;
    const k = choice.option.kind;
    if (k === 'nickname' || k === 'variant') {
      if (kind === GIVEN_EXACT) kind = GIVEN_SPELLED;
    } else if (k !== 'exact') kind = GIVEN_OTHER;
  }
  return found ? { kind, weight } : null;
}

/**
 * A name whose only written word is the top entry's family name as written, its given name at most
 * an initial ("J. Baker", "Dr Baker", "Baker"): the entries whose family name is another spelling
 * or one typo after the first letter from it and whose given name fits the initials (Jane Bakker
 * beside John Baker). Nothing written tells them apart: the surname shown may be either one's,
 * slipped once. A given name written out decides ("John Baker"); a first letter does too ("Mrs
 * Wehner" is not Lehner). Empty for other names (most: the pattern is checked
 * first).
 */
function surnameRivals(index: RollIndex, top: Scored, unlinked: ReadonlySet<string>): number[] {
  const a = top.alignment;
  const record = index.records[top.record];
  if (!record) return [];
  const family = record.name.family;
  let written: NameToken | null = null;
  for (let c = 0; c < a.choices.length; c++) {
    const { display, option } = a.choices[c] as Choice;
    const d = a.display[display] as NameToken;
    if (d.initial) continue;
    if (written || option.kind !== 'exact') return [];
    for (let j = 0; j < record.tokens.length; j++)
      if ((option.mask >> j) & 1 && (record.tokens[j] as NameToken).word < family) return [];
    written = d;
  }
  if (!written) return [];
  for (let i = 0; i < a.display.length; i++) {
    const d = a.display[i] as NameToken;
    if (!d.initial && d !== written) return [];
  }
  const near = index.byNearFamily(written.key);
  const out: number[] = [];
  for (let n = 0; n < near.length; n++) {
    const r = near[n] as number;
    const rival = index.records[r];
    if (r === top.record || !rival || unlinked.has(rival.entry.id)) continue;
    if (initialsFitGiven(a.display, rival.tokens, rival.name.family)) out.push(r);
  }
  return out;
}

/** Every initial shown starts a given-name word of the entry. */
function initialsFitGiven(
  display: readonly NameToken[],
  tokens: readonly NameToken[],
  family: number,
): boolean {
  for (let i = 0; i < display.length; i++) {
    const d = display[i] as NameToken;
    if (!d.initial) continue;
    let fits = false;
    for (let j = 0; j < tokens.length && !fits; j++) {
      const t = tokens[j] as NameToken;
      fits = t.word < family && t.key.startsWith(d.key);
    }
    if (!fits) return false;
  }
  return true;
}

/** Unique best candidate or abstain. */
function select(
  index: RollIndex,
  ranked: readonly Scored[],
  unlinked: ReadonlySet<string>,
): Verdict {
  const matches = ranked.filter((s) => s.alignment.level !== 'none');
  const top = matches[0];
  // No reason: the panel words "nobody fits" itself (translated).
  if (!top) return none([], []);
  const a = top.alignment;
  const rivals = matches.slice(1);
  const sameLevel = rivals.filter((s) => s.alignment.level === a.level);
  // A nickname or other reading that fits a second entry nearly as well (Jen: Jennifer or Jenna
  // Hall) decides nothing, whatever level each reached; nor does a given name that one entry has
  // as written and another as a nickname when the initials beside it fit both ("Tom B.": Tom Baker
  // or Thomas Brown).
  const ambiguous =
    (a.partial && a.partialKeys.length === 1 && index.count(a.partialKeys[0] ?? '') > 1) ||
    sameLevel.some(
      (s) => a.score - s.alignment.score < (a.level === 'sure' ? TIE : CLEAR_MARGIN),
    ) ||
    (!a.plain && rivals.some((s) => a.score - s.alignment.score < CLEAR_MARGIN)) ||
    sameLevel.some((s) => isNicknameTie(a, s.alignment));
  if (ambiguous) {
    return none(
      ['ambiguous'],
      [reason('ambiguous')],
      matches.slice(0, 5).map((s) => idOf(index, s.record)),
    );
  }
  const near = a.level === 'likely' ? surnameRivals(index, top, unlinked) : [];
  if (near.length > 0) {
    return none(
      ['ambiguous'],
      [reason('ambiguous')],
      [top.record, ...near].slice(0, 5).map((r) => idOf(index, r)),
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
    strength: claimStrength(level, a),
  };
}
