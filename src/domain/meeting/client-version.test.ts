import { describe, expect, it } from 'vitest';
import { versionAtLeast } from './client-version';

describe('versionAtLeast', () => {
  it.each([
    ['6.4.10', '6.2.5', true],
    ['6.2.5', '6.2.5', true],
    ['6.2.4', '6.2.5', false],
    ['6.10.0', '6.9.9', true],
    ['5.17.11', '6.2.5', false],
    ['6.3', '6.2.5', true],
    ['5.16.10', '5.16.10', true],
    ['5.16.10.1234', '5.16.10', true],
    ['5.17.0', '5.16.10', true],
    ['5.16.9', '5.16.10', false],
    ['5.9.99', '5.16.10', false],
    ['4.99', '5.16.10', false],
    ['', '5.16.10', false],
    ['web', '5.16.10', false],
  ])('%s ≥ %s is %s', (version, minimum, expected) =>
    expect(versionAtLeast(version, minimum)).toBe(expected),
  );
});
