import { hasLetter, isPrintableAscii } from './char-class';
import {
  emailIn,
  isBareDevice,
  isBotName,
  isDialIn,
  personInDevicePhrase,
  stripPostnominals,
  stripPronouns,
  stripTitle,
} from './name-patterns';
import { nameToken, tokenise, type NameToken } from './tokens';
import { transliterateName, transliterateNames } from './transliterate';
import {
  narrowFullwidth,
  stripEmoji,
  stripHidden,
  unicodeSignals,
  visualOrder,
  type UnicodeSignals,
} from './unicode';
import { analysedPart } from './name-limit';
import { isKoreanFamilyFirst } from './korean-latin';
import { isEastAsianFamilyFirst } from './east-asian-order';
import { isCapitalFamilyFirst, isVietnameseMarker } from '../privacy/name-order';
import { iberianFamilyStart } from './iberian-surnames';

export type NameKind = 'person' | 'bot' | 'dial-in' | 'device';

/**
 * Where a reading of the name comes from: the whole name, one separated part, the bidi display
 * order, an e-mail, or the Latin reading of a name written wholly in Cyrillic, Greek or kana.
 */
export type VariantSource = 'whole' | 'segment' | 'visual' | 'email' | 'script';

/** One way to read the name. */
export interface NameVariant {
  source: VariantSource;
  tokens: NameToken[];
  /** The cleaned text the tokens come from (skeletons are computed on it). */
  text: string;
}

/** A display name, cleaned and read every sensible way. */
export interface DisplayName {
  raw: string;
  kind: NameKind;
  signals: UnicodeSignals;
  /** Lower-cased address when the whole name is an e-mail address. */
  email: string | null;
  /** A title (Dr, Mrs…) stood before the name. */
  title: boolean;
  /** A device phrase ("Jane's iPhone") was taken off. */
  device: boolean;
  /** Readings, the whole name first; empty when nothing name-like is left. */
  variants: NameVariant[];
}

/** A roll name, cleaned the same way as display names. */
export interface RollName {
  tokens: NameToken[];
  /** The cleaned text the tokens come from. */
  text: string;
  /** Given-name alternatives written on the roll: "Robert (Bob) Smith" → ["bob"]. */
  aliases: string[];
  /** The tokens are the Latin reading of a name written in another script. */
  transliterated: boolean;
  /**
   * Index of the first family-name word when the roll says which words those are ("García Rojas,
   * Juan Sebastián" → 2); null when only the order of the words tells.
   */
  familyFrom: number | null;
}

