import { exposesContactDetails, findContactDetails } from './contact-details';
import {
  isCapitalFamilyFirst,
  isFamilyNameFirst,
  isVietnameseMarker,
  vietnameseGivenName,
} from './name-order';

/*
 * Privacy names follow the norm of anonymous groups: first name and last initial, "Jane D.".
 * The rules, in order:
 * - invisible and bidi control characters are dropped, spaces collapsed, NFC applied;
 * - notes in brackets ("(she/her)", "[iPad]"), pronouns ("- she/her") and a trailing device
 *   ("Jane's iPhone") are dropped; of parts set apart by | or a spaced dash ("Jane Doe | Acme
 *   Corp"), the first with two words or more is the name;
 * - "Doe, Jane" is read as surname, given name;
 * - titles ("Dr.", "Mrs") in front and suffixes ("Jr.", "PhD", "III") at the end are dropped;
 * - the first name is the first word that is not a particle; the initial is the first letter of the
 *   last word, so "Jan van der Berg" → "Jan B." and "Mary-Jane Doe-Smith" → "Mary-Jane D.";
 * - a Vietnamese name written family name first (a common Vietnamese family name first, see
 *   name-order.ts) gives the last word and the first word's initial: "Nguyễn Thị Lan" → "Lan N.";
 *   the middle names Thị and Văn are never the first name ("Thị Lan Nguyễn" → "Lan N.");
 * - once the matching module has loaded (addNameOrderRules), a Korean name written family name
 *   first in Latin letters (a listed Korean family name,
 *   then a given name of Korean syllables) gives its given name and the family name's initial: "Kim Min-jun" → "Min-jun K.", "LEE Jae Won" → "Jae Won L."; "Lee Evans" stays "Lee E.";
 *   a one-syllable given name only after a family name nobody is called by ("Park Ji" → "Ji P.",
 *   "Kim Min" stays "Kim M." unless written "KIM Min");
 * - a family name written first in capitals ("ZHANG Wei", "DUPONT Jean-Marc") gives the next word
 *   and its initial: "Wei Z.";
 * - a one-word name stays as it is ("Jane"); a name made only of particles and a surname
 *   ("van Gogh") keeps only the initial ("G.");
 * - scripts written without spaces between names (Chinese, Japanese, Korean): a name typed as one
 *   run cannot be split safely, so only its first character (the family name's) is kept: "山田太郎" →
 *   "山."; typed with a space, the usual rule applies in the order typed: "山田 太郎" → "山田 太.";
 * - a name that is only an e-mail address uses the address's words ("jane.doe@…" → "Jane D."), or
 *   only its first letter when it has one word; e-mail and phone numbers inside a name are dropped;
 * - a name that is only a phone number becomes "Phone …67" (its last two digits).
 * Letters are counted as user-perceived characters, so "Łukasz Ọlá" → "Łukasz Ọ.".
 */

const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;
const BRACKETED = /\s*[([{][^)\]}]*[)\]}]/gu;
const DEVICE =
  /(?:['’]s)?\s+(?:iphone|ipad|android|galaxy|pixel|macbook(?:\s+(?:air|pro))?|laptop|pc|tablet|phone)(?:\s+\S+)?$/iu;
const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'prof',
  'sir',
  'dame',
  'rev',
  'fr',
  'sr',
  'sra',
  'srta',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
]);
// No single letters ("Jane V" ends on an initial, not a fifth) and no "Ma" (a common surname).
const SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'msc',
  'bsc',
  'mba',
  'esq',
  'dds',
  'rn',
]);
// British honours in capitals ("Lakshmi Menon CBE"); Obe and Mbe are also family names.
const HONOURS = /^(?:[GKCDOM]BE|QC|KC|FRS|FRSA|FRCP|FRCS|FRCGP|MRCP|MRCGP|FCA|ACA|ACCA),?$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'zu',
  'af',
  'al',
  'el',
  'bin',
  'ibn',
]);
/**
 * A name order whose data the first paint does not ship: Korean names written family name first
 * (text/korean-latin.ts). The matching module adds it when it loads (chosen-name.ts); until then
 * the rules above apply.
 */
