/*
 * Korean names written in Latin letters. People spell them in Revised Romanization (Seo-yeon,
 * Ji-hoon, Bak), in McCune–Reischauer (Sŏ-yŏn, Chi-hun, Pak, Ch'oe) or in the spellings of their
 * passports (Park, Choi, Lee, Hyun, Young, Soo). koreanKey() folds these into one key, syllable by
 * syllable: MR's breves are RR's eo and eu; MR writes the plain initials k t p ch that RR writes g d
 * b j, and the aspirated k' t' p' ch' that RR writes k t p ch, so each pair is one consonant;
 * oo/u, ee/i, ui/i, ou/u, "ah" for a, woo for u, and u for eo in a closed syllable (Hyun, Jung, Sung)
 * are the usual passport spellings. Family names come from the list in hangul.ts, each spelling
 * keyed the same way (Pak, Park and Bak are 박; Chun is 전 or 천).
 *
 * A Latin name is read as Korean only on clear evidence: a listed family name and a given name
 * made of common given-name syllables (data below), two of them, hyphenated ("Min-jun"), written
 * as one word ("Minjun") or spaced ("Jae Won"). "Lee Evans" is not Korean (Evans is no Korean
 * syllable), "Jason Kim" neither (son is not a given-name syllable).
 */
import { isCapitalWord } from './char-class';
import { FAMILY_SPELLINGS, romaniseHangul } from './hangul';

// Syllables common in Korean given names (Hangul), read in Revised Romanization and keyed below.
const GIVEN_SYLLABLES =
  '가 강 건 겸 결 경 관 광 규 균 근 기 길 나 남 다 담 대 덕 도 동 두 라 람 래 란 려 련 령 로 루 류 률 리 린 림 ' +
  '만 명 모 무 문 미 민 범 병 보 복 봉 빈 상 새 서 석 선 설 섭 성 세 소 솔 송 수 숙 순 슬 승 시 식 신 아 안 애 ' +
  '야 양 억 언 연 열 영 예 오 옥 온 완 요 용 우 욱 운 웅 원 월 위 유 윤 율 은 을 의 이 익 인 일 임 자 재 정 제 ' +
  '조 종 주 준 중 지 진 찬 창 채 철 초 춘 충 치 태 택 표 필 하 학 한 해 혁 현 형 혜 호 홍 화 환 황 회 효 후 훈 휘 희';

const BREVE_O = /o\u0306/gu;
const BREVE_U = /u\u0306/gu;
const ASCII_WORD = /^[A-Za-z-]*$/u;
// Vowel spellings, in one pass (a regex per rule costs more than the rest of the matcher's reading
// of a roll name): oo/u, ee/i, ui/i (희 is Hui in RR, Hee on passports), ou/u, oi/oe (Choi), weo/wo,
// u for eo in a closed syllable (Hyun/Hyeon, Jung/Jeong, Sung/Seong), and a vowel's h at the end of
// a syllable (Soo-ah, Oh, Suh); rh is r (Rhee).
const VOWEL_SPELLINGS =
  /rh|woo|oo|ee|e?ui|ou|oi|weo|eo(?=(?:ng|n|k|l|m|p)(?:$|-|[^aeiouwy]))|([aeiou])h(?=$|-|[^aeiouwy])/gu;
const VOWEL_TO: Readonly<Record<string, string>> = {
  rh: 'r',
  woo: 'u',
  oo: 'u',
  ee: 'i',
  ui: 'i',
  eui: 'i',
  ou: 'u',
  oi: 'oe',
  weo: 'wo',
  eo: 'u',
};
// Consonants: MR's plain k t p ch are RR's g d b j, its aspirated k' t' p' ch' RR's k t p ch.
const CONSONANTS = /ng|tch|jj|ch|kk|gg|tt|dd|pp|bb|ss|sh|[jgdbr-]/gu;
const CONSONANT_TO: Readonly<Record<string, string>> = {
  ng: 'N',
  tch: 'c',
  jj: 'c',
  ch: 'c',
  j: 'c',
  kk: 'k',
  gg: 'k',
  g: 'k',
  tt: 't',
  dd: 't',
  d: 't',
  pp: 'p',
  bb: 'p',
  b: 'p',
  ss: 's',
  sh: 's',
  r: 'l',
  '-': '',
};
const DOUBLED = /([a-z])\1+/gu;