const SPACES = /\s+/gu;
const DOUBLE_SPACE = /\s\s|[^\S ]/u;
const SEPARATORS = /\s+[|•·–—-]\s+|\s*[|]\s*|\s+@\s+|\s*,\s*|\s+\/\s+|\s*::\s*|\s+[–—]|[–—]\s+/u;
// Every separator has one of these characters (or is a spaced hyphen); most names have none.
const SEPARATOR_HINT = /[|•·–—@,/:]| - /u;
const BRACKETS = /[([{]([^)\]}]*)[)\]}]/gu;
const SHARED = /^(\p{L}[\p{L}\p{M}'’-]*)\s+(?:&|\+|and|y|e|et|und|en|dan|at)\s+\p{L}/iu;
// What SHARED needs, without its Unicode letter classes (≈1.5 ms to compile and run on a cold first
// match): the joining word between spaces. Its letters have no other case-insensitive match.
const SHARED_HINT = /\s(?:&|\+|and|y|e|et|und|en|dan|at)\s/i;

function collapse(text: string): string {
  return DOUBLE_SPACE.test(text) ? text.replace(SPACES, ' ').trim() : text.trim();
}

function visibleText(text: string): string {
  if (isPrintableAscii(text)) return collapse(text);
  return collapse(narrowFullwidth(stripHidden(text)).normalize('NFC'));
}

interface Reading {
  variants: NameVariant[];
  title: boolean;
  device: boolean;
}

function readPerson(text: string, source: 'whole' | 'visual'): Reading {
  let title = false;
  let device = false;
  const variants: NameVariant[] = [];
  const base = collapse(stripPronouns(text));
  const people = personInDevicePhrase(base);
  if (people) device = true;
  for (const person of people ?? [base]) {
    const segments: string[] = [];
    let main = stripPostnominals(person);
    if (/[([{]/u.test(main)) {
      main = collapse(
        main.replace(BRACKETS, (_m, inner: string) => {
          segments.push(inner);
          return ' ';
        }),
      );
    }
    const parts = SEPARATOR_HINT.test(main)
      ? main
          .split(SEPARATORS)
          .map(collapse)
          .filter((p) => hasLetter(p))
      : [main];
    const cleaned = parts.map((part) => {
      const stripped = stripTitle(part);
      title ||= stripped.title;
      return stripped.text;
    });
    const wholeText = cleaned.join(' ');
    const whole = tokenise(wholeText);
    if (whole.length > 0) variants.push({ source, tokens: whole, text: wholeText });
    // A shared device ("Siobhan & Dave", "Rosa y Tomás"): the first person named is a reading too.
    const pair = SHARED_HINT.test(wholeText) ? SHARED.exec(wholeText) : null;
    if (pair?.[1]) {
      const tokens = tokenise(pair[1]);
      if (tokens.length > 0) variants.push({ source, tokens, text: pair[1] });
    }
    // Romanised given names spaced differently ("Yu Hang Chen" for the roll's "Yuhang Chen").
    if (whole.length === 3 && whole[2]?.word === 2) {
      for (let i = 0; i + 1 < whole.length; i++) {
        const a = whole[i] as NameToken;
        const b = whole[i + 1] as NameToken;
        if (a.initial || b.initial || a.key.length > 4 || b.key.length > 4) continue;
        const joined = nameToken(a.key + b.key, null, false, a.word, a.text + b.text.toLowerCase());
        const tokens = [...whole.slice(0, i), joined, ...whole.slice(i + 2)].map((t, k) =>
          k > i ? nameToken(t.key, t.alt, t.initial, t.word - 1, t.text) : t,
        );
        variants.push({ source, tokens, text: wholeText });
      }
    }
    const joined = joinHyphenated(whole);
    if (joined) variants.push({ source, tokens: joined, text: wholeText });
    const prefixed = joinPrefixes(whole);
    if (prefixed) variants.push({ source, tokens: prefixed, text: wholeText });
    const english = segments.length === 1 ? englishNameOf(cleaned, segments[0] ?? '') : null;
    if (english) variants.push({ source: 'segment', tokens: tokenise(english), text: english });
    if (cleaned.length + segments.length > 1) {
      for (const part of [...cleaned, ...segments.map((s) => stripTitle(collapse(s)).text)]) {
        const tokens = tokenise(part);
        // A part on its own must look like a full name: one shared word is how strangers collide.
        if (tokens.length >= 2 && part !== wholeText)
          variants.push({ source: 'segment', tokens, text: part });
      }
    }
  }
  return { variants, title, device };
}

// A capitalised word ("David"), not a tag in capitals ("NHS") or pronouns.
const ENGLISH_NAME = /^[A-Z][a-z]+$/;

/**
 * "Zhang Wei (David)" read as "David Zhang": a Chinese or Vietnamese name written family name first
 * with a one-word English given name in brackets, which people go by; null for any other name.
 */
function englishNameOf(cleaned: readonly string[], segment: string): string | null {
  const alias = segment.trim();
  if (cleaned.length !== 1 || !ENGLISH_NAME.test(alias)) return null;
  const words = (cleaned[0] ?? '').split(' ');
  if (!isEastAsianFamilyFirst(words)) return null;
  return `${alias} ${words[0] ?? ''}`;
}

/** Cleans a display name and reads it: kind (bot, dial-in, device), Unicode signals, name variants. */
export function analyseDisplayName(raw: string): DisplayName {
  return memo(displayMemo, raw, readDisplayName);
}

/**
 * Cleans a roll name like a display name; "Doe, Jane" becomes "Jane Doe". `family`, the roll's
 * family-name column, says which words are the family name when they are in the name: "Juan
 * Rodríguez Oyarzún" with family "Rodríguez Oyarzún" goes by Rodríguez; "山田 太郎" with family 山田 is
 * read given name first. A family column the name does not hold changes nothing.
 */
export function analyseRollName(name: string, family?: string): RollName {
  const base = memo(rollMemo, name, readRollName);
  if (!family?.trim()) return base;
  return memo(rollFamilyMemo, `${name}\u0000${family}`, () => withFamilyColumn(base, family));
}

/** The written words of a token list, each as the joined keys of its tokens. */
function wordKeyList(tokens: readonly NameToken[]): string[] {
  const keys: string[] = [];
  for (const t of tokens) keys[t.word] = (keys[t.word] ?? '') + t.key;
  return keys.map((k) => k ?? '');
}

function sameRun(words: readonly string[], from: number, run: readonly string[]): boolean {
  return run.every((key, i) => words[from + i] === key);
}

/**
 * A roll name read with its family-name column: the family words at the end set where the family
 * name starts; at the start (East Asian order) they are moved to the end, as the aligner reads
 * every name given name first.
 */
function withFamilyColumn(base: RollName, family: string): RollName {
  const familyWords = wordKeyList(memo(rollMemo, family, readRollName).tokens);
  const words = wordKeyList(base.tokens);
  const n = familyWords.length;
  if (n === 0 || n >= words.length || familyWords.some((k) => k === '')) return base;
  const from = words.length - n;
  if (sameRun(words, from, familyWords))
    return base.familyFrom === from ? base : { ...base, familyFrom: from };
  if (!sameRun(words, 0, familyWords)) return base;
  const given = base.tokens.filter((t) => t.word >= n);
  const last = base.tokens.filter((t) => t.word < n);
  const tokens = [...given, ...last].map((t) =>
    nameToken(t.key, t.alt, t.initial, t.word >= n ? t.word - n : t.word + from, t.text),
  );
  const text = [...given, ...last]
    .filter((t, i, all) => all[i - 1]?.word !== t.word)
    .map((t) => wholeWordText(base.tokens, t.word))
    .join(' ');
  return { ...base, tokens, text, familyFrom: from };
}

function wholeWordText(tokens: readonly NameToken[], word: number): string {
  return tokens
    .filter((t) => t.word === word)
    .map((t) => t.text)
    .join('-');
}

// Both readings are pure functions of the text, so they are kept across matchers (a new roll or a
// re-import builds a new matcher; the names in the meeting stay the same). Callers never mutate them.
const MEMO_LIMIT = 20_000;
const displayMemo = new Map<string, DisplayName>();
const rollMemo = new Map<string, RollName>();
const rollFamilyMemo = new Map<string, RollName>();

function memo<T>(cache: Map<string, T>, key: string, read: (text: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = read(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function readDisplayName(raw: string): DisplayName {
  const noEmoji = stripEmoji(analysedPart(raw).normalize('NFC'), ' · ');
  const signals = unicodeSignals(noEmoji);
  const text = visibleText(noEmoji);
  const base: DisplayName = {
    raw,
    kind: 'person',
    signals,
    email: null,
    title: false,
    device: false,
    variants: [],
  };
  if (isBotName(text)) return { ...base, kind: 'bot' };
  if (isDialIn(text)) return { ...base, kind: 'dial-in' };
  if (isBareDevice(text)) return { ...base, kind: 'device' };
  const email = emailIn(text);
  if (email) {
    const local = (email.split('@')[0] ?? '').replace(/\d+/gu, ' ').replace(/[._+-]+/gu, ' ');
    const tokens = tokenise(local);
    return {
      ...base,
      email,
      variants: tokens.length > 0 ? [{ source: 'email', tokens, text: local }] : [],
    };
  }
  const reading = readPerson(text, 'whole');
  // Readings are made of the text's own characters: printable ASCII holds no other script.
  if (!signals.mixedScript && !isPrintableAscii(text)) {
    // The whole name in one other script, or its name part once pronouns, tags and Latin
    // organisation parts are set aside ("Дмитрий Иванов (he/him)", "Γιώργος Π. - Acme").
    const read = new Set<string>();
    for (const source of [text, ...reading.variants.map((v) => v.text)]) {
      if (read.has(source)) continue;
      read.add(source);
      for (const latin of transliterateNames(source) ?? []) {
        for (const v of readPerson(latin, 'whole').variants)
          reading.variants.push({ ...v, source: 'script' });
      }
    }
  }
  if (signals.bidi) {
    const shown = visibleText(visualOrder(noEmoji));
    if (shown !== text) reading.variants.push(...readPerson(shown, 'visual').variants);
  }
  return { ...base, title: reading.title, device: reading.device, variants: reading.variants };
}

const LAST_FIRST = /^([^,]+),\s*([^,]+)$/u;
const ALIAS = /[([{“"'‘]\s*(\p{L}[\p{L}\p{M}-]*)\s*[)\]}”"'’]/gu;
const ALIAS_HINT = /[([{“"'‘]/;

function readRollName(name: string): RollName {
  let text = stripTitle(stripPostnominals(visibleText(stripEmoji(name.normalize('NFC'))))).text;
  const latin = transliterateName(text);
  if (latin) text = latin;
  const aliases: string[] = [];
  // Most roll names hold no quote or bracket and no comma: their patterns are never compiled.
  if (ALIAS_HINT.test(text)) {
    text = text.replace(ALIAS, (_m, alias: string) => {
      aliases.push(...tokenise(alias).map((t) => t.key));
      return ' ';
    });
  }
  text = collapse(text);
  const lastFirst = text.includes(',') ? LAST_FIRST.exec(text) : null;
  let familyFrom: number | null = null;
  if (lastFirst?.[1] && lastFirst[2]) {
    text = `${lastFirst[2]} ${lastFirst[1]}`;
    const given = tokenise(lastFirst[2]);
    const words = given.length > 0 ? (given.at(-1)?.word ?? 0) + 1 : 0;
    if (words > 0 && tokenise(lastFirst[1]).length > 0) familyFrom = words;
  } else {
    // A Korean name written family name first ("Kim Min-jun", or 김민준 read in Latin letters).
    let words = text.split(' ');
    if (isKoreanFamilyFirst(words)) {
      text = `${words.slice(1).join(' ')} ${words[0] ?? ''}`;
      familyFrom = words.length - 1;
    } else {
      // "ZHANG Wei", "DUPONT Jean-Marc": the family name in capitals, written first; "Zhang Wei
      // (David)": an English given name in brackets after a Chinese or Vietnamese name.
      if (isCapitalFamilyFirst(words) || (aliases.length > 0 && isEastAsianFamilyFirst(words))) {
        words = [...words.slice(1), words[0] ?? ''];
        familyFrom = words.length - 1;
      }
      // "Thị Hương Trần" (a given-name column that starts with Thị or Văn): those mark the name and
      // are never the name people use, so the next word is read as the given name.
      if (
        words.length >= 3 &&
        isVietnameseMarker(words[0] ?? '', [words.at(-1) ?? '']) &&
        !isVietnameseMarker(words[1] ?? '', [words.at(-1) ?? ''])
      )
        words = [words[1] ?? '', words[0] ?? '', ...words.slice(2)];
      text = words.join(' ');
    }
  }
  const tokens = tokenise(text);
  // Two Spanish or Portuguese family names: "Sebastián Gómez Ruiz" goes by Gómez.
  if (familyFrom === null && tokens.length >= 3) familyFrom = iberianFamilyStart(wordTexts(tokens));
  return { tokens, text, aliases, transliterated: latin !== null, familyFrom };
}

/** The written words of a token list ("Ana-Luisa" one word). */
function wordTexts(tokens: readonly NameToken[]): string[] {
  const words: string[] = [];
  for (const t of tokens)
    words[t.word] = words[t.word] === undefined ? t.text : `${words[t.word]}-${t.text}`;
  return words.map((w) => w ?? '');
}

// Words written apart or together: Mc Donald/McDonald, O Brien/OBrien, De Souza/DeSouza, Abdul
// Rahman/Abdulrahman, Abu Bakr/Abubakr, Nur Aina/Nuraina.
const JOINED_PREFIXES = new Set(
  'mc mac fitz o de di da du van von le la st al el abd abdul abdel abdal abdol abdur abu abou nur noor'.split(
    ' ',
  ),
);

/** A prefix written apart read joined to the next word too ("Abdul Rahman" → "Abdulrahman"). */
function joinPrefixes(tokens: readonly NameToken[]): NameToken[] | null {
  let out: NameToken[] | null = null;
  let shift = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    const next = tokens[i + 1];
    const alone = tokens[i - 1]?.word !== t.word && next !== undefined && next.word !== t.word;
    if (alone && !next.initial && tokens[i + 2]?.word !== next.word && JOINED_PREFIXES.has(t.key)) {
      out ??= tokens.slice(0, i).map((u) => u);
      out.push(nameToken(t.key + next.key, null, false, t.word - shift, t.text + next.text));
      shift++;
      i++;
      continue;
    }
    if (out) out.push(shift ? nameToken(t.key, t.alt, t.initial, t.word - shift, t.text) : t);
  }
  return out;
}

/** "Ye-jun" read as one word too, for rolls that write it "Yejun". */
function joinHyphenated(tokens: readonly NameToken[]): NameToken[] | null {
  if (!tokens.some((t, i) => i > 0 && tokens[i - 1]?.word === t.word)) return null;
  const out: NameToken[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.word === t.word) {
      out[out.length - 1] = nameToken(
        last.key + t.key,
        last.alt || t.alt ? (last.alt ?? last.key) + (t.alt ?? t.key) : null,
        false,
        last.word,
        `${last.text}-${t.text}`,
      );
    } else {
      out.push(nameToken(t.key, t.alt, t.initial, t.word, t.text));
    }
  }
  return out;
}