export interface NameOrderRules {
  /** A Korean name written family name first ("Kim Min-jun"). */
  koreanFamilyFirst(words: readonly string[]): boolean;
}

let nameOrder: NameOrderRules | null = null;

/** Adds the name orders above to privacyName (called once by the matching module). */
export function addNameOrderRules(rules: NameOrderRules): void {
  nameOrder = rules;
}

// Pronouns typed without brackets ("- she/her", "they/them"): a slashed run of pronoun words.
const PRONOUNS =
  /(?:^|\s)[([{]?(?:she|her|hers|he|him|his|they|them|theirs|xe|xem|ze|zir|hir|ey|em|fae|it|any|all|elle|iel|il|lui|ela|ele|elu|ella|él|sie|ihr|er|ihm)(?:\s*\/\s*\p{L}+)+[)\]}]?(?=\s|$)/giu;

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Made on first use, not when the module loads: creating one loads ICU's break rules (≈ 7 ms of
// CPU in Node), which a panel that shows no initial does not need.
let segmenter: Intl.Segmenter | null | undefined;

function firstGrapheme(word: string): string {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  if (segmenter) {
    for (const { segment } of segmenter.segment(word)) return segment;
    return '';
  }
  return Array.from(word)[0] ?? '';
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]+$/u, '');
}

function capitalise(word: string): string {
  if (word !== word.toLowerCase()) return word;
  const first = firstGrapheme(word);
  return first.toLocaleUpperCase() + word.slice(first.length);
}

