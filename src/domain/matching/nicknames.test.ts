import { describe, expect, it } from 'vitest';
import {
  isDerivedNickname,
  isListedNickname,
  isSpelledNickname,
  nicknamePairCount,
} from './nicknames';

describe('curated nickname table', () => {
  it('has at least 300 pairs', () => {
    expect(nicknamePairCount()).toBeGreaterThanOrEqual(300);
  });

  it.each([
    ['robert', 'bob'],
    ['bob', 'robert'],
    ['william', 'bill'],
    ['richard', 'dick'],
    ['margaret', 'peggy'],
    ['elizabeth', 'beth'],
    ['christopher', 'chris'],
    ['anthony', 'tony'],
    ['johannes', 'hannes'],
    ['ignacio', 'nacho'],
    ['malgorzata', 'gosia'],
    ['rosalind', 'roz'],
    ['roz', 'rosamund'],
  ])('lists %s ~ %s', (a, b) => {
    expect(isListedNickname(a, b)).toBe(true);
  });

  it.each([
    ['aaron', 'erin'],
    ['katherine', 'lena'],
    ['margaret', 'rita'],
    ['robert', 'bill'],
    ['bob', 'bert'],
    ['jane', 'jane'],
  ])('drops the noisy pair %s ~ %s', (a, b) => {
    expect(isListedNickname(a, b)).toBe(false);
  });
});

describe('short forms not in the table', () => {
  it.each([
    ['dom', 'dominique', true],
    ['benny', 'benjamin', true],
    ['hannes', 'johannes', true],
    ['rafa', 'rafael', true],
    ['daniel', 'daniela', false],
    ['christian', 'christiana', false],
    ['al', 'albert', false],
    ['ana', 'mariana', false],
    ['mario', 'maria', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isDerivedNickname(a, b)).toBe(expected);
  });
});

describe('listed nicknames in another romanisation', () => {
  it.each([
    // Russian and Ukrainian diminutives are romanised with y or i, zh or j.
    ['nastia', 'anastasia', true],
    ['kolia', 'nikolai', true],
    ['jenia', 'evgeny', true],
    // The table's own spelling is a listed nickname, not another spelling of one.
    ['nastya', 'anastasia', false],
    ['nastia', 'natalia', false],
    ['robert', 'bob', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isSpelledNickname(a, b)).toBe(expected);
  });
});
