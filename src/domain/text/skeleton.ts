import { CONFUSABLES_DATA } from '../generated/confusables';

let table: Map<number, string> | null = null;

function confusables(): Map<number, string> {
  if (table) return table;
  const map = new Map<number, string>();
  for (const entry of CONFUSABLES_DATA.split(';')) {
    const [src, dst] = entry.split('>');
    if (!src || !dst) continue;
    map.set(parseInt(src, 16), String.fromCodePoint(...dst.split(' ').map((h) => parseInt(h, 16))));
  }
  table = map;
  return map;
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const ASCII = /^[\x20-\x7E]*$/;
// The only printable ASCII characters confusables.txt maps (checked by the skeleton tests).
const ASCII_MAPPED = /[`"|10I%m]/;
const ASCII_MAPPED_ALL = /[`"|10I%m]/g;

/** UTS #39 skeleton: NFD, drop default-ignorables, map each character to its prototype, NFD. */
export function skeleton(text: string): string {
  const ascii = ASCII.test(text);
  if (ascii && !ASCII_MAPPED.test(text)) return text;
  const map = confusables();
  // ASCII maps only these few characters, each to ASCII: replace them and nothing else.
  if (ascii) return text.replace(ASCII_MAPPED_ALL, (c) => map.get(c.charCodeAt(0)) ?? c);
  let out = '';
  for (const ch of ascii ? text : text.normalize('NFD').replace(IGNORABLE, '')) {
    out += map.get(ch.codePointAt(0) ?? 0) ?? ch;
  }
  return ASCII.test(out) ? out : out.normalize('NFD');
}

const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * The Latin letters non-Latin look-alikes stand for ("Кenta" → "Kenta"): each non-ASCII character
 * whose UTS #39 prototype is plain ASCII letters is replaced by them; everything else is kept. A
 * cheap way to read a mixed-script spoof as the name it imitates.
 */
export function latinLookalikes(text: string): string {
  const map = confusables();
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const mapped = cp > 0x7f ? map.get(cp) : undefined;
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

/**
 * A display name as a reader sees it, for comparing two display names: `text` with honest variants
 * folded (case, apostrophes, spaces, ı/İ, ş/ș), `skeleton` its UTS #39 skeleton. Two names with one
 * skeleton and different texts look alike but are not the same: one copies the other.
 */
export function visibleForm(visible: string): { text: string; skeleton: string } {
  if (ASCII.test(visible)) {
    const plain = visible.toLowerCase().replace(/ {2,}/gu, ' ').trim();
    return { text: plain, skeleton: skeleton(plain) };
  }
  let text = visible.normalize('NFC').toLowerCase();
  if (TURKISH_ROMANIAN.test(text)) {
    text = text
      .normalize('NFD')
      .replace(/([st])\u0327/gu, '$1\u0326')
      .replace(/i\u0307/gu, 'i')
      .replace(/ı/gu, 'i')
      .normalize('NFC');
  }
  text = text.replace(APOSTROPHE, "'").replace(SPACE, ' ').trim();
  return { text, skeleton: skeleton(text).replace(SPACE, ' ') };
}
