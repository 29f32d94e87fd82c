import { describe, expect, it } from 'vitest';
import { isDerivedNickname } from './nicknames';
import { seededWords } from '../../../test/helpers/seeded-words';

const DIMINUTIVE_ENDING = /(?:ie|y|i|e|o|a)$/u;

/** isDerivedNickname as written before it stopped at two different first letters. */
function reference(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 3 || long.length - short.length < 2) return false;
  if (short.length >= 4 && long.includes(short)) return true;
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

const NAMES = [
  'dom',
  'dominique',
  'benny',
  'benjamin',
  'hannes',
  'johannes',
  'mide',
  'olumide',
  'funmi',
  'oluwafunmilayo',
  'wawan',
  'setiawan',
  'jojo',
  'josefina',
  'lulu',
  'lourdes',
  'daniel',
  'daniela',
  'christian',
  'christiana',
  'hnederson',
  'henderson',
  'joshua',
  'katie',
  'kate',
  'alexandr',
  'sasha',
  'mimi',
  'miriam',
  'tommy',
  'thomas',
  'ayse',
  'zoe',
  'ann',
  'anna',
  '',
  'a',
  'jo',
  'джон',
  'джонатан',
  '𝐀𝐧𝐧𝐚',
  'аnna',
  'annabelle',
];
const LETTERS = [...'aeiouybdjmnst', 'а', '\u0301'];

const words = (seed: number, count: number) => seededWords(LETTERS, seed, count, 2);

describe('isDerivedNickname: the same answers with the first-letter check', () => {
  it('agrees with the reading before it on every pair of listed and hostile names', () => {
    for (const a of NAMES)
      for (const b of NAMES) expect(isDerivedNickname(a, b), `${a}/${b}`).toBe(reference(a, b));
  });

  it('agrees on generated pairs, many sharing a start or holding one another', () => {
    const list = [...words(11, 3000)];
    let yes = 0;
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as string;
      for (const b of [
        list[(i * 7 + 3) % list.length] as string,
        `${a}ina`,
        a.slice(1),
        `xa${a}`,
        a.slice(0, 3),
      ]) {
        const expected = reference(a, b);
        if (expected) yes++;
        expect(isDerivedNickname(a, b), `${a}/${b}`).toBe(expected);
      }
    }
    expect(yes).toBeGreaterThan(1000);
  });
});
