import { describe, expect, it } from 'vitest';
import { isTypo } from './align';

describe('isTypo', () => {
  it.each([
    ['okamoto', 'okamtoo', true],
    ['fadel', 'fsdel', true],
    ['bilge', 'bige', true],
    ['magali', 'magalii', true],
    ['ishii', 'ishiik', true],
    ['pangestu', 'pangesty', true],
    ['maria', 'mario', false],
    ['daniel', 'daniela', false],
    ['louis', 'louise', false],
    ['yuna', 'yuka', false],
    ['doe', 'dae', false],
    ['smith', 'jones', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isTypo(a, b)).toBe(expected);
  });
});