/** The word in lower-case Latin letters and hyphens; with `breves`, ŏ and ŭ as RR's eo and eu. */
function lettersOf(text: string, breves: boolean): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase();
  let out = text.normalize('NFD').toLowerCase();
  if (breves) out = out.replace(BREVE_O, 'eo').replace(BREVE_U, 'eu');
  return out
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z-]/gu, '');
}

/** Vowel and consonant spellings folded to one each, doubled letters made single. */
function foldSpellings(letters: string): string {
  return letters
    .replace(VOWEL_SPELLINGS, (m: string, vowel: string | undefined) => vowel ?? VOWEL_TO[m] ?? m)
    .replace(CONSONANTS, (m) => CONSONANT_TO[m] ?? m)
    .replace(DOUBLED, '$1');
}

function remember(cache: Map<string, string>, text: string, key: string): string {
  if (cache.size > 20_000) cache.clear();
  cache.set(text, key);
  return key;
}

const keys = new Map<string, string>();

/**
 * One key for the spellings of a Korean name word: "Sŏ-yŏn" = "Seo-yeon", "Chi-hun" = "Ji-hoon" =
 * "Jihun", "Hyeon-u" = "Hyun-woo". Hyphens in the text mark syllable ends. Only for comparing a word
 * with a word of a name already read as Korean.
 */
export function koreanKey(text: string): string {
  return keys.get(text) ?? remember(keys, text, foldSpellings(lettersOf(text, true)));
}

const looseKeys = new Map<string, string>();
// An o before a syllable-closing consonant may be ŏ, which passports write u there (Hyun, Jung).
const LOOSE_CLOSED_O = /o(?=(?:ng|n|k|l|m|p)(?:$|-|[^aeiouwy]))/gu;

/**
 * A looser key for McCune–Reischauer typed without its breves: "So-yon" and "Chong" are Sŏ-yŏn and
 * Chŏng, so o stands for o or ŏ (RR eo) and u for u or ŭ (RR eu); in a closed syllable, o is also
 * the u passports write for ŏ ("Hyon" = "Hyun"). "So-yon" = "Seo-yeon" = "Sŏ-yŏn", "Chong" =
 * "Jeong" = "Jung"; but "So-yon" is also So-yeon (소연) and "Yong" also Yong (용): another name may
 * share the key, so a match on it is never more than likely.
 */
export function koreanLooseKey(text: string): string {
  const hit = looseKeys.get(text);
  if (hit !== undefined) return hit;
  const letters = lettersOf(text, false)
    .replace(/eo/gu, 'o')
    .replace(/eu/gu, 'u')
    .replace(LOOSE_CLOSED_O, 'u');
  return remember(looseKeys, text, foldSpellings(letters));
}

const MAYBE_FAMILY = /^[^fqvxzFQVXZ].{0,8}[aeiouyklmnghpŏŭAEIOUYKLMNGHPŎŬ]$/u;

let givenKeys: ReadonlySet<string> | null = null;
let familyKeys: ReadonlyMap<string, readonly string[]> | null = null;

function givenSyllableKeys(): ReadonlySet<string> {
  givenKeys ??= new Set(
    GIVEN_SYLLABLES.split(' ')
      .filter(Boolean)
      .map((s) => koreanKey(romaniseHangul(s) ?? '')),
  );
  return givenKeys;
}

/** Every listed spelling of each Korean family name, under `key`: key → the family names. */
function buildFamilyKeys(
  key: (spelling: string) => string,
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const [hangul, spellings] of Object.entries(FAMILY_SPELLINGS)) {
    for (const spelling of [...spellings.split(' '), romaniseHangul(hangul) ?? '']) {
      // A one-letter spelling (이 → I, 오 → O) would be an initial.
      if (spelling.length < 2) continue;
      const k = key(spelling);
      const list = map.get(k);
      if (!list) map.set(k, [hangul]);
      else if (!list.includes(hangul)) list.push(hangul);
    }
  }
  return map;
}

function familyKeyMap(): ReadonlyMap<string, readonly string[]> {
  familyKeys ??= buildFamilyKeys(koreanKey);
  return familyKeys;
}

