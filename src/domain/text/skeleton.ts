import { isPrintableAscii } from './char-class';
import { CONFUSABLES_DATA } from '../generated/confusables';

// The mappings are looked up where they lie in the generated string (sorted by code point: a
// binary search) and kept once found, rather than all 6,500 parsed into a table on first use: a
// meeting's names hold a few hundred distinct characters, and the table cost ~20 ms of a cold
// first match.
const found = new Map<number, string | null>();

function search(cp: number): string | null {
  const data = CONFUSABLES_DATA;
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The entry holding position mid starts after the ';' before it (or at lo, an entry start).
    const start = data.lastIndexOf(';', mid - 1) + 1;
    const arrow = data.indexOf('>', start);
    const end = data.indexOf(';', arrow);
    const src = parseInt(data.slice(start, arrow), 16);
    if (src === cp) {
      const dst = data.slice(arrow + 1, end === -1 ? undefined : end);
      return String.fromCodePoint(...dst.split(' ').map((h) => parseInt(h, 16)));
    }
    if (src < cp) {
      if (end === -1) return null;
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return null;
}

/** The UTS #39 prototype of one code point, or undefined when it maps to itself. */
export function confusableOf(cp: number): string | undefined {
  let hit = found.get(cp);
  if (hit === undefined) {
    hit = search(cp);
    if (found.size >= 20_000) found.clear();
    found.set(cp, hit);
  }
  return hit ?? undefined;
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
// The only printable ASCII characters confusables.txt maps (checked by the skeleton tests).
const ASCII_MAPPED = /[`"|10I%m]/;
const ASCII_MAPPED_ALL = /[`"|10I%m]/g;

/** UTS #39 skeleton: NFD, drop default-ignorables, map each character to its prototype, NFD. */
export function skeleton(text: string): string {
  const ascii = isPrintableAscii(text);
  if (ascii && !ASCII_MAPPED.test(text)) return text;
  // ASCII maps only these few characters, each to ASCII: replace them and nothing else.
  if (ascii) return text.replace(ASCII_MAPPED_ALL, (c) => confusableOf(c.charCodeAt(0)) ?? c);
  let out = '';
  for (const ch of ascii ? text : text.normalize('NFD').replace(IGNORABLE, '')) {
    out += confusableOf(ch.codePointAt(0) ?? 0) ?? ch;
  }
  return isPrintableAscii(out) ? out : out.normalize('NFD');
}

const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * The Latin letters non-Latin look-alikes stand for ("Кenta" → "Kenta"): each non-ASCII character
 * whose UTS #39 prototype is plain ASCII letters is replaced by them; everything else is kept. A
 * cheap way to read a mixed-script spoof as the name it imitates.
 */
export function latinLookalikes(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const mapped = cp > 0x7f ? confusableOf(cp) : undefined;
    out += mapped && ASCII_LETTERS.test(mapped) ? mapped : ch;
  }
  return out;
}

// Honest differences that are not spoofs: curly and straight apostrophes, no-break and ideographic
// spaces, Turkish dotless/dotted i, Romanian s/t with cedilla or comma below.
const APOSTROPHE = /[’‘ʼ`´]/gu;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\s]+/gu;
// Letters whose honest variants need decomposing: ş ţ (cedilla), ı, İ (lower-cased to i + dot).
const TURKISH_ROMANIAN = /[şţı]|i\u0307/u;

const ZERO_READ_AS_O = /O/g;

/**
 * The skeleton of a display name as the eye reads it: lower case, except that a capital I is an l
 * ("AIi" for Ali, which lower-casing first would make an i) and a capital L stays apart from it
 * (Ian is not Lan); a zero is an o ("0bi" for Obi) and rn is m ("Rnarsh" for Marsh) in either
 * case. One skeleton pass; a name without I or L is read lower-cased as it is (`lower`).
 */
function caseBlindSkeleton(cased: string, lower: string): string {
  let read = lower;
  if (cased.length === lower.length && (cased.includes('I') || cased.includes('L'))) {
    read = '';
    for (let i = 0; i < cased.length; i++) {
      const c = cased[i] as string;
      read += c === 'I' ? 'l' : c === 'L' ? 'L' : (lower[i] as string);
    }
  }
  const mapped = skeleton(read);
  return read.includes('0') ? mapped.replace(ZERO_READ_AS_O, 'o') : mapped;
}

/**
 * A display name as a reader sees it, for comparing two display names: `text` with honest variants
 * folded (case, apostrophes, spaces, ı/İ, ş/ș), `skeleton` its UTS #39 skeleton. Two names with one
 * skeleton and different texts look alike but are not the same: one copies the other.
 */
export function visibleForm(visible: string): { text: string; skeleton: string } {
  if (isPrintableAscii(visible)) {
    const cased = (visible.includes('  ') ? visible.replace(/ {2,}/gu, ' ') : visible).trim();
    const text = cased.toLowerCase();
    return { text, skeleton: caseBlindSkeleton(cased, text) };
  }
  const cased = visible.normalize('NFC');
  let text = cased.toLowerCase();
  if (!TURKISH_ROMANIAN.test(text)) {
    text = text.replace(APOSTROPHE, "'").replace(SPACE, ' ').trim();
    const shown =
      cased.includes('I') || cased.includes('L')
        ? cased.replace(APOSTROPHE, "'").replace(SPACE, ' ').trim()
        : text;
    return { text, skeleton: caseBlindSkeleton(shown, text).replace(SPACE, ' ') };
  }
  // ı, İ, ş, ţ: their honest variants fold on the lower-cased text.
  text = text
    .normalize('NFD')
    .replace(/([st])\u0327/gu, '$1\u0326')
    .replace(/i\u0307/gu, 'i')
    .replace(/ı/gu, 'i')
    .normalize('NFC');
  text = text.replace(APOSTROPHE, "'").replace(SPACE, ' ').trim();
  return { text, skeleton: skeleton(text).replace(SPACE, ' ') };
}