function clean(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

interface ParsedName {
  given: string | null;
  surname: string | null;
  /** A single unspaced run in a CJK script: only its first character may be shown. */
  unspaced: string | null;
  phoneTail: string | null;
}

const EMPTY: ParsedName = { given: null, surname: null, unspaced: null, phoneTail: null };

function fromWords(words: string[]): ParsedName {
  while (words.length > 1 && TITLES.has(bare(words[0] ?? ''))) words.shift();
  while (
    words.length > 1 &&
    (SUFFIXES.has(bare(words.at(-1) ?? '')) || HONOURS.test(words.at(-1) ?? ''))
  )
    words.pop();
  if (words.length === 0) return EMPTY;
  if (words.length === 1) {
    const only = words[0] ?? '';
    if (UNSPACED_SCRIPT.test(only) && Array.from(only).length > 1)
      return { ...EMPTY, unspaced: only };
    return { ...EMPTY, given: only };
  }
  // "Kim Min-jun", "LEE Jae Won": a Korean name family name first (text/korean-latin.ts).
  if (nameOrder?.koreanFamilyFirst(words))
    return { ...EMPTY, given: words.slice(1).join(' '), surname: words[0] ?? null };
  if (isFamilyNameFirst(words))
    return { ...EMPTY, given: vietnameseGivenName(words, true), surname: words[0] ?? null };
  if (isCapitalFamilyFirst(words))
    return { ...EMPTY, given: words[1] ?? null, surname: words[0] ?? null };
  const surname = words.at(-1) ?? null;
  const given =
    words
      .slice(0, -1)
      .find((word) => !PARTICLES.has(bare(word)) && !isVietnameseMarker(word, [surname ?? ''])) ??
    null;
  return { ...EMPTY, given, surname };
}

function fromEmail(address: string): ParsedName {
  const local = address.split(/[@＠]|\sat\s|[([{]\s?at/iu)[0] ?? '';
  const words = local
    .split(/[._+\-\p{N}\s]+/u)
    .filter((word) => /\p{L}/u.test(word))
    .map(capitalise);
  if (words.length >= 2)
    return { ...EMPTY, given: words[0] ?? null, surname: words.at(-1) ?? null };
  return words[0] ? { ...EMPTY, surname: words[0] } : EMPTY;
}

// A name and a tag or organisation set apart: "Jane Doe | Acme Corp", "Acme – Jane Doe".
const SEPARATED = /\s+[|•–—-]\s+|\s*\|\s*/u;

/** The part of a separated name that is the person's: the first with two words or more. */
function namePart(text: string): string {
  if (!SEPARATED.test(text)) return text;
  const parts = text.split(SEPARATED).filter((p) => /\p{L}/u.test(p));
  return (
    parts.find((p) => p.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 2) ??
    parts[0] ??
    text
  );
}

function parse(fullName: string): ParsedName {
  const cleaned = clean(fullName);
  const details = findContactDetails(cleaned);
  let rest = cleaned;
  for (const detail of [...details].reverse())
    rest = rest.slice(0, detail.start) + ' ' + rest.slice(detail.end);
  rest = namePart(clean(rest.replace(PRONOUNS, ' ').replace(BRACKETED, ' ')))
    .replace(DEVICE, '')
    .replace(/[\s,;:|/\-–—]+$/u, '');
  if (!/[\p{L}]/u.test(rest)) {
    const email = details.find((detail) => detail.kind === 'email');
    if (email) return fromEmail(email.text);
    const phone = details.find((detail) => detail.kind === 'phone');
    if (phone)
      return { ...EMPTY, phoneTail: (phone.text.match(/\p{Nd}/gu) ?? []).slice(-2).join('') };
    return EMPTY;
  }
  const comma = rest.split(',').map((part) => part.trim());
  // "Doe, Jane" — but not "Jane Doe, PhD", whose part after the comma is a suffix.
  if (
    comma.length === 2 &&
    comma[0] &&
    comma[1] &&
    !comma[1].split(' ').every((word) => SUFFIXES.has(bare(word)) || HONOURS.test(word))
  ) {
    rest = `${comma[1]} ${comma[0]}`;
  }
  return fromWords(
    rest
      .replace(/,/gu, ' ')
      .split(' ')
      .filter((word) => word.length > 0),
  );
}

function initialOf(word: string): string {
  const letter = word.match(/[\p{L}\p{N}]/u);
  const from = letter?.index ?? 0;
  return firstGrapheme(word.slice(from)).toLocaleUpperCase();
}

/** "Jane Doe" → "Jane D.": first name and last initial, the norm of anonymous groups (rules above). */
export function privacyName(fullName: string): string {
  const parsed = parse(fullName);
  if (parsed.phoneTail !== null) return parsed.phoneTail ? `Phone …${parsed.phoneTail}` : 'Phone';
  if (parsed.unspaced) return `${firstGrapheme(parsed.unspaced)}.`;
  if (parsed.given && parsed.surname)
    return `${capitalise(parsed.given)} ${initialOf(parsed.surname)}.`;
  if (parsed.given) return parsed.given;
  if (parsed.surname) return `${initialOf(parsed.surname)}.`;
  return '';
}

/** "Jane Doe" → "J.D.", "Jane" → "J.", "" → "": initials of the first name and the surname only. */
export function initials(fullName: string): string {
  const parsed = parse(fullName);
  if (parsed.phoneTail !== null) return '#';
  if (parsed.unspaced) return `${firstGrapheme(parsed.unspaced)}.`;
  return [parsed.given, parsed.surname]
    .filter((word): word is string => word !== null)
    .map((word) => `${initialOf(word)}.`)
    .join('');
}

const PARENTHETICAL = /[([{][^)\]}]*[)\]}]/gu;
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const INITIAL = /^\p{L}\.?$/u;

/**
 * Whether a display name already follows the privacy-name norm: a first name or a role alone, or
 * first names ending on an initial ("Jane D.", "Mary Ann D."). Parenthesised notes such as
 * pronouns are ignored. A name exposing an e-mail or phone number is never private.
 */
export function isPrivacyName(screenName: string): boolean {
  if (exposesContactDetails(screenName)) return false;
  const tokens = screenName
    .normalize('NFKC')
    .replace(IGNORABLE, '')
    .replace(PARENTHETICAL, ' ')
    .split(/\s+/u)
    .filter((token) => token.length > 0);
  const last = tokens.at(-1);
  // Ending on an initial allows double first names ("Mary Ann D."), which no surname rule could.
  return tokens.length <= 1 || (last !== undefined && INITIAL.test(last));
}
