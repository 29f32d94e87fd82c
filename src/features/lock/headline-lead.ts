/** Fewest characters, and fewest words, a headline's rest shows on the lock line, or none of it. */
const LEAD_CHARS = 8;
const LEAD_WORDS = 2;

const segmenters = new Map<string, Intl.Segmenter | null>();

function wordSegmenter(language: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(language, { granularity: 'word' })
        : null;
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * The first words of a headline's rest after its state ("nobody gets" of "Locked: nobody gets
 * in without your click."): on a narrow lock line the rest shows at least these, whole, or is
 * left out; "Bloqueada: n…" says nothing. Words as the language's segmenter sees them (Japanese
 * has no spaces); at least two of them and eight characters, so one short word ("ya", "you") is
 * never all that shows.
 */
export function headlineLead(rest: string, language: string): string {
  const text = rest.trimStart();
  const segmenter = wordSegmenter(language);
  const ends: number[] = [];
  if (segmenter) {
    for (const part of segmenter.segment(text))
      if (part.isWordLike) ends.push(part.index + part.segment.length);
  } else {
    for (const match of text.matchAll(/\S+/g)) ends.push(match.index + match[0].length);
  }
  const end = ends.find((at, i) => i + 1 >= LEAD_WORDS && at >= LEAD_CHARS) ?? text.length;
  return text.slice(0, end);
}
