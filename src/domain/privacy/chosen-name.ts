import {
  analyseDisplayName,
  analyseRollName,
  foldText,
  isKoreanFamilyFirst,
  sameKoreanFamily,
  wholeScript,
  type NameToken,
} from '../text';
import { isFamilyNameFirst, isVietnameseMarker, vietnameseGivenName } from './name-order';
import { addNameOrderRules, privacyName } from './privacy-name';

// The name order whose data ships with the matcher, not with the first paint (privacy-name.ts).
addNameOrderRules({ koreanFamilyFirst: isKoreanFamilyFirst });

/*
 * A privacy name from the name the person chose: "Bob Whitfield", on the roll as "Robert
 * Whitfield", becomes "Bob W." (not "Robert W."). The given name is the first word of the display
 * name that is not part of the family name; the initial is the family name's, taken from the roll:
 * its family-name column, its "Family, Given" form, or else a split that knows name order
 * (Vietnamese names are written family name first: "Nguyễn Thị Lan" → "Lan N.", see
 * name-order.ts). A middle name never gives the initial, and Thị/Văn never give the name: a display
 * name "Nguyen Thi Lan" shows "Lan", the word the roll's order says is the given name.
 */

const PARTICLES = new Set(
  'van von der den de del della di da do dos das du la le bin binti ibn al el ter ten'.split(' '),
);
// Made on first use, not when the matcher's chunk loads: creating one loads ICU's break rules.
let segmenter: Intl.Segmenter | null = null;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function firstGrapheme(text: string): string {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) return segment;
  return '';
}

interface RollSplit {
  given: string | null;
  /** Folded keys of the family-name words. */
  family: string[];
  /** The family word whose initial is shown. */
  initialWord: string | null;
  /** Folded keys of the words that are neither the given name nor the family name. */
  middle: string[];
}

/** The first given-name word that is not Thị/Văn in a Vietnamese name. */
function givenOf(
  tokens: readonly NameToken[],
  family: readonly NameToken[],
): NameToken | undefined {
  const familyWords = family.map((t) => t.text);
  return tokens.find((t) => !t.initial && !isVietnameseMarker(t.text, familyWords));
}

function rollSplit(
  given: NameToken | undefined,
  all: readonly NameToken[],
  family: NameToken[],
): RollSplit {
  const keys = family.map((t) => t.key);
  const initialWord = family.find((t) => !PARTICLES.has(t.key)) ?? family[0];
  return {
    given: given?.text ?? null,
    family: keys,
    initialWord: initialWord?.text ?? null,
    middle: all.filter((t) => t !== given && !keys.includes(t.key)).map((t) => t.key),
  };
}

function splitRoll(rollName: string, familyColumn: string | undefined): RollSplit {
  if (familyColumn?.trim()) {
    const family = analyseRollName(familyColumn).tokens;
    const all = analyseRollName(rollName).tokens;
    const keys = family.map((t) => t.key);
    const rest = all.filter((t) => !keys.includes(t.key));
    return rollSplit(givenOf(rest, family), all, family);
  }
  const comma = rollName.indexOf(',');
  if (comma > 0) {
    const family = analyseRollName(rollName.slice(0, comma)).tokens;
    const given = analyseRollName(rollName.slice(comma + 1)).tokens;
    if (family.length > 0) return rollSplit(givenOf(given, family), given, family);
  }
  const { tokens, familyFrom } = analyseRollName(rollName);
  const words = tokens.filter((t, i) => i === 0 || tokens[i - 1]?.word !== t.word);
  // Two Spanish or Portuguese family names ("Sebastián Gómez Ruiz"): the first one's initial.
  if (familyFrom !== null && familyFrom > 0 && familyFrom < words.length - 1) {
    const family = words.slice(familyFrom);
    return rollSplit(givenOf(words.slice(0, familyFrom), family), words, family);
  }
  const first = words[0];
  if (first !== undefined && isFamilyNameFirst(words.map((t) => t.text))) {
    const given = vietnameseGivenName(
      words.map((t) => t.text),
      true,
    );
    return rollSplit(
      words.find((t) => t !== first && t.text === given),
      words,
      [first],
    );
  }
  const last = words.at(-1);
  if (!last || words.length < 2)
    return { given: first?.text ?? null, family: [], initialWord: null, middle: [] };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]?.key ?? '')) start--;
  const family = words.slice(start);
  const result = rollSplit(givenOf(words.slice(0, start), family), words, family);
  return { ...result, initialWord: last.text };
}

function wholeWord(tokens: readonly NameToken[], token: NameToken): string {
  const parts = tokens.filter((t) => t.word === token.word);
  return parts.length > 1 ? parts.map((t) => t.text).join('-') : token.text;
}

/**
 * "Bob W.": the given name as the participant shows it, the family-name initial from the roll
 * entry the participant was matched to (rules above). Falls back to privacyName(display name).
 */
export function chosenPrivacyName(
  screenName: string,
  roll: { name: string; family?: string },
): string {
  const split = splitRoll(roll.name, roll.family);
  const shown = analyseDisplayName(screenName).variants[0]?.tokens ?? [];
  // A Korean family name may be spelled otherwise on the roll (Pak for Park, Yi for Lee).
  const familyWord = split.initialWord ?? '';
  const open = shown.filter(
    (t) =>
      !t.initial &&
      !split.family.includes(t.key) &&
      !(familyWord && sameKoreanFamily(t.text, familyWord)),
  );
  // A display written in the roll's order ("Nguyen Thi Lan", "Mary Ann Smith") shows its given name
  // rather than a middle one; a middle name alone ("Ann Smith") is the name the person chose.
  const chosen =
    open.find((t) => !split.middle.includes(t.key)) ??
    open.find((t) => !isVietnameseMarker(t.text, split.initialWord ? [split.initialWord] : []));
  // The whole written word: "Min-jun", not its first part.
  const given = chosen ? wholeWord(shown, chosen) : split.given;
  if (!given) return privacyName(screenName);
  // A name typed as one run in a script written without spaces ("山田太郎") holds the family name.
  if (
    UNSPACED.test(given) &&
    split.family.some((key) => key !== '' && given.includes(key) && key !== given)
  )
    return privacyName(screenName);
  const nice =
    given === given.toLowerCase()
      ? firstGrapheme(given).toLocaleUpperCase() + given.slice(firstGrapheme(given).length)
      : given;
  if (!split.initialWord) return nice;
  // A name shown in another script than the roll's ("Дмитрий Иванов" for Dmitry Ivanov) keeps its
  // own script: the initial from the display, never "Дмитрий I.".
  if (wholeScript(given) !== wholeScript(split.initialWord)) return privacyName(screenName);
  const initial = firstGrapheme(split.initialWord).toLocaleUpperCase();
  // A privacy name never shows more of the family name than its initial, even when typed alone.
  return foldText(given) === foldText(split.initialWord) ? `${initial}.` : `${nice} ${initial}.`;
}
