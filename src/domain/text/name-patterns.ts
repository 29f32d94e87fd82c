/**
 * Recognisers for what people and clients put in a display name besides the name: meeting bots,
 * phone dial-ins, device defaults, pronouns, titles and post-nominal letters.
 */

import { hasLetter, isPrintableAscii } from './char-class';
import { COMMON_LETTER, lettersAllCommon } from './common-letters';

/**
 * A case-insensitive pattern without Unicode properties, compiled without the `i` flag and run on
 * the lower-cased text: compiling a pattern with `i` costs about twice as much (callgrind: 7.9 M
 * instructions against 3.3 M for the bot names, 3.1 M against 1.8 M for the titles), once per
 * pattern on a cold first match. The answers are the same (a test compares them over many names):
 * without `u`, `i` never matches a character outside ASCII with one inside it, the sources hold no
 * capital outside a class that also holds its small letter (`[A-Za-z]`; a test checks), and
 * lower-casing keeps every position but for İ (U+0130, "i̇" lower-cased) and K (Kelvin sign, "k").
 * Text holding İ is read by the `i` pattern. Text holding ſ (long s) or K is read with `iu`: the
 * two flags differ on those two characters only (a test checks every code point): with `iu`, ſ
 * matches s and K matches k, and both are word characters for `\b`. Each is compiled on first need.
 */
export function caseless(source: string, flags = ''): Caseless {
  let lower: RegExp | null = null;
  let folded: RegExp | null = null;
  let unicode: RegExp | null = null;
  const other = (text: string): RegExp => {
    if (!text.includes('\u017F') && !text.includes('\u212A')) {
      folded ??= new RegExp(source, `${flags}i`);
      return folded;
    }
    unicode ??= new RegExp(source, `${flags}iu`);
    return unicode;
  };
  // `d`: where each group lies, so that a match gives the text's own letters, not lower-cased ones.
  const lowered = (): RegExp => (lower ??= new RegExp(source, `${flags}d`));
  const pattern: Caseless = {
    source,
    flags,
    test(text) {
      const small = lowerCased(text);
      return small === null ? other(text).test(text) : lowered().test(small);
    },
    exec(text) {
      const small = lowerCased(text);
      if (small === null) return other(text).exec(text);
      const m = lowered().exec(small);
      if (!m?.indices) return m;
      for (let g = 0; g < m.length; g++) {
        const at = m.indices[g];
        if (at) m[g] = text.slice(at[0], at[1]);
      }
      return m;
    },
    replace(text, by) {
      const small = lowerCased(text);
      if (small === null) return text.replace(other(text), by);
      // The matches found in the lower-cased text, replaced in the text itself (same positions).
      let out = '';
      let kept = 0;
      small.replace(lowered(), (...args: unknown[]) => {
        const found = args[0] as string;
        const at = args[args.length - 2] as number;
        out += text.slice(kept, at) + by;
        kept = at + found.length;
        return '';
      });
      return out + text.slice(kept);
    },
  };
  CASELESS.push(pattern);
  return pattern;
}

/** A pattern compiled by caseless, read case-insensitively. */
export interface Caseless {
  readonly source: string;
  /** Flags besides the case-insensitive ones (`g`). */
  readonly flags: string;
  test(text: string): boolean;
  /** The match, its groups in the text's own letters. */
  exec(text: string): RegExpExecArray | null;
  /** The text with the pattern's matches (each one for a `g` pattern) replaced by `by` as it is. */
  replace(text: string, by: string): string;
}

/** Every caseless pattern made (for the test that checks their sources and answers). */
export const CASELESS: Caseless[] = [];

// The name readers run several patterns on one text in a row: its lower-cased form (null when it
// holds İ, ſ or K) is kept for the last text.
let lastText: string | null = null;
let lastLower: string | null = null;

