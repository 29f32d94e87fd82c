import { describe, expect, it } from 'vitest';
import { findCycles, runtimeImports } from './check-cycles';

describe('check-cycles', () => {
  it.each([
    ["import { a } from './a';", ['./a']],
    ["import type { A } from './a';", []],
    ["import { type A, type B } from './a';", []],
    ["import { type A, b } from './a';", ['./a']],
    ["import './side-effect';", ['./side-effect']],
    ["export { a } from './a';", ['./a']],
    ["export type { A } from './a';", []],
    ["export * from './a';", ['./a']],
    ["import { useState } from 'react';", []],
  ])('%s needs %j at run time', (code, expected) => {
    expect(runtimeImports('x.ts', code)).toEqual(expected);
  });

  it('finds direct, indirect and self cycles, and nothing in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['h']],
      ['h', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });
});
