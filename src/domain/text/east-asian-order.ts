/*
 * Chinese and Vietnamese names in Latin letters written family name first with an English given
 * name in brackets: "Zhang Wei (David)", "Chan Tai Man (Peter)", "Tran Minh (Michael)". The bracket
 * is the habit that tells the order: the English name stands in for the given name, and the word
 * before it is not a Western first name. Without a bracket the order of a name such as "Zhang Wei"
 * is left alone (the aligner pairs words in any order, so "Wei Zhang" agrees with it anyway).
 *
 * Project-written data: common Chinese family names in Hanyu Pinyin, most frequent first (from the
 * well-known ranking of the hundred commonest), then the usual Cantonese, Hokkien, Teochew and
 * Wade–Giles spellings used in Hong Kong, Singapore, Malaysia and Taiwan, then the commonest
 * Vietnamese family names typed without marks. A name that is also a given name (Wei, Yang, Yu)
 * ranks below the commoner family names, so "Zhang Wei" reads Zhang as the family name and "Wei
 * Zhang" does too. Other spellings rank as the Pinyin name they spell (Chan as Chen, Lee as Li).
 */

const PINYIN = (
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang ' +
  'xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng su ' +
  'lyu ding ren lu yao shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin ' +
  'qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian lai kong xiang wen niu ' +
  'ouyang situ zhuge qi hong pang ke'
).split(' ');
// Other spellings of a listed name, ranked as it: Chan and Tan are 陈 Chen, Wong and Ong 王 Wang…
const SPELLINGS =
  'chan:chen wong:wang cheung:zhang chang:zhang teo:zhang chong:zhang leung:liang leong:liang ' +
  'lau:liu low:liu ng:wu goh:wu ho:he lam:lin lim:lin tsang:zeng chow:zhou chou:zhou yip:ye ' +
  'yap:ye kwok:guo kuo:guo quek:guo tse:xie hsieh:xie chiu:zhao fung:feng yeung:yang yeo:yang ' +
  'tam:tan tsui:xu hsu:xu siu:xiao chung:zhong lo:luo choi:cai tsai:cai chua:cai tay:zheng ' +
  'sim:shen khoo:qiu lee:li heng:wang ong:wang mak:mai hui:xu koh:xu kwan:guan au:ou ' +
  'ang:hong toh:du foo:fu';
// Vietnamese family names, never given names: ranked above every Chinese one.
const VIETNAMESE =
  'nguyen tran pham hoang huynh phan dang bui ngo duong dinh trinh truong luong doan'.split(' ');

let ranks: Map<string, number> | null = null;

function rankTable(): Map<string, number> {
  const table = new Map<string, number>();
  VIETNAMESE.forEach((name, rank) => table.set(name, rank - VIETNAMESE.length));
  PINYIN.forEach((name, rank) => table.set(name, rank));
  for (const pair of SPELLINGS.split(' ')) {
    const [spelling = '', pinyin = ''] = pair.split(':');
    table.set(spelling, table.get(pinyin) ?? PINYIN.length);
  }
  return table;
}

function familyRank(word: string): number | undefined {
  ranks ??= rankTable();
  return ranks.get(word.toLowerCase());
}

// One or two syllables of a Chinese or Vietnamese given name in Latin letters (Pinyin, Cantonese,
// Wade–Giles, Vietnamese without marks): consonants, one to three vowels, an optional final.
const SYLLABLES =
  /^(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|n|m|r|k|t|p|c|h)?){1,2}$/u;
const LETTERS_ONLY = /^[A-Za-z-]+$/u;

function isGivenSyllables(word: string): boolean {
  if (!LETTERS_ONLY.test(word)) return false;
  const parts = word.toLowerCase().split('-');
  return parts.length <= 2 && parts.every((p) => SYLLABLES.test(p));
}

/**
 * Whether a name in Latin letters (its words as written, brackets removed) is a Chinese or
 * Vietnamese name written family name first: a listed family name, then one or two words of a
 * given name ("Wei", "Xiao Ling", "Tai-man"), and no commoner family name last. Only meaningful
 * for a name that also carried an English given name in brackets.
 */
export function isEastAsianFamilyFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = familyRank(words[0] ?? '');
  if (first === undefined) return false;
  for (let i = 1; i < words.length; i++) if (!isGivenSyllables(words[i] ?? '')) return false;
  const last = familyRank(words.at(-1) ?? '');
  return last === undefined || first < last;
}