/** The Korean family names (Hangul) a Latin word may spell: "Pak" → [박], "Chun" → [전, 천]. */
export function koreanFamilies(word: string): readonly string[] {
  // Korean family names are short and end on a vowel or k l m n ng p h: most words need no key.
  if (!MAYBE_FAMILY.test(word)) return [];
  return familyKeyMap().get(koreanKey(word)) ?? [];
}

let looseFamilyKeys: ReadonlyMap<string, readonly string[]> | null = null;

function looseFamilyKeyMap(): ReadonlyMap<string, readonly string[]> {
  looseFamilyKeys ??= buildFamilyKeys(koreanLooseKey);
  return looseFamilyKeys;
}

/**
 * The Korean family names a Latin word may spell once McCune–Reischauer's breves are dropped
 * ("Chong" → 정, "Song" → 송 or 성): for a likely agreement only, never to read a name as Korean.
 */
export function koreanFamiliesLoose(word: string): readonly string[] {
  if (!MAYBE_FAMILY.test(word)) return [];
  const strict = koreanFamilies(word);
  const loose = looseFamilyKeyMap().get(koreanLooseKey(word)) ?? [];
  return loose.length === 0 ? strict : [...new Set([...strict, ...loose])];
}

/** Whether two Latin words may spell one Korean family name once breves are dropped ("Chong"/"Jeong"). */
export function sameKoreanFamilyLoose(a: string, b: string): boolean {
  const theirs = koreanFamiliesLoose(b);
  return theirs.length > 0 && koreanFamiliesLoose(a).some((f) => theirs.includes(f));
}

/** Whether two Latin words may spell the same Korean family name ("Park"/"Pak", "Lee"/"Yi"). */
export function sameKoreanFamily(a: string, b: string): boolean {
  const theirs = koreanFamilies(b);
  return theirs.length > 0 && koreanFamilies(a).some((f) => theirs.includes(f));
}

const SYLLABLE =
  /^(?:tch|jj|kk|gg|tt|dd|pp|bb|ss|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?(?:yae|yeo|wae|weo|ae|ya|eo|ye|wa|oe|oi|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|woo|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?$|^(?:[gkndtrlmbpsjh]|ch|sh)?[aou]h$/u;

const syllableCounts = new Map<string, number>();

/** Splits a word into common given-name syllables ("minjun" → 2); 0 when it cannot. */
function givenSyllableCount(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = word.length > 16 ? 0 : countSyllables(word);
    if (syllableCounts.size > 20_000) syllableCounts.clear();
    syllableCounts.set(word, count);
  }
  return count;
}

function countSyllables(word: string): number {
  const plain = koreanKeySource(word);
  const common = givenSyllableKeys();
  const best = new Array<number>(plain.length + 1).fill(0);
  best[0] = 0;
  const reach = new Array<boolean>(plain.length + 1).fill(false);
  reach[0] = true;
  for (let end = 1; end <= plain.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      if (!reach[start]) continue;
      const piece = plain.slice(start, end);
      if (!SYLLABLE.test(piece) || !common.has(koreanKey(piece))) continue;
      const count = (best[start] ?? 0) + 1;
      if (!reach[end] || count < (best[end] ?? 0)) best[end] = count;
      reach[end] = true;
    }
  }
  return reach[plain.length] ? (best[plain.length] ?? 0) : 0;
}

function koreanKeySource(word: string): string {
  return word
    .normalize('NFD')
    .toLowerCase()
    .replace(BREVE_O, 'eo')
    .replace(BREVE_U, 'eu')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/gu, '');
}

const HYPHEN = /[-\u2010-\u2015]/u;

let looseGivenKeys: ReadonlySet<string> | null = null;

/**
 * "Chong-won", "Hyon-ju", "Un-jong": a given name of two common given-name syllables in
 * McCune–Reischauer typed without breves, hyphenated (the hyphen is the evidence: a loose key alone
 * fits too many words to read a name as Korean).
 */
