import { analyseDisplayName, analyseRollName, foldText } from '../text';
import { privacyName } from './privacy-name';

/*
 * A privacy name from the name the person chose: "Bob Whitfield", on the roll as "Robert
 * Whitfield", becomes "Bob W." (not "Robert W."). The given name is the first word of the display
 * name that is not part of the family name; the initial is the family name's, taken from the roll:
 * its family-name column, its "Family, Given" form, or else a split that knows name order
 * (Vietnamese names are written family name first: "Nguyễn Thị Lan" → "Lan N."). A middle name
 * never gives the initial.
 */

// Common Vietnamese family names: a roll name starting with one (and of three words or more, or
// with the middle name Thị/Văn) is read family name first.
const VIETNAMESE_FAMILY = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh mai trinh truong lam luong ha doan cao chau'.split(
    ' ',
  ),
);
const VIETNAMESE_MIDDLE = new Set(['thi', 'van']);
const PARTICLES = new Set(
  'van von der den de del della di da do dos das du la le bin binti ibn al el ter ten'.split(' '),
);
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

function firstGrapheme(text: string): string {
  for (const { segment } of segmenter.segment(text)) return segment;
  return '';
}

interface RollSplit {
  given: string | null;
  /** Folded keys of the family-name words. */
  family: string[];
  /** The family word whose initial is shown. */
  initialWord: string | null;
}

function splitRoll(rollName: string, familyColumn: string | undefined): RollSplit {
  if (familyColumn?.trim()) {
    const family = analyseRollName(familyColumn).tokens;
    const all = analyseRollName(rollName).tokens;
    const keys = family.map((t) => t.key);
    const given = all.find((t) => !t.initial && !keys.includes(t.key));
    const initialWord = family.find((t) => !PARTICLES.has(t.key)) ?? family[0];
    return { given: given?.text ?? null, family: keys, initialWord: initialWord?.text ?? null };
  }
  const comma = rollName.indexOf(',');
  if (comma > 0) {
    const family = analyseRollName(rollName.slice(0, comma)).tokens;
    const given = analyseRollName(rollName.slice(comma + 1)).tokens.find((t) => !t.initial);
    const initialWord = family.find((t) => !PARTICLES.has(t.key)) ?? family[0];
    if (family.length > 0)
      return {
        given: given?.text ?? null,
        family: family.map((t) => t.key),
        initialWord: initialWord?.text ?? null,
      };
  }
  const tokens = analyseRollName(rollName).tokens;
  const words = tokens.filter((t, i) => i === 0 || tokens[i - 1]?.word !== t.word);
  const first = words[0];
  const familyFirst =
    first !== undefined &&
    VIETNAMESE_FAMILY.has(first.key) &&
    (words.length >= 3 || VIETNAMESE_MIDDLE.has(words[1]?.key ?? ''));
  if (familyFirst) {
    const given = words.at(-1);
    return { given: given?.text ?? null, family: [first.key], initialWord: first.text };
  }
  const last = words.at(-1);
  if (!last || words.length < 2)
    return { given: first?.text ?? null, family: [], initialWord: null };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]?.key ?? '')) start--;
  return {
    given: first?.text ?? null,
    family: words.slice(start).map((t) => t.key),
    initialWord: last.text,
  };
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
  const chosen = shown.find((t) => !t.initial && !split.family.includes(t.key));
  const given = chosen?.text ?? split.given;
  if (!given) return privacyName(screenName);
  const nice =
    given === given.toLowerCase()
      ? firstGrapheme(given).toLocaleUpperCase() + given.slice(firstGrapheme(given).length)
      : given;
  if (!split.initialWord) return nice;
  const initial = firstGrapheme(split.initialWord).toLocaleUpperCase();
  // A privacy name never shows more of the family name than its initial, even when typed alone.
  return foldText(given) === foldText(split.initialWord) ? `${initial}.` : `${nice} ${initial}.`;
}