function lowerCased(text: string): string | null {
  if (text !== lastText) {
    lastLower = /[\u0130\u017F\u212A]/.test(text) ? null : text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}

function matches(pattern: Caseless, text: string): boolean {
  return pattern.test(text);
}

const BOT_NAMES = String.raw`otter\.ai|otter\s+(?:assistant|notetaker|bot)|fireflies(?:\.ai)?|read\.ai|tactiq|meetgeek|fathom\s+(?:notetaker|ai)|granola|circleback|copilot|sembly(?:\s+ai)?|supernormal|avoma|tl;?dv|bluedot|notta(?:\.ai)?|airgram|krisp(?:\s+ai)?|jamie\s+ai|gong\s+recorder|chorus\.ai|note[-\s]?taker|notetaker|meeting\s+notes|notes?\s+bot|recorder|recording\s+bot|transcri(?:ber|ption\s+bot|pt\s+bot)|ai\s+companion|ai\s+assistant|ai\s+notes?|bot`;
const BOT = new RegExp(String.raw`(?:^|[^\p{L}])(?:${BOT_NAMES})(?=$|[^\p{L}])`, 'iu');
// The letters of printable ASCII text are [A-Za-z]: for such text (most names) these patterns
// answer as the Unicode ones do, without the Unicode letter classes' cost on a cold first match.
const BOT_ASCII = caseless(String.raw`(?:^|[^A-Za-z])(?:${BOT_NAMES})(?=$|[^A-Za-z])`);

/** A meeting bot or note-taker ("Otter.ai Notetaker", "Zoom AI Companion", "Meeting Recorder"). */
export function isBotName(text: string): boolean {
  if (!matches(BOT_SCREEN, text)) return false;
  // In printable ASCII a letter is [A-Za-z]: the screen said what BOT_HINT would.
  if (isPrintableAscii(text)) return BOT_ASCII.test(text);
  return BOT_HINT.test(text) && BOT.test(text);
}

// Cheap screens in front of the long patterns: most names contain none of these words.
const BOT_WORDS =
  'not|granola|circleback|copilot|record|tactiq|geek|fireflies|otter|sembly|normal|avoma|tl;?dv|bluedot|airgram|krisp|transcri|gong';
const BOT_HINT = new RegExp(String.raw`(?:^|[^\p{L}])(?:ai|bot)(?:$|[^\p{L}])|${BOT_WORDS}`, 'iu');
// BOT_HINT with every non-ASCII character read as a non-letter: it matches wherever BOT_HINT does.
const BOT_SCREEN = caseless(String.raw`(?:^|[^A-Za-z])(?:ai|bot)(?:$|[^A-Za-z])|${BOT_WORDS}`);
const DIAL_HINT = caseless(String.raw`\d|^(?:call|dial|phone|tel|caller|pstn|audio)`);
const DEVICE_HINT = caseless(
  String.raw`\b(?:i?phone|smartphone|ipad|ipod|i?mac|macbook|galaxy|pixel|huawei|xiaomi|redmi|oneplus|samsung|chromebook|android|surface|laptop|desktop|computer|pc|tablet|device|windows|win|dell|hp|lenovo|asus|acer|user|guest|owner|admin|administrator|home|office|unknown|anonymous|room|my)(?:\b|\d|_)`,
);

const PHONE = /^\+?[\d\s().*#×xX-]{5,}$/u;
const DIAL_IN = caseless(
  String.raw`^(?:call[-\s]?in|dial[-\s]?in|phone|telephone|tel|caller|pstn|audio[-\s]?only)(?:[\s_-]*(?:user|caller|participant))?[\s_#:.-]*\d*$`,
);

/** A telephone dial-in: a (masked) number or the client's "Call-In User_7"/"Phone User 3". */
export function isDialIn(text: string): boolean {
  if (!matches(DIAL_HINT, text)) return false;
  if (PHONE.test(text)) return (text.match(/\d/gu)?.length ?? 0) >= 3;
  return matches(DIAL_IN, text);
}

// Branded devices are safe to strip wherever they stand; generic words ("Mac", "laptop") only when
// the phrase says whose device it is ("Jane's Mac", "(laptop)").
const BRANDED = String.raw`(?:iphone(?:\s?\d{1,2})?(?:\s?(?:pro|plus|max|mini|se|e))*|ipad(?:\s?(?:pro|air|mini))?|ipod(?:\s?touch)?|macbook(?:\s?(?:pro|air))?|imac|mac\s?mini|galaxy(?:\s?(?:[sazm]\d{1,3}[a-z]*|note\s?\d*|tab\s?[a-z]*\d*|fold\s?\d*|flip\s?\d*))?(?:\s?(?:ultra|plus|fe|\+))?|pixel\s?\d+[a-z]*(?:\s?(?:pro|xl))?|huawei(?:\s?[a-z]{0,4}\d+[a-z]*)?(?:\s?(?:pro|lite))?|xiaomi(?:\s?[a-z]*\d+[a-z]*)?|redmi(?:\s?(?:note\s?)?\d+[a-z]*)?|oneplus(?:\s?\d+[a-z]*)?|chromebook|android(?:\s?(?:phone|tablet|device))?|samsung(?:\s?galaxy(?:\s?(?:[sazm]\d{1,3}[a-z]*|note\s?\d*|tab\s?[a-z]*\d*))?)?|surface\s?(?:pro|laptop|go|book)(?:\s?\d+)?)`;
export const ANY_DEVICE = String.raw`(?:${BRANDED}|mac|laptop|desktop|computer|pc|tablet|phone|smartphone|ipad|device)`;
export const OWNER_APOSTROPHE = String.raw`['’\u0060´ʼ]`;

// "Jane's iPhone" (group 1 the owner) and a device alone, "iPhone (2)" (no group 1), in one
// pattern: the device words are compiled once, not for each (≈4 M instructions each on a cold first
// match). The owner's reading is tried first, with the shortest owner, as `^(.+?)'s? DEVICE$` is;
// a device alone is read only when no owner's reading matches. The two readings never both fit:
// no device word holds an apostrophe. The owner's reading with the "(2)" ending is no owner's
// phrase (`…DEVICE$` cannot end in ")"), which the callers check.
const DEVICE_PHRASE = caseless(
  String.raw`^(?:(.+?)${OWNER_APOSTROPHE}s?\s+)?${ANY_DEVICE}(\s*\(\d+\))?$`,
);
let lastPhraseText: string | null = null;
let lastPhrase: RegExpExecArray | null = null;

function devicePhrase(text: string): RegExpExecArray | null {
  if (text !== lastPhraseText) {
    lastPhrase = DEVICE_PHRASE.exec(text);
    lastPhraseText = text;
  }
  return lastPhrase;
}

/** A device alone, optionally numbered: "iPhone", "Galaxy S23 Ultra", "iPad (2)". */
export function isDeviceAlone(text: string): boolean {
  const m = devicePhrase(text);
  return m !== null && m[1] === undefined;
}

/** The owner in "Jane's iPhone", or undefined. */
export function ownerOfDevice(text: string): string | undefined {
  const m = devicePhrase(text);
  return m && m[2] === undefined ? m[1] : undefined;
}

const OWNED_NO_APOSTROPHE = caseless(String.raw`^(.+?)s\s+${BRANDED}$`);
const DEVICE_OF = caseless(
  String.raw`^${ANY_DEVICE}\s+(?:de|von|di|da|do|du|of|van|del|della|dari|milik|cua|của|ng)\s+(.+)$`,
);
const TRAILING = caseless(
  String.raw`^(.+?)\s*(?:[([{]\s*${ANY_DEVICE}\s*[)\]}]|[\s_-]${BRANDED})$`,
);
const LEADING = caseless(String.raw`^${BRANDED}\s+(.+)$`);
const HOSTNAME = new RegExp(
  String.raw`^(?:desktop|laptop|pc|win|macbook|mac|dell|hp|lenovo|asus|acer|surface|android|iphone|ipad|galaxy)[-_][\p{L}\d-]{3,}$`,
  'iu',
);
const HOSTNAME_ASCII = caseless(
  String.raw`^(?:desktop|laptop|pc|win|macbook|mac|dell|hp|lenovo|asus|acer|surface|android|iphone|ipad|galaxy)[-_][A-Za-z\d-]{3,}$`,
);
const NO_PERSON = new RegExp(
  String.raw`^(?:windows(?:\s+(?:user|pc|laptop|computer))?|user|guest|zoom\s+user|owner|admin(?:istrator)?|home|office|unknown|anonymous|my\s+(?:phone|laptop|computer|ipad|iphone|pc)|(?:conference|meeting|zoom|board)\s+room(?:\s+[\p{L}\d]+)?)$`,
  'iu',
);
const NO_PERSON_ASCII = caseless(
  String.raw`^(?:windows(?:\s+(?:user|pc|laptop|computer))?|user|guest|zoom\s+user|owner|admin(?:istrator)?|home|office|unknown|anonymous|my\s+(?:phone|laptop|computer|ipad|iphone|pc)|(?:conference|meeting|zoom|board)\s+room(?:\s+[A-Za-z\d]+)?)$`,
);
// How HOSTNAME and NO_PERSON begin: other text ("Jürgen's iPad") never compiles their Unicode classes.
const HOSTNAME_START = caseless(
  String.raw`^(?:desktop|laptop|pc|win|macbook|mac|dell|hp|lenovo|asus|acer|surface|android|iphone|ipad|galaxy)[-_]`,
);
const NO_PERSON_START = caseless(
  String.raw`^(?:windows|user|guest|zoom|owner|admin|home|office|unknown|anonymous|my|conference|meeting|board)`,
);

// isBareDevice and personInDevicePhrase both screen a display name with DEVICE_HINT, nearly always
// the same text one after the other: its answer for the last text is kept (an unanchored pattern
// of forty words, run on every name of a cold first match).
let lastHintText: string | null = null;
let lastHint = false;

function mayNameDevice(text: string): boolean {
  if (text !== lastHintText) {
    lastHint = matches(DEVICE_HINT, text);
    lastHintText = text;
  }
  return lastHint;
}

/** A device or placeholder with no person in it ("iPhone", "LAPTOP-8F2K1", "Windows User"). */
export function isBareDevice(text: string): boolean {
  return (
    mayNameDevice(text) &&
    (isDeviceAlone(text) ||
      (isPrintableAscii(text)
        ? HOSTNAME_ASCII.test(text) || NO_PERSON_ASCII.test(text)
        : (matches(HOSTNAME_START, text) && HOSTNAME.test(text)) ||
          (matches(NO_PERSON_START, text) && NO_PERSON.test(text))))
  );
}

/**
 * The person's part of a device phrase: "Jane's iPhone" → ["Jane"], "Judsons iPad" → ["Judsons",
 * "Judson"], "iPhone de María" → ["María"]; null when the text is not a device phrase.
 */
export function personInDevicePhrase(text: string): string[] | null {
  if (!mayNameDevice(text)) return null;
  const owner = ownerOfDevice(text);
  if (owner) return [owner];
  const plain = OWNED_NO_APOSTROPHE.exec(text);
  if (plain?.[1]) return [`${plain[1]}s`, plain[1]];
  for (const re of [DEVICE_OF, TRAILING, LEADING]) {
    const m = re.exec(text);
    if (m?.[1]) return [m[1]];
  }
  return null;
}

const PRONOUN_WORDS = new Set(
  'she her hers he him his they them their theirs xe xem xyr xir ze zir hir ey em eir fae faer it its any all ask ela dela ele dele elu delu elle iel lui il sie ihr er ihm ihn hen hän ella él elx'.split(
    ' ',
  ),
);
const SLASHED = /[([{]?\s*(\p{L}+)((?:\s*\/\s*\p{L}+)+)\s*[)\]}]?/gu;
// SLASHED for text whose letters are all common ones (ASCII, accented Latin, Greek, Cyrillic):
// the same answer, compiled for a few ranges instead of every letter (common-letters.ts).
const SLASHED_COMMON = new RegExp(
  String.raw`[([{]?\s*(${COMMON_LETTER}+)((?:\s*\/\s*${COMMON_LETTER}+)+)\s*[)\]}]?`,
  'g',
);
const PRONOUN_PHRASE_SOURCE = String.raw`[([{]?\s*(?:pronouns?\s*:?\s*)?(?:any|all)\s+pronouns\s*[)\]}]?|\bpronouns?\s*:`;
const PRONOUN_PHRASE = caseless(PRONOUN_PHRASE_SOURCE, 'g');
const PRONOUN = caseless('pronoun');

/** Removes pronouns: "(she/her)", "| they/them", "[he/they]", "any pronouns". */
export function stripPronouns(text: string): string {
  if (!text.includes('/') && !matches(PRONOUN, text)) return text;
  const slashed = text.replace(
    lettersAllCommon(text) ? SLASHED_COMMON : SLASHED,
    (whole, first: string, rest: string) => {
      const words = [
        first,
        ...rest
          .split('/')
          .map((w) => w.trim())
          .filter(Boolean),
      ];
      return words.every((w) => PRONOUN_WORDS.has(w.toLowerCase())) ? ' ' : whole;
    },
  );
  return PRONOUN_PHRASE.replace(slashed, ' ');
}

// Short titles that are also names or initials (M, Sr, Hon, Ing, Col…) count only with their dot.
// St. is no title: before a name it is part of the surname (St. Clair, St. John).
const TITLES = caseless(
  String.raw`^(?:(?:(?:dr|doctor|prof|professor|mr|mrs|ms|mx|miss|mstr|rev|revd|reverend|sir|dame|herr|frau|mme|mlle|sra|srta|dra|rabbi|imam|capt|sgt|coach)\.?|(?:m|sr|sn|fr|dott|ing|mag|hon|col|lt|maj)\.)\s+)+`,
);
const POSTNOMINALS = caseless(
  String.raw`(?:\s*,?\s+(?:ph\.?\s?d|m\.?d|r\.?n|msw|lcsw|lpc|lmft|dds|dmd|dvm|mba|msc|bsc|jd|esq|cpa|pmp|cfa|facs|mph|pharmd|edd|psyd|dnp|fnp|aprn|crna|dpt|msn|lvn|mfa|llm|mpa|jr|sr|ii|iii|iv)\.?)+$`,
);
const POSTNOMINAL_WORDS = new Set(
  'phd md rn msw lcsw lpc lmft dds dmd dvm mba msc bsc jd esq cpa pmp cfa facs mph pharmd edd psyd dnp fnp aprn crna dpt msn lvn mfa llm mpa jr sr ii iii iv do ma ms ba bs pa pa-c np pe pt ot bsn rd od lpn cna emt'.split(
    ' ',
  ),
);
const COMMA_POSTNOMINALS = caseless(
  String.raw`(?:\s*,\s*(?:do|ma|ms|ba|bs|pa|pa-c|np|pe|pt|ot|bsn|rd|od|lpn|cna|emt)\.?)+$`,
);

// British honours and fellowships, in capitals only: Obe and Mbe are also family names.
const HONOURS =
  /(?:\s*,?\s+(?:[GKCDOM]BE|QC|KC|FRS|FRSA|FRCP|FRCS|FRCGP|MRCP|MRCGP|FCA|ACA|ACCA|FCIPD|MCIPD)\.?)+$/u;

/** Removes trailing post-nominal letters and generational suffixes ("PhD", ", RN", "Jr", "CBE"). */
export function stripPostnominals(text: string): string {
  if (HONOURS.test(text)) {
    const out = text.replace(HONOURS, '');
    if (hasLetter(out)) return stripPostnominals(out);
  }
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf(','));
  const last = text
    .slice(cut + 1)
    .replace(/\./gu, '')
    .toLowerCase();
  if (!POSTNOMINAL_WORDS.has(last)) return text;
  const trimmed = COMMA_POSTNOMINALS.replace(text, '');
  const out = POSTNOMINALS.replace(trimmed, '');
  return hasLetter(out) ? out : text;
}

/** Removes leading titles (Dr, Mrs, Prof…); says whether there was one. */
export function stripTitle(text: string): { text: string; title: boolean } {
  const m = TITLES.exec(text);
  if (m && hasLetter(text.slice(m[0].length)))
    return { text: text.slice(m[0].length), title: true };
  return { text, title: false };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** The address when the whole name is an e-mail address, lower-cased; else null. */
export function emailIn(text: string): string | null {
  // Most names hold no @: the pattern (compiled with Unicode \s) is neither compiled nor run for them.
  return text.includes('@') && EMAIL.test(text) ? text.toLowerCase() : null;
}