function isLooseKoreanGivenName(word: string): boolean {
  // Most roll names have no hyphenated word, and most hyphenated ones a part longer than any
  // romanised syllable (Turner-Barnes): nothing is split or built for them.
  const hyphen = word.indexOf('-');
  if (hyphen < 1 || hyphen > 5 || word.length - hyphen > 6) return false;
  const parts = word.toLowerCase().split('-');
  if (parts.length !== 2 || !SYLLABLE.test(parts[0] ?? '') || !SYLLABLE.test(parts[1] ?? ''))
    return false;
  looseGivenKeys ??= new Set(
    GIVEN_SYLLABLES.split(' ')
      .filter(Boolean)
      .map((s) => koreanLooseKey(romaniseHangul(s) ?? '')),
  );
  return (
    looseGivenKeys.has(koreanLooseKey(parts[0] ?? '')) &&
    looseGivenKeys.has(koreanLooseKey(parts[1] ?? ''))
  );
}

/**
 * Whether words (as written) form a Korean given name: two common given-name syllables, hyphenated
 * ("Min-jun", "Sŏ-yŏn"), as one word ("Minjun") or as two words ("Jae Won").
 */
export function isKoreanGivenName(words: readonly string[]): boolean {
  if (words.length === 1) {
    const word = words[0] ?? '';
    if (HYPHEN.test(word)) {
      const parts = word.split(HYPHEN);
      return parts.length === 2 && parts.every((p) => givenSyllableCount(p) === 1);
    }
    return givenSyllableCount(word) === 2;
  }
  return words.length === 2 && words.every((w) => !HYPHEN.test(w) && givenSyllableCount(w) === 1);
}

/**
 * Korean family-name spellings that are given names elsewhere: Kim and Lee in English, Min, Hong,
 * Yang and Kang in Chinese, Nam, Son and An in Vietnamese, Han in Dutch, Gil in Spanish, Shin in
 * Japanese. Before a one-syllable given name they prove nothing ("Kim Min" may be Kim, family Min).
 */
const SHARED_GIVEN = new Set(
  'kim lee yi ri min han song jin ji yu yoo ryu ha na ra do sun ki wang oh ko so rim lim jun chun hong yang kang nam son sohn an ahn gil shin moon won woo joo'.split(
    ' ',
  ),
);

/** One common Korean given-name syllable, written as one word ("Ji", "Hoon"). */
function isOneSyllableGiven(word: string): boolean {
  return !HYPHEN.test(word) && givenSyllableCount(word) === 1;
}

/**
 * Whether a name in Latin letters (its words as written) is Korean and written family name first:
 * a listed family name, then a Korean given name. When the last word is a family name as well
 * ("Min Jae Lee", "Kim Nam"), only capitals say which word is the family name ("LEE Jae Won").
 * A one-syllable given name ("Park Ji", "Choi Hoon") follows a family name that is no given name
 * anywhere (Park, Choi, Jeon…): not Kim or Lee (English given names), and not a family name that is
 * also a given-name syllable, as "Seo Jun" or "Jung Min" may be the given name Seo-jun or Jung-min
 * typed apart. Those stay given name first unless the family name is in capitals ("KIM Min").
 */
export function isKoreanFamilyFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0] ?? '';
  // McCune–Reischauer without breves ("So Chong-won", "Kim Hyon-ju"): a family name by its loose
  // key, and a hyphenated given name of two syllables by theirs.
  if (words.length === 2 && isLooseKoreanGivenName(words[1] ?? ''))
    return koreanFamiliesLoose(first).length > 0;
  if (koreanFamilies(first).length === 0) return false;
  if (words.length === 2 && isOneSyllableGiven(words[1] ?? ''))
    return (
      isCapitalWord(first) ||
      (!SHARED_GIVEN.has(first.toLowerCase()) &&
        !koreanFamilies(first).some((f) => GIVEN_SYLLABLES.includes(f)))
    );
  if (!isKoreanGivenName(words.slice(1))) return false;
  const last = words.at(-1) ?? '';
  if (HYPHEN.test(last) || koreanFamilies(last).length === 0) return true;
  return isCapitalWord(first) && !isCapitalWord(last);
}

/**
 * Whether a name in Latin letters (its words as written, given name first) is a Korean name: a
 * given name as above, then a listed family name ("Min-jun Kim", "Jae Won Lee").
 */
export function isKoreanGivenFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words.at(-1) ?? '';
  if (words.length === 2 && isLooseKoreanGivenName(words[0] ?? ''))
    return koreanFamiliesLoose(last).length > 0;
  return koreanFamilies(last).length > 0 && isKoreanGivenName(words.slice(0, -1));
}
