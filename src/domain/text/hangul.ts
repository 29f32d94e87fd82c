/*
 * Korean names written in Hangul, read in Latin letters. Hangul syllables are algorithmic (Unicode
 * composes each from an initial, a vowel and an optional final: U+AC00 + (initial × 21 + vowel) ×
 * 28 + final), so each syllable is read with the Revised Romanization tables. Personal names are
 * read syllable by syllable, without the sound changes between syllables, as the Revised
 * Romanization rules say for given names (한복남 → Han Boknam, not Bongnam); that is also why
 * es-hangul's romanize(), which applies standard pronunciation across syllables, is not used.
 * A family name is read in the spellings people really use (김 Kim, 이 Lee/Yi, 박 Park), not only
 * the Revised one (Gim, I, Bak): each is one reading.
 */

const INITIALS = 'g kk n d tt r m b pp s ss - j jj ch k t p h'.split(' ');
const VOWELS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const FINALS = '- k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

/** A Hangul syllable in Revised Romanization, read on its own. */
function syllable(code: number): string {
  const index = code - FIRST_SYLLABLE;
  const initial = INITIALS[Math.floor(index / 588)] ?? '';
  const vowel = VOWELS[Math.floor((index % 588) / 28)] ?? '';
  const final = FINALS[index % 28] ?? '';
  return (initial === '-' ? '' : initial) + vowel + (final === '-' ? '' : final);
}

/** A run of Hangul syllables read one by one ("민준" → "minjun"); null when it holds anything else. */
export function romaniseHangul(word: string): string | null {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < FIRST_SYLLABLE || code > LAST_SYLLABLE) return null;
    out += syllable(code);
  }
  return out;
}

/**
 * Common Korean family names and the spellings people use for them, the usual one first (the
 * Revised Romanization reading is added when it differs). Two-syllable family names are listed too,
 * so "남궁민" splits as 남궁 + 민.
 */
export const FAMILY_SPELLINGS: Readonly<Record<string, string>> = {
  김: 'Kim',
  이: 'Lee Yi Rhee Ri',
  박: 'Park Pak',
  최: 'Choi',
  정: 'Jung Jeong Chung',
  강: 'Kang',
  조: 'Cho',
  윤: 'Yoon',
  장: 'Jang Chang',
  임: 'Lim Rim',
  한: 'Han',
  오: 'Oh',
  서: 'Seo Suh',
  신: 'Shin',
  권: 'Kwon',
  황: 'Hwang',
  안: 'Ahn',
  송: 'Song',
  류: 'Ryu Yoo Yu',
  유: 'Yoo Yu Ryu',
  전: 'Jeon Jun Chun',
  홍: 'Hong',
  고: 'Ko',
  문: 'Moon',
  양: 'Yang',
  손: 'Son Sohn',
  배: 'Bae',
  백: 'Baek Paik',
  허: 'Heo Huh',
  노: 'Noh Roh',
  남: 'Nam',
  심: 'Shim',
  하: 'Ha',
  곽: 'Kwak',
  성: 'Sung',
  차: 'Cha',
  주: 'Joo',
  우: 'Woo',
  구: 'Koo',
  민: 'Min',
  진: 'Jin',
  나: 'Na Ra',
  지: 'Ji',
  엄: 'Eom Um',
  채: 'Chae',
  원: 'Won',
  천: 'Cheon Chun',
  방: 'Bang',
  공: 'Kong',
  현: 'Hyun',
  함: 'Ham',
  변: 'Byun',
  염: 'Yeom',
  여: 'Yeo',
  추: 'Choo',
  도: 'Do',
  석: 'Seok Suk',
  선: 'Sun Seon',
  설: 'Seol Sul',
  길: 'Gil Kil',
  연: 'Yeon',
  표: 'Pyo',
  명: 'Myung',
  기: 'Ki',
  왕: 'Wang',
  금: 'Keum',
  육: 'Yook',
  남궁: 'Namgoong',
  황보: 'Hwangbo',
  제갈: 'Jegal',
  선우: 'Sunwoo',
  독고: 'Dokgo',
  사공: 'Sagong',
};

/** The spellings of a family name: the usual ones, then the Revised Romanization reading. */
function familySpellings(family: string): string[] {
  const revised = romaniseHangul(family) ?? '';
  const usual = (FAMILY_SPELLINGS[family] ?? '').split(' ').filter(Boolean);
  const all = usual.map((s) => s.toLowerCase());
  // A one-letter reading (이 → I, 오 → O) would be an initial, which fits too much.
  if (revised.length > 1 && !all.includes(revised)) all.push(revised);
  return all;
}

/**
 * Latin readings of a name written wholly in Hangul syllables, the usual family-name spelling
 * first. A name typed as one run ("김민준") is the family name (one syllable, or a listed two-syllable
 * one) then the given name: "kim minjun", "gim minjun". Typed with spaces, the first word is the
 * family name. Null when a word holds anything but Hangul syllables.
 */
export function hangulReadings(text: string): string[] | null {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  let family: string;
  let given: string[];
  const [first = '', ...rest] = words;
  if (words.length > 1) {
    family = first;
    given = rest;
  } else {
    const chars = [...first];
    if (chars.length < 2) return null;
    const two = chars.slice(0, 2).join('');
    const split = chars.length >= 3 && FAMILY_SPELLINGS[two] !== undefined ? 2 : 1;
    family = chars.slice(0, split).join('');
    given = [chars.slice(split).join('')];
  }
  const givenLatin = given.map(romaniseHangul);
  if (givenLatin.some((g) => g === null) || romaniseHangul(family) === null) return null;
  return familySpellings(family).map((f) => [f, ...givenLatin].join(' '));
}
