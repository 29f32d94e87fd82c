import { romanKey } from '../text';
import { NICKNAMES_DATA } from '../generated/nicknames';

// Lists, not sets: a name has a handful of relatives, and thousands of sets cost a cold first match
// more than the lookups they would speed up.
let table: Map<string, string[]> | null = null;

function nicknames(): Map<string, string[]> {
  if (table) return table;
  const map = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = map.get(a);
    if (!list) map.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (const entry of NICKNAMES_DATA.split(';')) {
    // "name:nick,nick" read without array destructuring (slow before the code is optimised).
    const colon = entry.indexOf(':');
    const end = entry.indexOf(':', colon + 1);
    const list = colon < 0 ? '' : entry.slice(colon + 1, end < 0 ? undefined : end);
    if (colon <= 0 || !list) continue;
    const name = entry.slice(0, colon);
    const nicks = list.split(',');
    for (let i = 0; i < nicks.length; i++) {
      const nick = nicks[i] as string;
      link(name, nick);
      link(nick, name);
    }
  }
  table = map;
  return map;
}

/** True when one folded given name is a listed nickname of the other ("bob" ~ "robert"), either way. */
export function isListedNickname(a: string, b: string): boolean {
  return a !== b && (nicknames().get(a)?.includes(b) ?? false);
}

const NO_NAMES: readonly string[] = [];

const SPELLING_PIECE = /zh|[ijy]/gu;
const PIECE_SWAPS: Readonly<Record<string, readonly string[]>> = {
  i: ['y'],
  y: ['i'],
  j: ['zh', 'y'],
  zh: ['j'],
};
const spellingCache = new Map<string, readonly string[]>();

/**
 * Listed names spelled as this folded name is once romanisation is folded ("nastia" → nastya,
 * "kolia" → kolya, "jenia" → zhenya), itself left out: a transliteration of a listed nickname.
 * The other spellings are made by swapping i/y and j/zh/y (at most six places) and kept when
 * listed and equal by romanKey: no table of every listed name's key is built on a cold start.
 */
export function listedSpellings(name: string): readonly string[] {
  const hit = spellingCache.get(name);
  if (hit) return hit;
  const pieces = [...name.matchAll(SPELLING_PIECE)].slice(0, 6);
  const table = nicknames();
  const found: string[] = [];
  if (pieces.length > 0) {
    const key = romanKey(name);
    let variants = [''];
    let at = 0;
    for (const piece of pieces) {
      const index = piece.index;
      const head = name.slice(at, index);
      const options = [piece[0], ...(PIECE_SWAPS[piece[0]] ?? [])];
      const next: string[] = [];
      for (const v of variants) for (const o of options) next.push(v + head + o);
      variants = next;
      at = index + piece[0].length;
    }
    const tail = name.slice(at);
    for (const v of variants) {
      const spelled = v + tail;
      if (spelled !== name && table.has(spelled) && romanKey(spelled) === key) found.push(spelled);
    }
  }
  const out = found.length > 0 ? found : NO_NAMES;
  if (spellingCache.size > 20_000) spellingCache.clear();
  spellingCache.set(name, out);
  return out;
}

/**
 * True when the first name is another spelling of a listed nickname (or formal form) of the second:
 * "nastia" ~ "anastasia" through Nastya. A spelling, so never more than a likely agreement.
 */
export function isSpelledNickname(a: string, b: string): boolean {
  const spellings = listedSpellings(a);
  for (let i = 0; i < spellings.length; i++)
    if (isListedNickname(spellings[i] as string, b)) return true;
  return false;
}

/**
 * Two listed nicknames of one longer name that start alike: "kate" ~ "katie" (Katherine), "becky" ~
 * "becca" (Rebecca), "jen" ~ "jenny". One name written two ways, so never more than a likely
 * agreement. The shared name must be longer than both: Daniel and Daniela share "dani", Christian
 * and Christina "chris", and are other names.
 */
export function isSiblingNickname(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  // Compared by character code: most pairs differ in their first letters, and no string is built.
  for (let i = 0; i < 3; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  const table = nicknames();
  const mine = table.get(a);
  const theirs = mine ? table.get(b) : undefined;
  if (!mine || !theirs) return false;
  for (let i = 0; i < mine.length; i++) {
    const name = mine[i] as string;
    if (name.length > a.length && name.length > b.length && theirs.includes(name)) return true;
  }
  return false;
}

/** Another spelling of a listed nickname, or another nickname of the same name: at most likely. */
export function isNicknameVariant(a: string, b: string): boolean {
  return isSpelledNickname(a, b) || isSiblingNickname(a, b);
}

/** Every name listed as a nickname or formal form of this folded name. */
export function nicknameRelatives(name: string): readonly string[] {
  return nicknames().get(name) ?? NO_NAMES;
}

/** Number of name pairs in the curated table (each pair counted once). */
export function nicknamePairCount(): number {
  let n = 0;
  for (const list of nicknames().values()) n += list.length;
  return n / 2;
}

const DIMINUTIVE_ENDING = /(?:ie|y|i|e|o|a)$/u;

/**
 * A shortened form not in the table, accepted only as a suggestion: the short name's stem (≥ 3
 * letters, diminutive ending and doubled last letter removed) starts the long one ("dom" ~
 * "dominique", "benny" ~ "benjamin"), or the short name (≥ 4 letters) is a run of its letters
 * ("hannes" ~ "johannes", "mide" ~ "olumide", "funmi" ~ "oluwafunmilayo"). The long name must be at least two letters longer, which keeps Daniel/Daniela and
 * Christian/Christiana apart.
 */
export function isDerivedNickname(a: string, b: string): boolean {
  const aFirst = a.length <= b.length;
  const short = aFirst ? a : b;
  const long = aFirst ? b : a;
  if (short.length < 3 || long.length - short.length < 2) return false;
  // A syllable run inside a long name: Olu-mide → Mide, Oluwa-funmi-layo → Funmi, Seti-awan → Wawan.
  if (short.length >= 4 && long.includes(short)) return true;
  // Every other reading keeps the short name's first letters: most pairs tried differ in the
  // first, and need no pattern run (a cold first match tries over a thousand).
  if (short.charCodeAt(0) !== long.charCodeAt(0)) return false;
  // A doubled first syllable (Jojo, Lulu, Mimi), common in Filipino and Spanish nicknames.
  if (
    short.length === 4 &&
    short.slice(0, 2) === short.slice(2) &&
    long.startsWith(short.slice(0, 2))
  )
    return true;
  let stem = short;
  if (stem.length > 3 && DIMINUTIVE_ENDING.test(stem)) stem = stem.replace(DIMINUTIVE_ENDING, '');
  if (stem.length > 3 && stem.at(-1) === stem.at(-2)) stem = stem.slice(0, -1);
  return stem.length >= 3 && long.startsWith(stem);
}

/** A syllable of each of two given names run together: María José → "majo", Juan Sebastián → "juanse". */
export function isBlend(key: string, a: string, b: string): boolean {
  for (let p = 2; p <= a.length && key.length - p >= 2; p++) {
    if (key[p - 1] !== a[p - 1]) return false;
    const rest = key.slice(p);
    if (rest !== b && b.startsWith(rest)) return true;
  }
  return false;
}
