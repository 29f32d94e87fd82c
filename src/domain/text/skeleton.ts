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

/** UTS #39 skeleton: NFD, drop default-ignorables, map each character to its prototype, NFD. */
export function skeleton(text: string): string {
  const ascii = ASCII.test(text);
  if (ascii && !ASCII_MAPPED.test(text)) return text;
  const map = confusables();
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
